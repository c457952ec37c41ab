// Council, Provinciale Staten and executive-board papers listed on the bodies' own web pages, read from stored copies
// of those pages (data/real/pages-council.tsv; its header names every page family and how it was read). The category
// in each row was fixed when the file was written, from where the body itself listed the document (label
// `publisher-section`) or from the publisher's document type (`mapped-from-document-type`, for news items and pages
// without a section heading):
// - the entries of Provinciale Staten's monthly "Ingekomen stukken ter kennisname" list (Noord-Holland): bij
//   vertegenwoordigende organen ingekomen stukken, Woo art. 3.3 lid 2 onder a (c_8c840238);
// - a council's raadsstukken and committee reports (Zutphen), the college's written communications to the council
//   (De Bilt, "Mededelingenblad"), the Staten's decisions and motions (Groningen) and a council decision list
//   (Oldambt): vergaderstukken decentrale overheden, Woo art. 3.3 lid 2 onder c (c_db4862c3);
// - the decision lists of Gedeputeerde Staten (Zuid-Holland, Flevoland), of colleges of B&W (Pekela, Veendam,
//   Oldambt) and of a water board's college van dijkgraaf en heemraden (Hollandse Delta): agenda's en
//   besluitenlijsten bestuurscolleges, Woo art. 3.3 lid 2 onder d (c_3a248e3a).

import { councilPaperRows } from './council-papers.mjs';

/** @param {(fileName: string) => string[][]} readTable */
export default function rows(readTable) {
  return councilPaperRows(
    readTable,
    'pages-council.tsv',
    'Web pages of the body named: government publication (Auteurswet art. 11 / 15b); read from stored copies ' +
      '(search tool, pages corpus)',
  );
}
