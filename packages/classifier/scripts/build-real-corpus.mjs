/**
 * Builds data/real/real-titles.jsonl: REAL publication titles with the category their publisher gave
 * them, each row with its source, licence, how the label was made and a frozen split.
 *
 * Inputs are snapshots of public repositories (read with `git show`), named on the command line:
 *   node scripts/build-real-corpus.mjs --bachelorsthesis <git dir of maiklarooij/bachelorsthesis>
 * plus the rows already in the repository (UWV, ministerraad) which it keeps as they are.
 * Not run by tests or builds; the output file is committed and never published (package.json "files").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../data/real/real-titles.jsonl');
const args = process.argv.slice(2);
const arg = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const WOO_REQUESTS = 'c_3baef532';
const AGENDAS = 'c_3a248e3a';
const STATES_GENERAL = 'c_c76862ab';

/**
 * The frozen test split: whole organisations, chosen once (2026-12-06) before any tuning, so that
 * the test measures bodies the model and its settings never saw. Everything else is `train`.
 */
export const TEST_ORGANISATIONS = new Set([
  'UWV',
  'Gemeente Utrecht',
  'Ministerie van Financiën',
  'Ministerie van Defensie',
  'Ministerie van Algemene Zaken',
  'Gemeente Rotterdam',
  'Gemeente Maastricht',
  'Gemeente Aa en Hunze',
  // Added after the rules and the model were final; their rows were read only then.
  'Gemeente Haarlem',
  'Gemeente Nijmegen',
  'Gemeente Leeuwarden',
  'Gemeente Tilburg',
]);

/**
 * Reviewed mapping from the announcement type a municipality chose in the Gemeenteblad to the Woo
 * category (rows labelled this way are marked `mapped-from-document-type`):
 * - a permit or other decision on an application is a beschikking: Woo art. 3.3 lid 2 onder k;
 * - a traffic decision (verkeersbesluit) is a besluit van algemene strekking that is not a
 *   regulation: Woo art. 3.3 lid 1 onder b.
 * Left out on purpose: "verordeningen en reglementen" (publishers use it as a catch-all: address
 * deregistrations and street names were filed under it), "bestemmingsplan", "overig", "meldingen".
 */
const TYPE_TO_CATEGORY = {
  verkeersbesluit: 'c_aab6bfc7',
  bouwvergunning: 'c_46a81018',
  omgevingsvergunning: 'c_46a81018',
  kapvergunning: 'c_46a81018',
  sloopvergunning: 'c_46a81018',
  milieuvergunning: 'c_46a81018',
  reclamevergunning: 'c_46a81018',
  evenementenvergunning: 'c_46a81018',
  exploitatievergunning: 'c_46a81018',
};

/** FNV-1a over UTF-16 code units (the same hash as the training and evaluation scripts). */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
/**
 * `test` for the frozen test organisations; for the others one row in five (by a hash of the title)
 * is `tune`: never trained on, used only to fit the calibration (scripts/calibrate.ts), so the
 * confidence is fitted on real titles too and not only on team-written ones.
 */
const splitOf = (organisation, title) =>
  TEST_ORGANISATIONS.has(organisation) ? 'test' : fnv1a(title) % 5 === 0 ? 'tune' : 'train';
const clean = (s) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');
const rows = [];
const seen = new Set();
function add(row) {
  const title = clean(row.title);
  if (title === '') return;
  const key = `${row.organisation}\u0000${title.toLowerCase()}`;
  if (seen.has(key)) return;
  seen.add(key);
  const summary = clean(row.summary);
  const text = clean(row.text);
  rows.push({
    title,
    ...(summary !== '' && summary !== title ? { summary: summary.slice(0, 600) } : {}),
    ...(text !== '' ? { text: text.slice(0, 1000) } : {}),
    category: row.category,
    organisation: row.organisation,
    label: row.label,
    source: row.source,
    licence: row.licence,
    ...(row.date ? { date: row.date } : {}),
    ...(row.sourceDocumentType ? { sourceDocumentType: row.sourceDocumentType } : {}),
    ...(row.documentType ? { documentType: row.documentType } : {}),
    split: row.split ?? splitOf(row.organisation, title),
  });
}

// 1. UWV (already in the repository; copied from the project's shared evaluation slice).
for (const line of readFileSync(join(here, '../data/real/uwv-woo-publicaties.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const r = JSON.parse(line);
  add({
    title: r.title,
    category: r.category,
    organisation: 'UWV',
    date: r.date,
    label: 'publisher-section',
    source: `github:${r.source}`,
    licence: 'Dutch government publication (Auteurswet art. 11 / 15b); crawler repository has no licence',
  });
}

// 2. Ministerraad agendas and decision lists of the Ministry of General Affairs, as listed by the
//    Woo-index (open.overheid.nl) under the category "agenda's en besluitenlijsten bestuurscolleges",
//    mirrored by a public RSS repository (feed.xml, one stored version).
for (const line of readFileSync(join(here, '../data/real/ministerraad-open-overheid.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const r = JSON.parse(line);
  add({ ...r, category: AGENDAS, label: 'publisher-category' });
}

// 3. Municipal announcements in the Gemeenteblad (decisions only), labelled by the type→category mapping.
for (const line of readFileSync(join(here, '../data/real/bekendmakingen-2024-11.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [organisation, id, type, title] = line.split('\t');
  const category = TYPE_TO_CATEGORY[type];
  if (category === undefined) continue;
  const slug = organisation
    .replace(/^Gemeente /, '')
    .toLowerCase()
    .replace(/ /g, '-');
  add({
    title,
    category,
    organisation,
    date: '2024-11',
    label: 'mapped-from-document-type',
    sourceDocumentType: type,
    source: `github:basgroot/bekendmakingen:history/${slug}-2024-11.json (https://zoek.officielebekendmakingen.nl/${id}.html, type "${type}")`,
    licence: 'Gemeenteblad (officielebekendmakingen.nl): government publication, no copyright (Auteurswet art. 11)',
  });
}

// 4. Wob decisions of 12 ministries (rijksoverheid.nl, section "Wob-verzoeken") and of the
//    municipality of Utrecht ("Openbaar gemaakte informatie na Wob-verzoeken"), as crawled for a
//    bachelor's thesis (University of Amsterdam, 2022).
const thesis = arg('--bachelorsthesis');
if (thesis !== undefined) {
  const show = (path) =>
    JSON.parse(
      execFileSync('git', ['--git-dir', thesis, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    );
  for (const r of show('data/wobs_rijksoverheid.json')) {
    if (typeof r.titel !== 'string' || typeof r.verantwoordelijk !== 'string') continue;
    add({
      title: r.titel,
      summary: r.beschrijving,
      category: WOO_REQUESTS,
      organisation: r.verantwoordelijk,
      date: r.datum_besluit,
      label: 'publisher-section',
      source: `github:maiklarooij/bachelorsthesis:data/wobs_rijksoverheid.json (${r.url})`,
      licence: 'CC0 1.0 (rijksoverheid.nl content)',
    });
  }
  for (const r of show('data/wobs_utrecht.json')) {
    if (typeof r.titel !== 'string') continue;
    add({
      title: r.titel,
      summary: r.beschrijving,
      category: WOO_REQUESTS,
      organisation: 'Gemeente Utrecht',
      date: r.datum_besluit,
      label: 'publisher-section',
      source: `github:maiklarooij/bachelorsthesis:data/wobs_utrecht.json (${r.url})`,
      licence: 'Dutch government publication (Auteurswet art. 11 / 15b); crawler repository has no licence',
    });
  }
}

// 5. Tweede Kamer documents (parliament's open data, gegevensmagazijn "Document" entity), as mirrored
//    by tommyvanderwal/motiematcher (bronmateriaal-onbewerkt/document, 233 pages, 2024–2025). The file
//    data/real/tweede-kamer-documenten.jsonl keeps at most 80 distinct subjects per document type
//    (chosen by a hash of the document id). Label: every paper of the States General is in
//    "vergaderstukken Staten-Generaal" (Woo art. 3.3 lid 2 onder b), whatever its type; rows are marked
//    `mapped-from-document-type` and keep the parliament's own type in `sourceDocumentType`. Left out
//    when the file was made: attachments ("Bijlage": reports, memos of other bodies), position papers,
//    "Overig (openbaar)", annual reports, factsheets, and papers written by other bodies (Raad van
//    State advice, Algemene Rekenkamer, CTIVD, Ombudsman, Hoge Raad letters).
//    Parliament is one body, so it cannot be an unseen test body: its rows are `train`, except 30% of
//    them (by a hash of the bill/dossier title, so one bill's papers stay together) which are
//    `holdout`: never trained on, reported separately as "same body, unseen dossiers".
/**
 * The parliament's own document type → the TOOI document type (documentsoort) a publisher would give
 * it, used only to measure what a document type adds (scripts/eval-real.ts, section 5). Reviewed
 * against the TOOI labels: motions → motie, agendas → agenda, decision lists → besluitenlijst, reports
 * and verbatim records → vergaderverslag, government letters → Kamerbrief, explanatory memoranda →
 * memorie van toelichting; every other paper → Kamerstuk.
 */
function tooiDocumentTypeOfKamerstuk(type) {
  if (type.startsWith('Motie')) return 'c_bf0f9c95';
  if (type.startsWith('Agenda')) return 'c_f90465b3';
  if (type.startsWith('Besluitenlijst')) return 'c_d4a4792f';
  if (type.startsWith('Verslag') || type === 'Stenogram') return 'c_42e406dd';
  if (type === 'Brief regering') return 'c_49599e6c';
  if (type.startsWith('Memorie van toelichting')) return 'c_11305262';
  return 'c_056a75e1';
}
const TK_LICENCE =
  'Tweede Kamer open data (opendata.tweedekamer.nl, free re-use, CC0 1.0); mirror repository has no licence';
for (const line of readFileSync(join(here, '../data/real/tweede-kamer-documenten.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const r = JSON.parse(line);
  add({
    title: r.title,
    summary: r.summary,
    category: STATES_GENERAL,
    organisation: r.organisation,
    date: r.date,
    label: 'mapped-from-document-type',
    sourceDocumentType: r.documentType,
    documentType: tooiDocumentTypeOfKamerstuk(r.documentType),
    source: r.source,
    licence: TK_LICENCE,
    split: fnv1a(clean(r.summary) || clean(r.title)) % 10 < 3 ? 'holdout' : splitOf(r.organisation, clean(r.title)),
  });
}

// 6. A wider sample of official announcements of 42 other bodies (41 municipalities and a water board),
//    December 2019–2022, November 2024 and November 2011 (Staatscourant), from the same mirror
//    (basgroot/bekendmakingen). Labelled by the reviewed type→category mapping below; marked
//    `mapped-from-announcement-type`. New bodies are assigned to the test split by a hash of their
//    name (3 in 10), fixed before any number was looked at; the others are train/tune as above.
/** Announcement types (as the publisher chose them; the wording changed over the years) → Woo category. */
const ANNOUNCEMENT_TYPES = {
  // Woo art. 3.3 lid 1 onder a: wetten en algemeen verbindende voorschriften (for a municipality: verordeningen,
  // nadere regels). The publisher's own type says so; the title is not second-guessed.
  laws: ['verordeningen', 'algemeen verbindend voorschrift (verordening)'],
  // Woo art. 3.3 lid 1 onder b: overige besluiten van algemene strekking: beleidsregels, mandaat- and
  // delegation decisions, designations, traffic decisions (a verkeersbesluit is a besluit van algemene strekking).
  // The national Woo-index files "verkeersbesluit of -mededeling" and "ruimtelijk plan of omgevingsdocument" under
  // onder a (its links for every body in its register); the classifier offers that as an option
  // (trafficDecisionsAndPlans: 'laws'). The labels here follow the law, the classifier's default.
  generalDecisions: [
    'beleidsregels',
    'beleidsregel',
    'overige besluiten van algemene strekking',
    'ander besluit van algemene strekking',
    'delegatie- of mandaatbesluit',
    'verkeersbesluit',
    'verkeersbesluiten',
    'verkeersbesluit of -mededeling',
  ],
  // Spatial plans: an adopted (vastgesteld / onherroepelijk) zoning plan is a besluit van algemene strekking
  // (3.3 lid 1 onder b); a draft (ontwerp, voorontwerp) is left out: it is neither an adopted decision nor a
  // draft regulation sent for advice (3.3 lid 1 onder c). A permit announced under this type is a beschikking.
  plans: ['ruimtelijke plannen', 'plannen | ruimtelijk', 'ruimtelijk plan of omgevingsdocument'],
  // Woo art. 3.3 lid 2 onder k: beschikkingen (permits and other decisions on an application), only when the
  // title says a decision was taken (see DECIDED); announcements of applications are left out.
  dispositions: [
    'bouwvergunning',
    'omgevingsvergunning',
    'kapvergunning',
    'sloopvergunning',
    'milieuvergunning',
    'reclamevergunning',
    'evenementenvergunning',
    'exploitatievergunning',
    'watervergunning',
    'beschikkingen | afhandeling',
    'vergunningen',
    'bouwen',
    'kappen',
    'slopen',
    'andere vergunning',
    'ruimtelijke ordening',
    'uitweg en inrit',
    'reclame',
    'milieu',
    'andere beschikking',
    'overige overheidsinformatie',
  ],
};
/** Not a decision (yet): drafts, applications received or withdrawn, term extensions, notifications. */
const NOT_DECIDED = new RegExp(
  [
    '\\b(voor)?ontwerp',
    'aanvraag (ontvangen|ingediend)',
    'ontvangen aanvraag',
    'ontvangst',
    'ingediende aanvra',
    'ingekomen aanvra',
    'intrekken aanvraag',
    'ingetrokken aanvraag',
    'beslistermijn',
    'opschorten termijn',
    'melding',
  ].join('|'),
  'i',
);
/** A decision was taken on the application. */
const DECIDED = new RegExp(
  [
    'verle(en|nd|ning)',
    'toegekend',
    'weiger',
    'besluit',
    'beschikking',
    'toestemming',
    'intrekking',
    'buiten behandeling',
    'afgehandeld',
    'maatwerk',
    'ontheffing',
    '^vergunning',
    'vergunning omgevingswet',
  ].join('|'),
  'i',
);
/** Adopted spatial plan. */
const ADOPTED = /vastgesteld|vaststelling|onherroepelijk/i;
function categoryOfAnnouncement(type, title) {
  const t = type.toLowerCase();
  if (NOT_DECIDED.test(title)) return undefined;
  if (ANNOUNCEMENT_TYPES.laws.includes(t)) return 'c_139c6280';
  if (ANNOUNCEMENT_TYPES.generalDecisions.includes(t)) return 'c_aab6bfc7';
  if (ANNOUNCEMENT_TYPES.plans.includes(t)) {
    if (ADOPTED.test(title)) return 'c_aab6bfc7';
    return /omgevingsvergunning/i.test(title) && DECIDED.test(title) ? 'c_46a81018' : undefined;
  }
  if (ANNOUNCEMENT_TYPES.dispositions.includes(t) && DECIDED.test(title)) return 'c_46a81018';
  return undefined;
}
/** At most this many rows per body and category (chosen by a hash of the publication id), so no body dominates. */
const PER_BODY_CATEGORY = 8;
const bodySplit = (organisation, title) =>
  fnv1a(`body:${organisation}`) % 10 < 3 ? 'test' : splitOf(organisation, title);
const sample = [];
for (const line of readFileSync(join(here, '../data/real/bekendmakingen-sample.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [organisation, id, type, title, month, path] = line.split('\t');
  const category = categoryOfAnnouncement(type, title);
  if (category !== undefined) sample.push({ organisation, id, type, title, month, path, category });
}
sample.sort((a, b) => fnv1a(a.id) - fnv1a(b.id) || a.id.localeCompare(b.id));
const taken = new Map();
for (const r of sample) {
  const key = `${r.organisation}\u0000${r.category}`;
  if ((taken.get(key) ?? 0) >= PER_BODY_CATEGORY) continue;
  taken.set(key, (taken.get(key) ?? 0) + 1);
  add({
    title: r.title,
    category: r.category,
    organisation: r.organisation,
    date: r.month,
    label: 'mapped-from-announcement-type',
    sourceDocumentType: r.type,
    source: `github:basgroot/bekendmakingen:${r.path} (https://zoek.officielebekendmakingen.nl/${r.id}.html)`,
    licence:
      'Officiële bekendmakingen (officielebekendmakingen.nl): government publication, ' +
      'no copyright (Auteurswet art. 11), metadata CC0; mirror repository has no licence',
    split: bodySplit(r.organisation, clean(r.title)),
  });
}

// 7. Council information of the municipality of Huizen (its raadsinformatiesysteem, GemeenteOplossingen),
//    harvested by the public repository rubenwoudsma/open-ris-monitor (MIT licence; data/public/documents.jsonl
//    and data/raw/documents.json, every stored version up to commit e63737fc, 595 distinct documents of the
//    types below). data/real/huizen-ris-documents.tsv keeps id, publication date, the publisher's document
//    type, the title unchanged and the commit it was read from. Incoming letters whose title names a private
//    sender by initials were dropped when the file was made (22 rows; newer titles are anonymised by the
//    publisher). Labelled by the reviewed mapping HUIZEN_TYPES (rows marked `mapped-from-document-type`).
//    Huizen is one body, so like the parliament it cannot be an unseen test body: 30% of its publication
//    dates (by a hash of the date, so one meeting cycle's papers stay together) are `holdout`, never trained
//    or tuned on and reported as "same body, unseen meeting dates"; the rest train/tune as usual.
/**
 * The RIS document type chosen by the municipality → the Woo category:
 * - letters and other documents received by the council (Ingekomen stuk, Document ter kennisname /
 *   Verzoek om informatie / Kennisgeving, all "(Inkomend)"): ingekomen stukken, Woo art. 3.3 lid 2 onder a;
 * - papers of the council and its committees (raadsvoorstel, motie, amendement, agenda, notulen, resumé,
 *   besluitenlijst of the council, toezeggingenlijst, questions of councillors and the answers, the
 *   aldermen's mededelingen to a committee): vergaderstukken decentrale overheden, art. 3.3 lid 2 onder c;
 * - the college's own decision lists (Besluitenlijst (Intern): "Conformbesluitenlijst openbaar …"):
 *   agenda's en besluitenlijsten bestuurscolleges, art. 3.3 lid 2 onder d.
 * Left out: Bijlage, Overig, Onbekend, Collegevoorstel, Besluit and Raadsbesluit (used for motions, minutes
 * and announcements alike), Rapportage, Stukken ter kennisname, Uitnodigingen, policy notes.
 */
const HUIZEN_TYPES = {
  c_8c840238: [
    'Ingekomen stuk',
    'Document ter kennisname (Inkomend)',
    'Verzoek om informatie (Inkomend)',
    'Kennisgeving (Inkomend)',
  ],
  c_db4862c3: [
    'Raadsvoorstel',
    'Moties',
    'Amendementen',
    'Agenda',
    'Besluitenlijst raad',
    'Besluitenlijsten',
    'Toezeggingen',
    'Vragen van raadsleden',
    'Vraag van raadslid (Inkomend)',
    'Raadsvragen',
    'Beantwoording door B&W (Uitgaand)',
    'Mededelingen',
    'Notulen Raad',
    'Notulen Fysiek Domein',
    'Notulen Sociaal Domein',
    'Notulen ABM',
    'Notulen gecombineerde commissies',
    'Notulen t/m april 2021',
    'Resumé Fysiek Domein',
    'Resumé Sociaal Domein',
    'Resumé ABM',
    'Resumé gecombineerde commissies',
    'Resumés',
  ],
  c_3a248e3a: ['Besluitenlijst (Intern)'],
};
const huizenCategory = new Map(Object.entries(HUIZEN_TYPES).flatMap(([c, types]) => types.map((t) => [t, c])));
for (const line of readFileSync(join(here, '../data/real/huizen-ris-documents.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [id, date, type, title, commit, file] = line.split('\t');
  const category = huizenCategory.get(type);
  if (category === undefined) continue;
  add({
    title,
    category,
    organisation: 'Gemeente Huizen',
    ...(date ? { date } : {}),
    label: 'mapped-from-document-type',
    sourceDocumentType: type,
    source:
      `github:rubenwoudsma/open-ris-monitor@${commit}:${file} ` +
      `(https://ris.gemeenteraadhuizen.nl/api/v2/documents/${id}/download)`,
    licence:
      'Council information of the municipality of Huizen: government publication (Auteurswet art. 11 / 15b); ' +
      'harvesting repository MIT licence',
    split: fnv1a(`huizen-date:${date || clean(title)}`) % 10 < 3 ? 'holdout' : splitOf('Gemeente Huizen', clean(title)),
  });
}

// 8. The register of motions, amendments and commitments (toezeggingen) of the council of Eindhoven
//    (eindhoven.parlaeus.nl/user/motie, April 2018 – October 2020), scraped by the public repository
//    JuggleRob/motie-schraper-Eindhoven (moties.csv at commit 41d3b7dc; no licence file). Every entry of the
//    register is a paper of the council's meetings: vergaderstukken decentrale overheden, Woo art. 3.3 lid 2
//    onder c; labelled `publisher-section` (the page the council put it on). All rows are `holdout`: no
//    council paper of Eindhoven is trained or tuned on (its only other rows, three Gemeenteblad permits, are),
//    so they measure council papers of a body the model has not seen papers of.
for (const line of readFileSync(join(here, '../data/real/eindhoven-moties.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [gd, date, title] = line.split('\t');
  add({
    title,
    category: 'c_db4862c3',
    organisation: 'Gemeente Eindhoven',
    ...(date ? { date } : {}),
    label: 'publisher-section',
    source:
      'github:JuggleRob/motie-schraper-Eindhoven@41d3b7dc3639744b1e144270a1a6ebca4d4c8609:moties.csv ' +
      `(https://eindhoven.parlaeus.nl/user/motie/action=showdoc/gd=${gd})`,
    licence:
      'Council information of the municipality of Eindhoven: government publication (Auteurswet art. 11 / 15b); ' +
      'scraper repository has no licence',
    split: 'holdout',
  });
}

// 9. Further sources, one module each in scripts/real-sources/ (default export: rows(readTable) → rows with a
//    `group`, the key that stays together when splitting; without one, each title on its own). `readTable` gives
//    the data lines of a file in data/real/ (not blank, not a `#` comment), split at tabs. A body that already has
//    rows above keeps its split (test for the frozen test organisations, otherwise train/tune by title). A body new
//    to the corpus is assigned as a whole by a hash of its name (bodySplit: 3 in 10 become unseen `test` bodies).
//    Of the others, a body that is one of at most two new bodies of a category in its source (like the Raad van
//    State's advice) is treated like Huizen above: 30% of its groups (dates, dossiers; its titles when there is no
//    group or the group is the body itself) are `holdout`, so that the category is both learned and measured.
//    A source in HOLDOUT_SOURCES measures a kind of document of a body that is never trained on, like Eindhoven's
//    council papers above: all its rows are `holdout`. Amsterdam's council documents (with their first-page text) are
//    such a source: the municipality's Gemeenteblad rows are trained on, its council papers never.
const HOLDOUT_SOURCES = new Set(['amsterdam-documents.mjs', 'woogle-handelingen.mjs', 'woogle-ori-zaanstad.mjs']);
const knownBodies = new Set(rows.map((r) => r.organisation));
const sourcesDir = join(here, 'real-sources');
const readTable = (file) =>
  readFileSync(join(here, '../data/real', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
for (const file of existsSync(sourcesDir)
  ? readdirSync(sourcesDir)
      .filter((f) => f.endsWith('.mjs'))
      .sort()
  : []) {
  const { default: load } = await import(pathToFileURL(join(sourcesDir, file)).href);
  const loaded = load(readTable);
  const newBodies = new Map();
  for (const r of loaded) {
    if (knownBodies.has(r.organisation)) continue;
    newBodies.set(r.category, (newBodies.get(r.category) ?? new Set()).add(r.organisation));
  }
  for (const { group, ...r } of loaded) {
    const title = clean(r.title);
    const key = group === undefined || group === r.organisation ? title : group;
    let split = splitOf(r.organisation, title);
    if (HOLDOUT_SOURCES.has(file)) split = 'holdout';
    else if (!knownBodies.has(r.organisation)) {
      split = bodySplit(r.organisation, title);
      if (split !== 'test' && newBodies.get(r.category).size <= 2 && fnv1a(`${file}:${r.organisation}:${key}`) % 10 < 3)
        split = 'holdout';
    }
    add({ ...r, split });
  }
}

writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const count = (f) => rows.reduce((m, r) => m.set(f(r), (m.get(f(r)) ?? 0) + 1), new Map());
console.log(`${rows.length} rows → ${out}`);
console.log(
  [...count((r) => `${r.split} ${r.category} ${r.organisation}`)]
    .sort()
    .map(([k, v]) => `  ${String(v).padStart(5)}  ${k}`)
    .join('\n'),
);
