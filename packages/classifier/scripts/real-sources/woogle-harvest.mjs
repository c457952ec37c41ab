// Woogle (UvA, wooverheid.nl) harvest samples stored in github:R0m4ndu/Stage-Woo-Organisaties at commit
// 8ecf3214 (data/real/woogle-harvest.tsv; its header holds the mapping and every condition, the extraction is
// described in docs/classifier.md). The category in each row was fixed when the file was written:
// - Gemeente Almelo: the municipality's own iBabs report (Moties, Schriftelijke vragen, Raadsbrieven) →
//   vergaderstukken decentrale overheden, Woo art. 3.3 lid 2 onder c (c_db4862c3); label
//   `mapped-from-document-type`. Raadsbrieven (letters of the college to the council) are the debatable part:
//   some bodies list such letters as ingekomen stukken (art. 3.3 lid 2 onder a);
// - decisions in individual cases of NZa, Commissariaat voor de Media, ANVS and the ministry of LNV (their own
//   decisions registers, `publisher-section`) and of the AP and ACM (their document types "Vergunning" and
//   "Besluit", `mapped-from-document-type`) → beschikkingen, art. 3.3 lid 2 onder k (c_46a81018).

const REPO = 'github:R0m4ndu/Stage-Woo-Organisaties@8ecf32148bd89dff882918b8602cde857a3cfffb';
const LICENCE =
  'Publications of the body named: government publication (Auteurswet art. 11 / 15b); ' +
  'harvested by Woogle (UvA); the repository holding the harvest has no licence file';

/**
 * @param {(fileName: string) => string[][]} readTable the data lines of a file in data/real/, split at tabs
 * @returns {Array<Record<string, string>>}
 */
export default function rows(readTable) {
  const out = [];
  for (const [organisation, category, label, documentType, date, url, path, title] of readTable('woogle-harvest.tsv')) {
    if (!title || !category) continue;
    out.push({
      title,
      category,
      organisation,
      ...(date ? { date } : {}),
      label,
      sourceDocumentType: documentType,
      source: `${REPO}:${path} (${url})`,
      licence: LICENCE,
    });
  }
  return out;
}
