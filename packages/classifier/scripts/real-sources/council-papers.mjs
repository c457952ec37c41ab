// Council and Provinciale Staten meeting papers of several bodies (data/real/council-papers.tsv).
// Every row is an entry of a council's register of motions and amendments, of its "Collegeberichten"
// report (letters of the college to the council), or of the Staten's voting record: all papers of the
// meetings of a representative body, so vergaderstukken decentrale overheden (Woo art. 3.3 lid 2 onder c),
// labelled `publisher-section`. The file's header names the harvesting repositories and commits.

const LICENCE =
  'Council information of the body named: government publication (Auteurswet art. 11 / 15b); ' +
  'harvesting repositories have no licence file';

/**
 * @param {(fileName: string) => string} readData returns the text of a file in data/real/
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readData) {
  const out = [];
  for (const line of readData('council-papers.tsv').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [organisation, category, label, section, documentType, id, date, title, url, source] = line.split('\t');
    if (!title) continue;
    out.push({
      title,
      category,
      organisation,
      ...(date ? { date } : {}),
      label,
      sourceDocumentType: `${section}: ${documentType}`,
      source: url ? `${source} (${url})` : `${source} (id ${id})`,
      licence: LICENCE,
      group: organisation,
    });
  }
  return out;
}
