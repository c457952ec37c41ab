// Annual plans and annual reports of national inspectorates and supervisors, read from their own web pages as the
// session's search tool stores them (data/real/pages-plans.tsv; its header says how every row was read).
//
// Label and mapping (written before any model output on these rows was seen):
// - `mapped-from-document-type`: the body publishes on the central government's web platform, whose address
//   names the document type the body gave the publication (…/jaarverslagen/…, …/jaarplannen/…), or, for the
//   Nederlandse Arbeidsinspectie, the body's own page for that year's annual report or plan (/jaarverslag-YYYY,
//   /jaarplan-YYYY).
//   Jaarverslag and Jaarplan map to jaarplannen en jaarverslagen, Woo art. 3.3 lid 2 onder g (c_c6cd1213).
// - `publisher-section`: a heading on the body's own page that lists its plan for the year and its look back
//   (IGJ, "Ons toezicht: terugblik en vooruitblik").
// Left out: pages typed "publicaties" or "rapporten", news items, chapters of online report magazines, and copies of
// the reports on third-party sites.

const FILE = 'pages-plans.tsv';
const CATEGORIES = new Set(['c_c6cd1213', 'c_8fc2335c']);
const LABELS = new Set(['mapped-from-document-type', 'publisher-section']);
const LICENCE =
  'Web pages of the body named: government publication (Auteurswet art. 11 / 15b); ' +
  'pages on the central government platform are published under CC0 1.0';

/**
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readTable) {
  const out = [];
  for (const [organisation, category, label, section, documentType, date, title, url] of readTable(FILE)) {
    if (!title || !organisation || !CATEGORIES.has(category) || !LABELS.has(label) || !url) {
      throw new Error(`${FILE}: bad row ${title}`);
    }
    out.push({
      title,
      category,
      organisation,
      ...(date ? { date } : {}),
      label,
      sourceDocumentType: `${section}: ${documentType}`,
      source: `stored public web page ${url}`,
      licence: LICENCE,
    });
  }
  return out;
}
