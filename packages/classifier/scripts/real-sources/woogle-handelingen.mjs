// Items of the Handelingen of the Eerste and Tweede Kamer as harvested for Woogle (data/real/woogle-handelingen.tsv;
// its header names the repository, commit and file read). Every row is labelled `mapped-from-document-type`: the
// document type "Handelingen" (the proceedings of a sitting of a chamber) gives vergaderstukken Staten-Generaal,
// Woo art. 3.3 lid 2 onder b (c_c76862ab), whatever the item's own title ("Mededelingen", "Sluiting"). All rows are
// holdout (see HOLDOUT_SOURCES in build-real-corpus.mjs): the rule for the Handelingen citation was written after
// reading them.

const FILE = 'woogle-handelingen.tsv';
const COMMIT = 'dad303184ef1aabe18e07ff1be39409c96266399';
const REPO = 'R0m4ndu/Stage-Woo-Organisaties';
const PATH = 'Handelingen/SFTP_handelingen_2b_TEST.json';
const CHAMBERS = new Set(['Eerste Kamer der Staten-Generaal', 'Tweede Kamer der Staten-Generaal']);
const LICENCE =
  'Handelingen of the States General: official publication, no copyright (Auteurswet art. 11); the harvesting ' +
  'repository has no licence file';

/**
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readTable) {
  const out = [];
  for (const [id, organisation, date, title, address] of readTable(FILE)) {
    if (!id || !title || !address || !CHAMBERS.has(organisation) || !/^\d{4}-\d\d-\d\d$/.test(date ?? '')) {
      throw new Error(`${FILE}: bad row ${id}`);
    }
    out.push({
      title,
      category: 'c_c76862ab',
      organisation,
      date,
      label: 'mapped-from-document-type',
      sourceDocumentType: 'Handelingen',
      source: `github:${REPO}@${COMMIT}:${PATH} (${id}, ${address})`,
      licence: LICENCE,
      group: 'Handelingen of the States General (Woogle harvest)',
    });
  }
  return out;
}
