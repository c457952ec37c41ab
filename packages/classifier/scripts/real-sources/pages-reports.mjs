// Research reports, advice and complaint findings that Dutch public bodies list on their OWN web pages
// (data/real/pages-reports.tsv; its header says how the stored pages were read). Every row is labelled
// `publisher-section`: the title stands on the body's own list of its reports, advice or complaint findings.
// - a rekenkamer's list of onderzoeken / publicaties, a planbureau's or RIVM's repository of its reports:
//   onderzoeksrapporten, Woo art. 3.3 lid 2 onder j (c_fdaee95e);
// - an advisory council's list of adviezen (only items the council itself typed "Advies"/"Beleidsadvies"/
//   "Instellingsadvies"): adviezen, Woo art. 3.3 lid 2 onder e (c_99a836c7);
// - an ombudsman's reports or letters that state an oordeel on a klacht: klachtoordelen, Woo art. 3.3 lid 2
//   onder l (c_a870c43d).

const LICENCE =
  'Web pages of the body named: government publication (Auteurswet art. 11 / 15b); pages on rijksoverheid-hosted ' +
  'sites (onderwijsraad.nl, raadvoorcultuur.nl) CC0 1.0';

/**
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readTable) {
  const out = [];
  for (const [organisation, category, label, section, date, title, summary, url] of readTable('pages-reports.tsv')) {
    if (!title || !category || !organisation) continue;
    out.push({
      title,
      ...(summary ? { summary } : {}),
      category,
      organisation,
      ...(date ? { date } : {}),
      label,
      sourceDocumentType: section,
      source: `stored public web page ${url}`,
      licence: LICENCE,
    });
  }
  return out;
}
