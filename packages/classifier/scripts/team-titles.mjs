#!/usr/bin/env node
// Writes data/team-written-training-titles.jsonl: titles WRITTEN BY THE WOO-KIT TEAM, not sourced
// from any public body. Each title comes from a template the team wrote in the style of real Dutch
// government publications, filled with names, topics and dates from the lists below, plus the
// hand-written titles in data/team-written-extra-titles.txt. Deterministic: a fixed seed.
//
// Every row carries the template id (`template`) and a split (`train`, `tune`, `test`) chosen per
// template, so the held-out slices contain title *patterns* the model never saw in training.
//
//   node scripts/team-titles.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DUTCH_MONTH_NAMES } from '@woo-kit/core';
import { rng } from './random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../data/team-written-training-titles.jsonl');
const extraFile = join(here, '../data/team-written-extra-titles.txt');
const hardFile = join(here, '../data/team-written-hard-titles.txt');
const abstainFile = join(here, '../data/team-written-should-abstain.txt');
const abstainOut = join(here, '../data/team-written-should-abstain.jsonl');

const random = rng(20250314);
const pick = (list) => list[Math.floor(random() * list.length)];

const GEMEENTEN = [
  'Amsterdam',
  'Rotterdam',
  'Utrecht',
  'Den Haag',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Apeldoorn',
  'Haarlem',
  'Arnhem',
  'Zaanstad',
  'Amersfoort',
  "'s-Hertogenbosch",
  'Zwolle',
  'Leiden',
  'Maastricht',
  'Dordrecht',
  'Ede',
  'Alkmaar',
  'Emmen',
  'Westland',
  'Delft',
  'Venlo',
  'Deventer',
  'Sittard-Geleen',
  'Helmond',
  'Oss',
  'Hilversum',
  'Heerlen',
  'Súdwest-Fryslân',
  'Leeuwarden',
  'Lingewaard',
  'Bronckhorst',
  'Barneveld',
  'Amstelveen',
  'Noordoostpolder',
  'Vlieland',
  'Tholen',
  'Borne',
  'Molenlanden',
  'Het Hogeland',
  'Midden-Groningen',
  'Waadhoeke',
  'Gooise Meren',
  'Land van Cuijk',
  'Voorne aan Zee',
  'Dijk en Waard',
  'Hof van Twente',
  'Stichtse Vecht',
  'Oude IJsselstreek',
  'Krimpenerwaard',
  'Terneuzen',
  'Goes',
  'Roermond',
  'Weert',
  'Meppel',
  'Assen',
];
const PROVINCIES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
];
const WATERSCHAPPEN = [
  'Waterschap Rivierenland',
  'Hoogheemraadschap van Rijnland',
  'Waterschap Vallei en Veluwe',
  'Wetterskip Fryslân',
  'Waterschap Aa en Maas',
  'Waterschap Limburg',
  'Hoogheemraadschap Hollands Noorderkwartier',
  'Waterschap Zuiderzeeland',
];
const GRS = [
  'Veiligheidsregio Utrecht',
  'GGD Hollands Midden',
  'Omgevingsdienst Noordzeekanaalgebied',
  'Regio Rivierenland',
  'Werkvoorzieningschap Fivelingo',
  'Metropoolregio Amsterdam',
  'Belastingsamenwerking West-Brabant',
  'Veiligheidsregio Twente',
  'Regionale Uitvoeringsdienst Zeeland',
  'Holland Rijnland',
  'Avri',
  'Dienst Dommelvallei',
  'ICT Noord',
  'Servicecentrum Drechtsteden',
  'Omgevingsdienst Regio Nijmegen',
];
const TOPICS = [
  'parkeren in de binnenstad',
  'de renovatie van het zwembad',
  'windmolens bij de A7',
  'de opvang van asielzoekers',
  'de nieuwe sporthal',
  'afvalinzameling',
  'het armoedebeleid',
  'de Wmo',
  'jeugdzorg',
  'de energietransitie',
  'zonneparken',
  'woningbouw aan de Stationsweg',
  'de herinrichting van het Marktplein',
  'het ondernemersfonds',
  'de bibliotheek',
  'schuldhulpverlening',
  'de toekomst van het gemeentehuis',
  'het evenementenbeleid',
  'laadpalen',
  'Oekraïense vluchtelingen',
  'de sluiting van de basisschool',
  'groenonderhoud',
  'bomenkap in het park',
  'de Omgevingswet',
  'de warmtevisie',
  'het cultuurhuis',
  'de verkeersveiligheid rond scholen',
  'arbeidsmigranten',
  'het Regionaal Energie Strategie',
  'de kermis',
  'de brandweerkazerne',
  'het sportpark De Vliert',
  'de rondweg Noord',
  'het mobiliteitsplan',
  'de sociale huurwoningen',
  'stikstof',
  'de invoering van betaald parkeren',
  'het hondenbeleid',
  'de vuurwerkvrije zones',
  'het buurthuis',
  'de inburgering',
  'de huishoudelijke hulp',
  'het leerlingenvervoer',
  'de wijkaanpak',
  'de gemeentelijke huisvesting',
  'de hoogbouw bij het station',
  'de digitale dienstverlening',
  'de datacenters',
  'de cameratoezicht',
  'ondermijning',
  'het toerisme',
  'de recreatieplas',
  'het glasvezelnet',
  'de dijkversterking',
  'de waterkwaliteit',
  'droogte',
  'het peilbeheer',
  'de zuiveringsinstallatie',
  'het Nationaal Programma Groningen',
  'de aardbevingsschade',
  'de stadsvernieuwing',
  'de cultuursubsidies',
  'de ambtelijke fusie',
  'de herindeling',
  'het personeelsbeleid',
  'de inhuur van externen',
  'de informatiebeveiliging',
  'het datalek',
  'de ICT-kosten',
  'het afvalscheidingsstation',
  'de opvang van dak- en thuislozen',
];
const SHORT_TOPICS = [
  'Parkeren',
  'Afvalstoffen',
  'Jeugdhulp',
  'Wmo',
  'Participatiewet',
  'Huisvesting',
  'Leges',
  'Onroerendezaakbelastingen',
  'Rioolheffing',
  'Afvalstoffenheffing',
  'Toeristenbelasting',
  'Hondenbelasting',
  'Precariobelasting',
  'Marktgelden',
  'Standplaatsen',
  'Evenementen',
  'Speelautomaten',
  'Cameratoezicht',
  'Duurzaamheidslening',
  'Starterslening',
  'Maatschappelijke ondersteuning',
  'Individuele inkomenstoeslag',
  'Bijzondere bijstand',
  'Handhaving',
  'Kinderopvang',
  'Subsidie',
  'Sport',
  'Cultuur',
  'Erfgoed',
  'Bomen',
  'Reclame',
  'Ligplaatsen',
  'Winkeltijden',
  'Drank- en horeca',
  'Kamerverhuur',
  'Woonruimte',
  'Schuldhulpverlening',
  'Inburgering',
  'Leerlingenvervoer',
  'Klimaatadaptatie',
];
const STREETS = [
  'Dorpsstraat',
  'Kerkstraat',
  'Molenweg',
  'Stationsplein',
  'Industrieweg',
  'Hoofdstraat',
  'Schoolstraat',
  'Nieuweweg',
  'Julianalaan',
  'Beatrixstraat',
  'Parallelweg',
  'Koningin Wilhelminaweg',
  'Burgemeester de Withstraat',
  'Markt',
  'Zuiderhaven',
  'De Hooge Boezem',
  'Oosterpark',
  'Ambachtsweg',
  'Langstraat',
  'Veldweg',
];
const ADVIESORGANEN = [
  'Adviesraad Sociaal Domein',
  'Wmo-raad',
  'Participatieraad',
  'Seniorenraad',
  'Jongerenraad',
  'Cliëntenraad',
  'Commissie Ruimtelijke Kwaliteit',
  'Welstandscommissie',
  'Raad voor de leefomgeving en infrastructuur',
  'Raad van State',
  'Commissie m.e.r.',
  'Sociaal-Economische Raad',
  'Adviescommissie Erfgoed',
  'Klimaatraad',
  'Omgevingsadviesraad',
  'Gehandicaptenplatform',
  'Adviesraad Bereikbaarheid',
  'Adviescollege toetsing regeldruk',
  'Onderwijsraad',
  'Raad voor Volksgezondheid & Samenleving',
];
const PARTNERS = [
  'woningcorporaties',
  'de politie',
  'het Openbaar Ministerie',
  'zorgverzekeraar Zilveren Kruis',
  'de provincie',
  'de regiogemeenten',
  'het waterschap',
  'ProRail',
  'Rijkswaterstaat',
  'de ondernemersvereniging',
  'de huurdersvereniging',
  'de GGD',
  'sportverenigingen',
  'het onderwijs',
  'de zorgaanbieders',
  'Stichting Welzijn',
  'netbeheerder Liander',
  'Staatsbosbeheer',
  'de Belastingdienst',
  'het UWV',
];
const FRACTIES = [
  'VVD',
  'CDA',
  'GroenLinks',
  'PvdA',
  'D66',
  'SP',
  'ChristenUnie',
  'SGP',
  'Lokaal Belang',
  'Partij voor de Dieren',
  'BBB',
  'Leefbaar',
  'GroenLinks-PvdA',
  'Gemeentebelangen',
  'JA21',
  'Stadspartij',
];
const MINISTERIES = [
  'Binnenlandse Zaken en Koninkrijksrelaties',
  'Volksgezondheid, Welzijn en Sport',
  'Infrastructuur en Waterstaat',
  'Justitie en Veiligheid',
  'Onderwijs, Cultuur en Wetenschap',
  'Sociale Zaken en Werkgelegenheid',
  'Financiën',
  'Economische Zaken',
  'Landbouw, Visserij, Voedselzekerheid en Natuur',
  'Volkshuisvesting en Ruimtelijke Ordening',
];
const BUSINESSES = [
  'Café De Zwaan',
  'Snackbar Het Hoekje',
  'Bakkerij Van Dam',
  'Autobedrijf Jansen B.V.',
  'Stichting Dorpshuis',
  'Restaurant De Molen',
  'Camping De Kuilen',
  'Tankstation Noord',
  'Zalencentrum Concordia',
  'Hotel Het Wapen',
  'Transportbedrijf Bos',
  'Melkveebedrijf De Boer',
  'Supermarkt Plus',
  'Sportschool FitFun',
  'Coffeeshop De Kroon',
];
const ACTIVITIES = [
  'het bouwen van een woning',
  'het plaatsen van een dakkapel',
  'het kappen van 3 eiken',
  'het verbouwen van een schuur tot woning',
  'het slopen van een bedrijfspand',
  'het aanleggen van een uitrit',
  'het vergroten van een bedrijfshal',
  'het plaatsen van zonnepanelen op een veld',
  'het wijzigen van een monument',
  'het bouwen van 24 appartementen',
  'het realiseren van een bed and breakfast',
  'het plaatsen van een erfafscheiding',
  'het uitbreiden van een veehouderij',
  'het splitsen van een woning',
];
const MAANDEN = DUTCH_MONTH_NAMES;
const ORGS = [
  'UWV',
  'SVB',
  'DUO',
  'RVO',
  'CBR',
  'Belastingdienst',
  'Rijkswaterstaat',
  'IND',
  'het COA',
  'Politie',
  'het ministerie van BZK',
  'het ministerie van VWS',
  'de provincie',
  'de gemeente',
  'het waterschap',
  'de veiligheidsregio',
  'de GGD',
  'de omgevingsdienst',
];
const SUBJECTS = [
  'e-mails over de coronamaatregelen',
  'de aanbesteding van het leerlingenvervoer',
  'documenten over de sluiting van het zwembad',
  'communicatie met projectontwikkelaars',
  'de kosten van externe adviseurs',
  'agenda’s van de burgemeester',
  'declaraties van wethouders',
  'de vergunning voor het festival',
  'stikstofberekeningen',
  'de opvang van asielzoekers',
  'contacten met Tata Steel',
  'het datalek bij de afdeling Burgerzaken',
  'het rapport over de jeugdzorg',
  'de verkoop van grond aan een supermarkt',
  'het onderzoek naar integriteit',
  'de windturbines',
  'de PFAS-metingen',
  'handhaving bij een bedrijf',
  'de herinrichting van de Stationsstraat',
  'de kinderopvangtoeslagaffaire',
  'de subsidie aan de voetbalclub',
  'WhatsApp-berichten van de burgemeester',
  'de inhuur van interim-managers',
  'de bouw van het nieuwe stadhuis',
];

const year = () => String(2017 + Math.floor(random() * 9));
function date() {
  const d = 1 + Math.floor(random() * 28);
  const m = Math.floor(random() * 12);
  const y = year();
  const mm = String(m + 1).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return pick([
    `${d} ${MAANDEN[m]} ${y}`,
    `${d} ${MAANDEN[m]} ${y}`,
    `${dd}-${mm}-${y}`,
    `${y}-${mm}-${dd}`,
    `${dd}.${mm}.${y}`,
    `${d} ${MAANDEN[m].slice(0, 3)} ${y}`,
  ]);
}
const college = () =>
  pick([
    'B&W',
    'B en W',
    'college van B&W',
    'college van burgemeester en wethouders',
    'college',
    'B&W-vergadering',
    'college van B. en W.',
  ]);
const raad = () =>
  pick([
    'gemeenteraad',
    'raad',
    'raadsvergadering',
    'commissie Ruimte',
    'commissie Samenleving',
    'commissie Bestuur en Middelen',
    'raadscommissie',
    'raadsavond',
  ]);

const FILL = {
  G: () => pick(GEMEENTEN),
  Gm: () => `gemeente ${pick(GEMEENTEN)}`,
  P: () => pick(PROVINCIES),
  W: () => pick(WATERSCHAPPEN),
  GR: () => pick(GRS),
  T: () => pick(TOPICS),
  Ts: () => pick(SHORT_TOPICS),
  D: date,
  Y: year,
  M: () => `${pick(MAANDEN)} ${year()}`,
  N: () => String(1 + Math.floor(random() * 40)),
  Wk: () => String(1 + Math.floor(random() * 52)),
  S: () => `${pick(STREETS)} ${1 + Math.floor(random() * 120)}`,
  A: () => pick(ADVIESORGANEN),
  PA: () => pick(PARTNERS),
  F: () => pick(FRACTIES),
  MIN: () => pick(MINISTERIES),
  B: () => pick(BUSINESSES),
  ACT: () => pick(ACTIVITIES),
  COL: college,
  RAAD: raad,
  ORG: () => pick(ORGS),
  SUB: () => pick(SUBJECTS),
  K: () => `${36000 + Math.floor(random() * 900)}, nr. ${1 + Math.floor(random() * 200)}`,
  Z: () => `Z-${year()}-${String(Math.floor(random() * 99999)).padStart(5, '0')}`,
};
const fill = (template) =>
  template.replace(/\{(\w+)\}/g, (_, key) => {
    const f = FILL[key];
    if (!f) throw new Error(`unknown slot ${key} in ${template}`);
    return f();
  });

// Templates per category code. The team wrote these after the Dutch title conventions of municipal,
// provincial, water-board and central-government publication pages.
const TEMPLATES = {
  // 3.3.1a wetten en algemeen verbindende voorschriften
  c_139c6280: [
    'Verordening {Ts} {Y}',
    '{Ts}verordening {G} {Y}',
    'Algemene Plaatselijke Verordening {G} {Y}',
    'APV {G} {Y}, eerste wijziging',
    'Wijziging Verordening {Ts} {Y}',
    'Legesverordening {Y} met tarieventabel',
    'Verordening onroerendezaakbelastingen {Y}',
    'Verordening rioolheffing {Y} gemeente {G}',
    'Nadere regels {Ts} {Y}',
    'Nadere regels subsidie {T}',
    'Keur {W} {Y}',
    'Omgevingsplan gemeente {G}, wijziging {Y}',
    'Gemeenteblad {Y}, nr. {N}: Verordening {Ts}',
    'Subsidieregeling {Ts} {Y}',
    'Regeling {Ts} {P} {Y}',
    'Verordening maatschappelijke ondersteuning {G} {Y}',
    'Intrekking Verordening {Ts} {Y}',
    'Besluit tot wijziging van de Verordening {Ts}',
    'Uitvoeringsregeling {Ts} {Y}',
    'Reglement van orde voor de vergaderingen van de raad {Y}',
    'Tarieventabel behorende bij de Legesverordening {Y}',
    'Provinciale Omgevingsverordening {P} {Y}',
    'Marktverordening {G}',
    'Verordening jeugdhulp gemeente {G} {Y}',
    'Wet van {D} tot wijziging van de Gemeentewet',
    'Regeling van de Minister van {MIN} van {D}',
    'Huisvestingsverordening {G} {Y}',
    'Afvalstoffenverordening {Y}',
  ],
  // 3.3.1b overige besluiten van algemene strekking
  c_aab6bfc7: [
    // Mandate and delegation decisions are besluiten van algemene strekking: publishers announce them so, and the
    // Woo-index files the announcement type "delegatie- of mandaatbesluit" here. The register of mandates is 3.3.1d.
    'Mandaatbesluit {G} {Y}',
    'Mandaat-, volmacht- en machtigingsbesluit {G} {Y}',
    'Mandaatregeling {Ts} {Y}',
    'Ondermandaatbesluit afdeling {Ts} {Y}',
    'Beleidsregels {Ts} {Y}',
    'Beleidsregel {T}',
    'Beleidsregels handhaving {Ts} gemeente {G}',
    'Aanwijzingsbesluit cameratoezicht {S}',
    'Verkeersbesluit {S}: instellen parkeerverbod',
    'Verkeersbesluit eenrichtingsverkeer {S}',
    'Besluit aanwijzing veiligheidsrisicogebied {G} {D}',
    'Voorbereidingsbesluit {T}',
    'Vaststelling bestemmingsplan {S}',
    'Bestemmingsplan {G} – {S}',
    'Subsidieplafonds {Y} {Ts}',
    'Besluit subsidieplafond {T} {Y}',
    'Beleidskader {T} {Y}-{Y}',
    'Vaststelling beleidsregels {Ts} {Y}',
    'Besluit van algemene strekking {T}',
    'Aanwijzing gebieden vuurwerkverbod {Y}',
    'Peilbesluit {W} polder {N}',
    'Beleidsregel afwijken omgevingsplan {G}',
    'Besluit vaststelling tarieven {Ts} {Y}',
    'Wijzigingsplan {S}',
    'Beleidsregels Woo-verzoeken? Nee: Beleidsregels tegemoetkoming {T}',
    'Circulaire {T}',
    'Richtlijn {Ts} {Y}',
    'Gebiedsaanwijzing hondenlosloopgebieden {Y}',
    'Beleidsregels bijzondere bijstand {Y}',
    'Aanwijzingsbesluit toezichthouders {Ts}',
    'Besluit openstelling {T} {Y}',
    'Inpassingsplan {T}',
  ],
  // 3.3.1c ontwerpen van wet- en regelgeving met adviesaanvraag
  c_759721e2: [
    'Adviesaanvraag ontwerpverordening {Ts} {Y}',
    'Ontwerpverordening {Ts} – adviesaanvraag aan de {A}',
    'Concept-beleidsregels {Ts} voor advies aan de {A}',
    'Adviesaanvraag {A} over conceptverordening {Ts}',
    'Internetconsultatie wetsvoorstel {T}',
    'Consultatieversie ontwerpbesluit {T}',
    'Ontwerp-Regeling {Ts} {Y} ter advisering',
    'Verzoek om advies ontwerpverordening {Ts}',
    'Ontwerpbesluit {T}, adviesaanvraag Raad van State',
    'Conceptverordening {Ts} {Y} (inspraakversie)',
    'Concept nadere regels {Ts} – adviesaanvraag',
    'Voorhang ontwerp-AMvB {T}',
    'Ontwerp Omgevingsverordening {P} {Y} voor advies',
    'Adviesaanvraag concept beleidsregels {T}',
    'Wetsvoorstel {T}: consultatie',
    'Ontwerp-verordening {Ts} en verzoek om advies',
  ],
  // 3.3.1d organisatie en werkwijze
  c_40a05794: [
    'Organisatiebesluit gemeente {G} {Y}',
    'Organogram gemeente {G}',
    'Organisatieschema {Gm}',
    'Portefeuilleverdeling college {G} {Y}-{Y}',
    'Nevenfuncties burgemeester en wethouders {Y}',
    'Taken en bevoegdheden afdelingen {Gm}',
    'Organisatieverordening {G} {Y}',
    'Overzicht afdelingen en teams {Gm}',
    'Delegatieregister {Y}',
    'Bestuursreglement {GR}',
    'Werkwijze afhandeling Woo-verzoeken? Nee: Werkwijze bezwaarschriftencommissie',
    'Samenstelling college en portefeuilles',
    'Directiestatuut {GR} {Y}',
    'Mandaatregister {G} bijgewerkt {D}',
    'Huishoudelijk reglement {A}',
    'Organisatie en werkwijze {Gm}',
  ],
  // 3.3.1e bereikbaarheidsgegevens
  c_89ee6784: [
    'Contactgegevens {Gm}',
    'Contactgegevens Woo-contactpersoon {G}',
    'Bereikbaarheidsgegevens {GR}',
    'Openingstijden gemeentehuis {G}',
    'Zo dient u een Woo-verzoek in bij {Gm}',
    'Hoe vraag ik informatie op bij de gemeente {G}?',
    'Woo-verzoek indienen',
    'Contact en openingstijden {W}',
    'Postadres en bezoekadres {Gm}',
    'Telefoonnummers en e-mailadressen afdelingen',
    'Contactpersoon Woo provincie {P}',
    'Informatieverzoek indienen bij de provincie {P}',
    'Bereikbaarheid {Gm} tijdens de feestdagen {Y}',
    'Contactformulier {Gm}',
    'Klantcontactcentrum {G}: bereikbaarheid',
    'Contact opnemen met het openbaarheidscentrum',
  ],
  // 3.3.2a bij vertegenwoordigende organen ingekomen stukken
  c_8c840238: [
    'Ingekomen stuk: brief van {PA} over {T}',
    'Lijst ingekomen stukken raad {D}',
    'Raadsinformatiebrief {T}',
    'RIB {Y}-{N} {T}',
    'Brief van bewoners {S} aan de gemeenteraad',
    'Brief aan de raad over {T}',
    'Raadsmemo {T}',
    'Informatiememo aan de raad: {T}',
    'Collegebrief {T}',
    'Statenbrief {T}',
    'Brief aan Provinciale Staten over {T}',
    'Petitie {T}',
    'Ingekomen brief {PA} inzake {T}',
    'Raadsmededeling {Y}-{N}: {T}',
    'Ingekomen stukken gemeenteraad {M}',
    'Brief {GR} aan de raden van de deelnemende gemeenten',
    'Memo aan de gemeenteraad over {T}',
    'Burgerbrief over {T}',
    'Ingezonden brief {F} over {T}',
    'Raadsbrief {D} {T}',
  ],
  // 3.3.2b vergaderstukken Staten-Generaal
  c_c76862ab: [
    'Kamerbrief over {T}',
    'Kamerstuk {K} {T}',
    'Beantwoording Kamervragen over {T}',
    'Antwoorden op Kamervragen van het lid {F} over {T}',
    'Verslag van een commissiedebat over {T}',
    'Handelingen Tweede Kamer {D}',
    'Motie van het lid {F} over {T}',
    'Memorie van toelichting wetsvoorstel {T}',
    'Nota naar aanleiding van het verslag {T}',
    'Nota van wijziging {T}',
    'Eerste Kamer: memorie van antwoord {T}',
    'Brief van de minister van {MIN} aan de Tweede Kamer over {T}',
    'Agenda procedurevergadering vaste commissie voor {MIN}',
    'Kamervragen {F} over {T}',
    'Verslag schriftelijk overleg {T} (Tweede Kamer)',
    'Aanhangsel van de Handelingen {K}',
  ],
  // 3.3.2c vergaderstukken decentrale overheden
  c_db4862c3: [
    'Raadsvoorstel {T}',
    'Raadsvoorstel vaststelling {Ts}verordening {Y}',
    'Raadsbesluit {T}',
    'Motie {F} {T}',
    'Amendement {F} inzake {T}',
    'Agenda raadsvergadering {D}',
    'Besluitenlijst raadsvergadering {D}',
    'Verslag {RAAD} {D}',
    'Notulen van de openbare vergadering van de gemeenteraad {D}',
    'Statenvoorstel {T}',
    'Agenda Provinciale Staten {D}',
    'Besluitenlijst algemeen bestuur {W} {D}',
    'Agenda algemeen bestuur {GR} {D}',
    'Schriftelijke vragen {F} over {T}',
    'Beantwoording schriftelijke vragen {F} over {T}',
    'Toezeggingenlijst raad {M}',
    'Motie vreemd aan de orde van de dag: {T}',
    'Raadsvoorstel zienswijze ontwerpbegroting {Y} {GR}',
    'Termijnagenda gemeenteraad {Y}',
    'Initiatiefvoorstel {F} {T}',
    'Verslag commissie Ruimte {D}',
    'Besluitenlijst commissie Bestuur {D}',
    'Begrotingswijziging {Y}-{N} raadsvoorstel',
    'Technische vragen raadsvoorstel {T}',
  ],
  // 3.3.2d agenda's en besluitenlijsten bestuurscolleges
  c_3a248e3a: [
    'Besluitenlijst {COL} {D}',
    'Openbare besluitenlijst {COL} week {Wk}',
    'Besluitenlijst B&W {D}',
    'Agenda collegevergadering {D}',
    'Collegebesluiten week {Wk} {Y}',
    'Besluitenlijst Gedeputeerde Staten {D}',
    'Besluitenlijst GS {P} {D}',
    'Besluitenlijst dagelijks bestuur {W} {D}',
    'Agenda dagelijks bestuur {GR} {D}',
    'Besluitenlijst van de vergadering van het college van {G} d.d. {D}',
    'B&W-besluiten {D}',
    'Agenda ministerraad {D}',
    'Besluitenlijst ministerraad {D}',
    'Openbare besluiten college {G} {M}',
    'Besluitenlijst DB {GR} {D}',
    'Collegebesluitenlijst {D}',
  ],
  // 3.3.2e adviezen
  c_99a836c7: [
    'Advies {A} over {T}',
    'Advies van de {A} over {T}',
    'Ongevraagd advies {A}: {T}',
    'Advies Raad van State over {T}',
    'Adviesrapport {A} {T}',
    'Advies {A} {Y}-{N} {T}',
    'Reactie college op advies {A} over {T}',
    'Advies aan het college over {T}',
    'Adviesaanvraag {A} over {T}',
    'Gezamenlijk advies {A} en {A}',
    'Advies Commissie m.e.r. {T}',
    'Advies Rekenkamercommissie over {T}',
    'Advies {A} beleidsplan {T}',
    'Adviesbrief {A} {T}',
    'Voorlichting van de Afdeling advisering van de Raad van State over {T}',
    'Eindadvies {A} {T}',
  ],
  // 3.3.2f convenanten
  c_8fc2335c: [
    'Convenant {T}',
    'Convenant {T} met {PA}',
    'Samenwerkingsconvenant {PA} en {Gm}',
    'Convenant aanpak {T} {Y}-{Y}',
    'Prestatieafspraken {Y} woningcorporaties {G}',
    'Bestuursovereenkomst {T}',
    'Intentieverklaring {T}',
    'Samenwerkingsovereenkomst {PA} {T}',
    'Regio Deal {G} {Y}',
    'Green Deal {T}',
    'Convenant informatie-uitwisseling {PA}',
    'Woondeal regio {G}',
    'Bestuursakkoord {T} {Y}',
    'Afsprakenkader {PA} {T}',
    'Veiligheidsconvenant uitgaansgebied {G}',
    'Convenant Keurmerk Veilig Ondernemen {G}',
  ],
  // 3.3.2g jaarplannen en jaarverslagen
  c_c6cd1213: [
    'Jaarverslag {Y} {Gm}',
    'Jaarverslag {A} {Y}',
    'Jaarplan {Y} {GR}',
    'Jaarrekening {Y}',
    'Jaarstukken {Y} {G}',
    'Programmabegroting {Y}',
    'Begroting {Y}-{Y} {GR}',
    'Jaarverslag Woo-verzoeken {Y}',
    'Jaarverslag klachtbehandeling {Y}',
    'Uitvoeringsprogramma VTH {Y}',
    'Jaarverslag bezwaarschriftencommissie {Y}',
    'Werkplan {Y} {A}',
    'Voorjaarsnota {Y}',
    'Kadernota {Y}',
    'Bestuursrapportage {Y}',
    'Jaarrapportage {T} {Y}',
    'Jaarplan Handhaving {Y}',
    'Sociaal jaarverslag {Y} {Gm}',
    'Jaarverslag ombudsman {Y}',
    'Jaarverantwoording {Y} {W}',
  ],
  // 3.3.2h subsidieverplichtingen anders dan met beschikking
  c_cf268088: [
    'Subsidieovereenkomst {PA} {T}',
    'Subsidieverplichting Buitenlandse Zaken {T}',
    'Overzicht subsidieverplichtingen {Y} ministerie van Buitenlandse Zaken',
    'Bijdrageovereenkomst ontwikkelingssamenwerking {T}',
    'Grant agreement {T} {Y}',
    'Subsidie anders dan met beschikking: {PA} {Y}',
    'Activiteitenovereenkomst {T}',
    'Subsidieregister {Y} verplichtingen zonder beschikking',
    'Financieringsovereenkomst {T} BZ',
    'Overzicht verstrekte subsidies {Y} (overeenkomsten)',
    'Subsidieverplichtingen {Y} – kwartaal {N}',
    'Ontwikkelingssamenwerking: bijdrage aan {PA}',
  ],
  // 3.3.2i Woo-verzoeken en -besluiten
  c_3baef532: [
    'Besluit op Woo-verzoek over {SUB}',
    'Woo-besluit {SUB}',
    'Woo-verzoek {SUB}',
    'Besluit Wob-verzoek {SUB}',
    'Deelbesluit {N} Woo-verzoek {SUB}',
    'Beslissing op uw Woo-verzoek {SUB}',
    'Woo-besluit {Z}',
    'Openbaarmakingsbesluit {SUB}',
    'Inventarislijst Woo-verzoek {SUB}',
    'Woo-publicatie {SUB}',
    'Besluit op verzoek om openbaarmaking {SUB}',
    'Documenten Woo-verzoek {SUB}',
    'Besluit Woo {SUB}',
    'Woo-besluit {ORG} {SUB}',
    'Wob-besluit {SUB}',
    'Verzoek om informatie op grond van de Wet open overheid over {SUB}',
  ],
  // 3.3.2j onderzoeksrapporten
  c_fdaee95e: [
    'Onderzoeksrapport {T}',
    'Eindrapport onderzoek {T}',
    'Evaluatie {T}',
    'Evaluatierapport {T} {Y}',
    'Rekenkamerrapport {T}',
    'Onderzoek naar {T}',
    'Rapport {T}',
    'Quickscan {T}',
    'Haalbaarheidsstudie {T}',
    'Evaluatie beleidsregels {Ts}',
    'Rapport extern onderzoek {T}',
    'Tevredenheidsonderzoek {Ts} {Y}',
    'Effectmeting {T}',
    'Monitor {T} {Y}',
    'Feitenonderzoek {T}',
    'Second opinion {T}',
    'Doorlichting {T}',
    'Verkenning {T}',
    'Analyse {T}',
    'Milieueffectrapport {T}',
  ],
  // 3.3.2k beschikkingen
  c_46a81018: [
    'Omgevingsvergunning {S} ({ACT})',
    'Verleende omgevingsvergunning {S}',
    'Beschikking omgevingsvergunning {ACT}, {S}',
    'Evenementenvergunning {T} {Y}',
    'Exploitatievergunning {B}',
    'Last onder dwangsom {S}',
    'Last onder bestuursdwang {B}',
    'Subsidiebeschikking {PA} {Y}',
    'Ontheffing {Ts} {S}',
    'Alcoholwetvergunning {B}',
    'Besluit op aanvraag omgevingsvergunning {S}',
    'Weigering omgevingsvergunning {ACT}',
    'Beschikking sluiting woning {S}',
    'Drank- en horecavergunning {B}',
    'Besluit op bezwaar tegen omgevingsvergunning {S}',
    'Aanwijzingsbeschikking {B}',
    'Kapvergunning {S}',
    'Standplaatsvergunning {B}',
    'Bestuurlijke boete {B}',
    'Vaststelling subsidie {PA} {Y}',
    'Ontheffing sluitingstijd {B}',
    'Tijdelijke omgevingsvergunning {ACT}',
    'Maatwerkvoorschriften {B}',
    'Gedoogbeschikking {B}',
  ],
  // 3.3.2l klachtoordelen
  c_a870c43d: [
    'Klachtoordeel {T}',
    'Klachtbeslissing {Y}-{N}',
    'Afhandeling klacht over {T}',
    'Oordeel over klacht bejegening medewerker',
    'Beslissing op klacht over {T}',
    'Klachtoordeel: klacht gegrond',
    'Klacht over {T}: ongegrond',
    'Advies klachtencommissie {T}',
    'Rapport Nationale ombudsman {Y}/{N}',
    'Klachtbehandeling {T}',
    'Oordeel klachtadviescommissie {D}',
    'Klachtafhandeling {Gm} {Z}',
    'Beslissing op uw klacht over de behandeling van uw aanvraag',
    'Klachtoordeel gemeentelijke ombudsman {Y}-{N}',
    'Klacht tegen {ORG} deels gegrond',
    'Uitspraak ombudscommissie {T}',
  ],
  // art. 3.1 inspanningsverplichting
  c_816e508d: [
    'Nieuwsbericht {T}',
    'Persbericht {Gm}: {T}',
    'Brochure {T}',
    'Toespraak burgemeester {G} bij {T}',
    'Presentatie informatieavond {T}',
    'Factsheet {T}',
    'Nieuwsbrief {M}',
    'Coalitieakkoord {Y}-{Y}',
    'Collegeprogramma {Y}-{Y}',
    'Visie op {T}',
    'Omgevingsvisie {G} {Y}',
    'Plan van aanpak {T}',
    'Actieplan {T}',
    'Veelgestelde vragen over {T}',
    'Handreiking {T}',
    'Bewonersbrief {T}',
    'Nota {T}',
    'Dashboard {T}',
    'Strategie {T} {Y}',
    'Routekaart {T}',
  ],
};

function hash100(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100;
}
function splitOf(id) {
  // FNV-1a of the template id: about 70% train, 15% tune, 15% test, per template.
  const r = hash100(id);
  return r < 70 ? 'train' : r < 85 ? 'tune' : 'test';
}
// Harder variants: fewer for training, more held out (about 50% train, 25% tune, 25% test).
function hardSplitOf(id) {
  const r = hash100(id);
  return r < 50 ? 'train' : r < 75 ? 'tune' : 'test';
}
// Should-abstain titles are never trained on: about half `tune`, half `test`.
function abstainSplitOf(id) {
  return hash100(id) < 50 ? 'tune' : 'test';
}

const rows = [];
const seen = new Set();
for (const [category, templates] of Object.entries(TEMPLATES)) {
  templates.forEach((template, index) => {
    // Templates written as "X? Nee: Y" record a near miss the team considered; only Y is used.
    const text = template.includes('? Nee: ') ? template.split('? Nee: ')[1] : template;
    const id = `${category}#${index}`;
    const split = splitOf(id);
    for (let n = 0; n < 10; n++) {
      let title = fill(text);
      const style = random();
      if (style < 0.06) title = title.toLowerCase();
      else if (style < 0.09) title = title.toUpperCase();
      else if (style < 0.16)
        title = `${title} (${pick(['pdf', 'PDF', '1,2 MB', 'definitief', 'geanonimiseerd', 'bijlage', 'openbaar'])})`;
      else if (style < 0.22) title = `${pick(GEMEENTEN)} - ${title}`;
      if (seen.has(title)) continue;
      seen.add(title);
      rows.push({ title, category, template: id, split, source: 'team-written template' });
    }
  });
}
// Hand-written titles: "<category code> <title>" per line; '#' starts a comment. Split per line group.
let group = 0;
for (const line of readFileSync(extraFile, 'utf8').split('\n')) {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) continue;
  const m = /^(c_[0-9a-f]{8})\s+(.+)$/.exec(trimmed);
  if (!m) throw new Error(`bad line in ${extraFile}: ${line}`);
  const id = `extra#${group++}`;
  if (seen.has(m[2])) continue;
  seen.add(m[2]);
  rows.push({ title: m[2], category: m[1], template: id, split: splitOf(id), source: 'team-written by hand' });
}
// Harder variants (provinces, water boards, ministries, typos, abbreviations): same format as the extras.
let hardLine = 0;
for (const line of readFileSync(hardFile, 'utf8').split('\n')) {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) continue;
  const m = /^(c_[0-9a-f]{8})\s+(.+)$/.exec(trimmed);
  if (!m) throw new Error(`bad line in ${hardFile}: ${line}`);
  const title = m[2].includes('? Nee: ') ? m[2].split('? Nee: ')[1] : m[2];
  const id = `hard#${hardLine++}`;
  if (seen.has(title)) continue;
  seen.add(title);
  rows.push({ title, category: m[1], template: id, split: hardSplitOf(id), source: 'team-written hard variant' });
}
// Should-abstain titles: evaluation only, written to their own file.
const abstain = [];
let abstainLine = 0;
for (const line of readFileSync(abstainFile, 'utf8').split('\n')) {
  const title = line.trim();
  if (title === '' || title.startsWith('#')) continue;
  const id = `abstain#${abstainLine++}:${title}`;
  abstain.push({ title, category: null, split: abstainSplitOf(id), source: 'team-written should-abstain' });
}
writeFileSync(abstainOut, abstain.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const count = (s) => rows.filter((r) => r.split === s).length;
console.log(
  `team-titles: ${rows.length} titles (train ${count('train')}, tune ${count('tune')}, test ${count('test')}) → ${out}`,
);
const hard = (s) => rows.filter((r) => r.source === 'team-written hard variant' && r.split === s).length;
console.log(`  of which hard variants: train ${hard('train')}, tune ${hard('tune')}, test ${hard('test')}`);
console.log(
  `team-titles: ${abstain.length} should-abstain titles ` +
    `(tune ${abstain.filter((r) => r.split === 'tune').length}, ` +
    `test ${abstain.filter((r) => r.split === 'test').length}) → ${abstainOut}`,
);
