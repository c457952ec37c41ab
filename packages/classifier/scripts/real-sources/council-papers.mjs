// Papers of councils, Provinciale Staten and executive boards of several bodies (data/real/council-papers.tsv;
// its header names every harvesting repository, commit and web page). The category in each row was fixed when
// the file was written, from where the body itself put the document (label `publisher-section`) or from the
// publisher's document type (`mapped-from-document-type`: the types in Zaanstad's mixed "Collegeberichten"
// report, and Drenthe's GS decision lists that are published as news items):
// - a council's register of motions and amendments, a college's raadsinformatiebrief or kennisgeving to the
//   council, the Staten's voting record (moties, amendementen, Statenvoorstellen), a council decision list and a
//   raadsstuk: vergaderstukken decentrale overheden, Woo art. 3.3 lid 2 onder c (c_db4862c3);
// - the decision lists of Gedeputeerde Staten and of a college of B&W: agenda's en besluitenlijsten
//   bestuurscolleges, Woo art. 3.3 lid 2 onder d (c_3a248e3a);
// - the entries of a council's "Ingekomen stukken" report or of the "Ingekomen stukken" on a council meeting page:
//   bij vertegenwoordigende organen ingekomen stukken, Woo art. 3.3 lid 2 onder a (c_8c840238).

/**
 * The rows of a table of council and board papers (the columns of council-papers.tsv, also used by pages-council.tsv).
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @param {string} file the table in data/real/
 * @param {string} licence the licence line of its rows
 * @returns {Array<Record<string, string>>}
 */
export function councilPaperRows(readTable, file, licence) {
  const out = [];
  for (const [organisation, category, label, section, documentType, id, date, title, url, source] of readTable(file)) {
    if (!title || !category) continue;
    out.push({
      title,
      category,
      organisation,
      ...(date ? { date } : {}),
      label,
      sourceDocumentType: `${section}: ${documentType}`,
      source: url ? `${source} (${url}; id ${id})` : `${source} (id ${id})`,
      licence,
    });
  }
  return out;
}

/** @param {(fileName: string) => string[][]} readTable */
export default function rows(readTable) {
  return councilPaperRows(
    readTable,
    'council-papers.tsv',
    'Council and board information of the body named: government publication (Auteurswet art. 11 / 15b); ' +
      'harvesting repositories have no licence file',
  );
}
