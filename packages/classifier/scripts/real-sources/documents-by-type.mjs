// Real titles of documents written by other bodies than the parliament (advice of the Raad van State, reports and
// the annual report of the Algemene Rekenkamer, annual reports of ministries, of the Nationale ombudsman and of the
// CTIVD), as the Tweede Kamer typed them in its open data (gegevensmagazijn, entity Document, field Soort).
// Data file: data/real/documents-by-type.tsv (origin, licence and how it was read in its header).
//
// The category is mapped from the parliament's document type. The mapping was written before any model output on
// these rows was seen (Woo = Wet open overheid, articles as in its art. 3.3):
//
// | document type (Soort)                            | condition on the title        | category                      |
// |--------------------------------------------------|-------------------------------|-------------------------------|
// | Advies Afdeling advisering Raad van State        | not only "… en Nader rapport" | 3.3.2e adviezen (art. 3.3     |
// | Voorlichting Afdeling advisering Raad van State  | none                          |   lid 2 onder e)              |
// | Jaarverslag                                      | names one body without doubt  | 3.3.2g jaarplannen en         |
// |                                                  |                               |   jaarverslagen (onder g)     |
// | Brief Algemene Rekenkamer                        | starts with "Rapport"         | 3.3.2j onderzoeksrapporten    |
// |                                                  |                               |   (onder j)                   |
// | Brief Algemene Rekenkamer                        | starts with "Verslag van      | 3.3.2g (the Rekenkamer's own  |
// |                                                  |   werkzaamheden"              |   annual report)              |
// | Brief CTIVD                                      | starts with "Jaarverslag"     | 3.3.2g (the CTIVD's own)      |
//
// The organisation is the body that wrote the document (Raad van State, Algemene Rekenkamer, Nationale ombudsman,
// CTIVD) or, for an annual report, the ministry whose report it is (a fund's report goes to the ministry that
// manages the fund). Left out on purpose: the Rekenkamer's cover letters ("Aanbieding van het rapport …"), budget
// remarks and other letters; advice published together with the government's or the initiators' reply (their title
// is only the type name); annual reports of funds with two managing ministries, of the Staten-Generaal, the King and
// the other High Councils of State, and of a parliamentary committee (the parliament files its own papers as 3.3.2b).

const CATEGORIES = new Set(['c_99a836c7', 'c_c6cd1213', 'c_fdaee95e']);
const COMMIT = 'a1faf70d7868139d87dbc8e14746bb2c5fdf09be';

export default function rows(readTable) {
  const out = [];
  for (const [soort, nummer, id, date, organisation, category, title, summary, file] of readTable(
    'documents-by-type.tsv',
  )) {
    if (!CATEGORIES.has(category) || !title) throw new Error(`documents-by-type.tsv: bad row ${title}`);
    const row = {
      title,
      category,
      organisation,
      label: 'mapped-from-document-type',
      sourceDocumentType: soort,
      source:
        `github:tommyvanderwal/motiematcher@${COMMIT}:${file} ` +
        `(gegevensmagazijn.tweedekamer.nl Document ${id}, ${nummer})`,
      licence: 'Tweede Kamer open data, CC0 1.0; the mirror repository has no licence file',
    };
    if (summary) row.summary = summary;
    if (date) row.date = date;
    out.push(row);
  }
  return out;
}
