// Agenda items and attached documents of the council meetings of Zaanstad, 2001-2015, as harvested from Open
// Raadsinformatie for Woogle (data/real/woogle-ori-zaanstad.tsv; its header names the repository, commit and file
// read). Every row is labelled `publisher-section`: an item on the agenda of a council meeting, or a document filed
// with one, is a vergaderstuk of a decentral body, Woo art. 3.3 lid 2 onder c (c_db4862c3). All rows are holdout
// (see HOLDOUT_SOURCES in build-real-corpus.mjs).

const FILE = 'woogle-ori-zaanstad.tsv';
const COMMIT = '4a362e74aa3931bae80f09071c57df830567b3c2';
const REPO = 'R0m4ndu/Stage-Woo-Organisaties';
const PATH = "ORI Agenda's/VoorbeeldZaandam.json";
const KINDS = new Set(['item', 'document']);
const LICENCE =
  'council documents: government publication (Auteurswet art. 11 / 15b); the harvesting repository has no licence file';

/**
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readTable) {
  const out = [];
  for (const [id, date, kind, title, address] of readTable(FILE)) {
    if (!id || !title || !address || !KINDS.has(kind) || !/^\d{4}-\d\d-\d\d$/.test(date ?? '')) {
      throw new Error(`${FILE}: bad row ${id}`);
    }
    out.push({
      title,
      category: 'c_db4862c3',
      organisation: 'Gemeente Zaanstad',
      date,
      label: 'publisher-section',
      source: `github:${REPO}@${COMMIT}:${PATH} (${id}, ${kind === 'item' ? 'agenda item' : 'document'}, ${address})`,
      licence: LICENCE,
      group: `Zaanstad council meeting ${date}`,
    });
  }
  return out;
}
