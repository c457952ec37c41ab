// Council papers, incoming letters and research reports of the Gemeente Amsterdam, each with the first-page text of
// the document (data/real/amsterdam-documents.tsv; its header names the repository, commit and files read, how title
// and text were taken and what was left out). Every row is labelled `mapped-from-document-type`: the category follows
// from the document type under which the document was published (the repository's class folder), by this mapping,
// fixed before any model output on these rows was seen:
// - motie, schriftelijke vraag, voordracht, raadsnotulen, agenda (council, committee, stadsdeelraad), actualiteit
//   (a council member's request for an urgent item; the folder's agendas and short minutes of a stadsdeel committee
//   too) and brief (a raadsinformatiebrief of the college to the council; debatable, see the data file):
//   vergaderstukken decentrale overheden, Woo art. 3.3 lid 2 onder c (c_db4862c3);
// - raadsadres (a letter to a stadsdeelraad; two rows are the stadsdeel's answers filed under the same type):
//   bij vertegenwoordigende organen ingekomen stukken, Woo art. 3.3 lid 2 onder a (c_8c840238);
// - onderzoeksrapport: onderzoeksrapporten, Woo art. 3.3 lid 2 onder j (c_fdaee95e), the publisher's type even where
//   the document reads like a policy plan;
// - besluit and factsheet are not in the file (their type gives no single category).
// Each row has `text`: about the first 1,000 characters of the document after its title (whitespace collapsed), so
// that title-only and title + first-page text can be compared.

const FILE = 'amsterdam-documents.tsv';
const COMMIT = 'c12763208382666163c073785a331678a232a6a2';
const REPO = 'Amsterdam-Internships/document-classification-using-large-language-models';
const CATEGORIES = new Set(['c_db4862c3', 'c_8c840238', 'c_fdaee95e']);
const LICENCE =
  'Publications of the municipality of Amsterdam (government publication, Auteurswet art. 11 / 15b); ' +
  'the harvesting repository is EUPL-1.2';

/**
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readTable) {
  const out = [];
  for (const [id, amsterdamType, title, text, category, date, path] of readTable(FILE)) {
    if (!title || !text || !path || !CATEGORIES.has(category)) throw new Error(`${FILE}: bad row ${id}`);
    out.push({
      title,
      text,
      category,
      organisation: 'Gemeente Amsterdam',
      ...(date ? { date } : {}),
      label: 'mapped-from-document-type',
      sourceDocumentType: amsterdamType,
      source: `github:${REPO}@${COMMIT}:${path} (document ${id})`,
      licence: LICENCE,
      group: 'Gemeente Amsterdam council documents',
    });
  }
  return out;
}
