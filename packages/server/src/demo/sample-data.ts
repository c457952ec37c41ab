/**
 * Sample data for the demo site of the fictitious "Gemeente Voorbeeld": publications in every
 * information category, and a year of Woo requests with realistic timings (some clarified, some
 * with a zienswijze, some postponed, some late, a few still open). Deterministic: the same seed
 * always gives the same data, so screenshots and tests are stable.
 */
import {
  addDays,
  DUTCH_MONTH_NAMES,
  formatDutchDate,
  informationCategories,
  type DecisionOutcome,
  type Publication,
  type WooRequest,
  type WooRequestEvent,
} from '@woo-kit/core';
import { computeDeadline, type DeadlineInput } from '@woo-kit/deadlines';

/** A small seeded pseudo-random generator (mulberry32): the same data on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  /** TOOI URI of the publisher. The demo uses a former municipality's code so the sitemap validates. */
  readonly publisherUri: string;
  readonly publisherName: string;
  /** The day "today" is for the demo (`YYYY-MM-DD`): requests end on it. */
  readonly today: string;
  readonly baseUrl: string;
  readonly seed?: number;
}

const SUBJECTS = [
  'alle e-mails over de herinrichting van het Stationsplein',
  'de verslagen van het overleg over de nieuwe fietsbrug',
  'de adviezen over de sluiting van het zwembad',
  'de kosten van het nieuwe stadskantoor',
  'de klachten over geluidsoverlast bij het evenemententerrein',
  'de afspraken met de woningcorporaties over nieuwbouw',
  'de besluiten over de kap van bomen in het Stadspark',
  'de contracten voor het ophalen van afval',
  'de evaluatie van het parkeerbeleid in de binnenstad',
  'de subsidies aan sportverenigingen in 2024',
  'de correspondentie over de opvang van asielzoekers',
  'de onderzoeken naar de luchtkwaliteit bij de school',
];

const STREETS = [
  'Dorpsstraat 12',
  'Kerkweg 4',
  'Molenlaan 31',
  'Havenkade 7',
  'Beukenlaan 18',
  'Schoolstraat 2a',
  'Parallelweg 55',
  'Nieuwe Gracht 9',
];
const CLUBS = [
  'Stichting Speeltuin Noord',
  'Voetbalvereniging VV Voorbeeld',
  'Muziekvereniging Excelsior',
  'Stichting Buurtwerk Oost',
  'Voedselbank Voorbeeld',
];
const TOPICS = [
  ['de herinrichting van het Stationsplein', 'het ontwerp, de verkeerstellingen en de reacties van omwonenden'],
  ['de nieuwe fietsbrug over de Vaart', 'de aanbesteding, de planning en de kosten'],
  ['de sluiting van zwembad De Vijfhoek', 'de adviezen over het onderhoud en de gevolgen voor de verenigingen'],
  ['geluidsoverlast bij het evenemententerrein', 'de meldingen, de metingen en de afspraken met de organisatoren'],
  ['de kap van bomen in het Stadspark', 'de bomeninventarisatie en de vergunning voor de kap'],
  [
    'de opvang van asielzoekers in de voormalige school',
    'de afspraken met het COA en de verslagen van de bewonersavonden',
  ],
] as const;

/** The `i`th of a list, round and round. */
const nth = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/**
 * What a municipality publishes, by kind: how often in a year, its category (Woo 3.3), TOOI document type, title and
 * description.
 */
interface Kind {
  readonly category: string;
  readonly documentType?: string;
  /** How many in the sample year. */
  readonly count: number;
  /** The title and description of the `i`th of its kind, created on `day`. */
  readonly title: (day: string, i: number) => string;
  readonly description: (day: string, i: number) => string;
}

const KINDS: readonly Kind[] = [
  // Vergaderstukken college (Woo 3.3 lid 2 sub d): a list of decisions after each weekly meeting.
  {
    category: 'c_3a248e3a',
    documentType: 'c_d4a4792f',
    count: 12,
    title: (d) => `Besluitenlijst collegevergadering ${formatDutchDate(addDays(d, -2))}`,
    description: (d) =>
      `Wat het college van burgemeester en wethouders op ${formatDutchDate(addDays(d, -2))} heeft besloten, met per ` +
      `besluit het onderwerp en de portefeuillehouder.`,
  },
  {
    category: 'c_3a248e3a',
    documentType: 'c_f90465b3',
    count: 3,
    title: (d) => `Agenda collegevergadering ${formatDutchDate(addDays(d, 5))}`,
    description: () => 'De onderwerpen die het college bespreekt. De stukken bij openbare besluiten staan erbij.',
  },
  // Vergaderstukken gemeenteraad (Woo 3.3 lid 2 sub c).
  {
    category: 'c_db4862c3',
    documentType: 'c_7f9dffa7',
    count: 5,
    title: (_, i) =>
      nth(
        [
          'Raadsvoorstel kadernota',
          'Raadsvoorstel krediet vervanging riolering Molenwijk',
          'Raadsvoorstel woonvisie',
          'Raadsvoorstel aanpassing tarieven afvalstoffenheffing',
          'Raadsvoorstel verbouwing bibliotheek',
        ],
        i,
      ),
    description: () => 'Het voorstel van het college aan de gemeenteraad, met de bijlagen en het ontwerpbesluit.',
  },
  {
    category: 'c_db4862c3',
    documentType: 'c_42e406dd',
    count: 3,
    title: (d) => `Verslag van de raadsvergadering van ${formatDutchDate(addDays(d, -10))}`,
    description: () =>
      'Wie wat zei in de vergadering van de gemeenteraad, en hoe er over de moties en amendementen is gestemd.',
  },
  // Woo-verzoeken en besluiten daarop (Woo 3.3 lid 2 sub i).
  {
    category: 'c_3baef532',
    documentType: 'c_4f50ca9c',
    count: 8,
    title: (_, i) => `Besluit op Woo-verzoek over ${nth(TOPICS, i)[0]}`,
    description: (_, i) =>
      `Het besluit op een verzoek om ${nth(TOPICS, i)[1]}, met de openbaar gemaakte documenten. Namen van ` +
      `inwoners en medewerkers zijn weggelakt (Woo 5.1 lid 2 sub e).`,
  },
  // Beschikkingen (Woo 3.3 lid 2 sub k).
  {
    category: 'c_46a81018',
    documentType: 'c_93b0d113',
    count: 5,
    title: (_, i) => `Omgevingsvergunning ${nth(STREETS, i)}`,
    description: () =>
      'Vergunning voor het verbouwen en uitbreiden van een woning. U kunt binnen 6 weken na de bekendmaking ' +
      'bezwaar maken.',
  },
  {
    category: 'c_46a81018',
    documentType: 'c_aebfec50',
    count: 3,
    title: (_, i) => `Subsidiebeschikking ${nth(CLUBS, i)}`,
    description: () =>
      'De beschikking over de subsidie voor dit jaar: het bedrag, waarvoor het is en wat de organisatie ervoor doet.',
  },
  // Ingekomen stukken gemeenteraad (Woo 3.3 lid 2 sub b).
  {
    category: 'c_8c840238',
    documentType: 'c_de27ae7a',
    count: 3,
    title: (d) => `Lijst van ingekomen stukken raad ${DUTCH_MONTH_NAMES[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`,
    description: () =>
      'Brieven aan de gemeenteraad van deze maand, met per brief het voorstel hoe de raad ermee omgaat.',
  },
  // Onderzoeksrapporten (Woo 3.3 lid 2 sub j), adviezen (sub e), convenanten (sub f), jaarverslagen (sub g).
  {
    category: 'c_fdaee95e',
    documentType: 'c_6f49bf34',
    count: 2,
    title: (_, i) =>
      nth(['Onderzoek naar de kosten van de jeugdzorg', 'Evaluatie van het parkeerbeleid in de binnenstad'], i),
    description: () => 'Het rapport van een extern bureau, met de conclusies en wat het college ermee gaat doen.',
  },
  {
    category: 'c_99a836c7',
    documentType: 'c_d506b718',
    count: 1,
    title: () => 'Advies van de Adviesraad Sociaal Domein over de Wmo',
    description: () =>
      'De adviesraad vindt de nieuwe regels voor hulp bij het huishouden te streng voor mensen met een laag inkomen.',
  },
  {
    category: 'c_8fc2335c',
    documentType: 'c_386e74cb',
    count: 1,
    title: () => 'Convenant Veilig Uitgaan Binnenstad',
    description: () =>
      'Afspraken tussen de gemeente, de politie en de horeca over toezicht en openingstijden in het uitgaansgebied.',
  },
  {
    category: 'c_c6cd1213',
    documentType: 'c_3d782f30',
    count: 1,
    title: (d) => `Jaarverslag ${Number(d.slice(0, 4)) - 1}`,
    description: () => 'Wat de gemeente vorig jaar heeft gedaan en uitgegeven, per programma van de begroting.',
  },
  // Wetgeving (Woo 3.3 lid 1 sub a), beleidsregels (lid 2 sub a), organisatie (lid 1 sub c), bereikbaarheid (lid 1 sub
  // d).
  {
    category: 'c_139c6280',
    documentType: 'c_81cc2eb5',
    count: 2,
    title: (d, i) =>
      nth([`Verordening afvalstoffenheffing ${d.slice(0, 4)}`, `Parkeerverordening ${d.slice(0, 4)}`], i),
    description: (_, i) =>
      nth(
        [
          'De tarieven voor het ophalen van huisvuil en hoe u vermindering of kwijtschelding aanvraagt.',
          'Waar u betaald parkeert, wat een vergunning voor bewoners kost en hoe u die aanvraagt.',
        ],
        i,
      ),
  },
  {
    category: 'c_759721e2',
    documentType: 'c_a40458df',
    count: 1,
    title: (d) => `Ontwerp-Verordening maatschappelijke ondersteuning ${Number(d.slice(0, 4)) + 1}, voor advies`,
    description: () =>
      'Het ontwerp van de nieuwe Wmo-verordening dat het college voor advies aan de Adviesraad Sociaal Domein ' +
      'heeft gestuurd, met de vragen aan de adviesraad.',
  },
  {
    category: 'c_aab6bfc7',
    documentType: 'c_fbaa7e4b',
    count: 2,
    title: (_, i) => nth(['Beleidsregel bijzondere bijstand', 'Beleidsregels handhaving kamerverhuur'], i),
    description: (_, i) =>
      nth(
        [
          'Wanneer u bijzondere bijstand krijgt voor kosten die u zelf niet kunt betalen, en tot welk bedrag.',
          'Wanneer de gemeente optreedt tegen kamerverhuur zonder vergunning, en welke boete daarbij hoort.',
        ],
        i,
      ),
  },
  {
    category: 'c_40a05794',
    documentType: 'c_9ecc0007',
    count: 1,
    title: () => 'Mandaatregister gemeente Voorbeeld',
    description: () =>
      'Welke medewerkers namens het college of de burgemeester mogen besluiten, en over welke onderwerpen.',
  },
  {
    category: 'c_89ee6784',
    count: 1,
    title: () => 'Contactgegevens en hoe u informatie opvraagt',
    description: () =>
      'Het adres, het telefoonnummer en de openingstijden van het stadhuis, en hoe u een Woo-verzoek indient.',
  },
  {
    category: 'c_a870c43d',
    count: 1,
    title: () => 'Klachtoordeel over de afhandeling van een melding openbare ruimte',
    description: () => 'De klacht was gegrond: de melding over een losliggende stoeptegel bleef te lang liggen.',
  },
  {
    category: 'c_816e508d',
    count: 2,
    title: (_, i) => nth(['Presentatie informatieavond Stadspark', 'Persbericht: de nieuwe fietsbrug is open'], i),
    description: (_, i) =>
      nth(
        [
          'De plaatjes en plannen die op de informatieavond over het Stadspark zijn getoond.',
          'De fietsbrug over de Vaart is open; fietsers zijn vijf minuten sneller in het centrum.',
        ],
        i,
      ),
  },
];

/**
 * A year of publications in the mix a municipality of about 50,000 people has: many lists of
 * decisions and Woo decisions, some permits and council proposals, one annual report. Titles and
 * descriptions say what is in the document; every date lies before `today`.
 */
export function samplePublications(options: SampleOptions): Publication[] {
  const next = random(options.seed ?? 42);
  const list: Publication[] = [];
  for (const kind of KINDS) {
    const category = informationCategories.find((c) => c.code === kind.category)!;
    for (let i = 0; i < kind.count; i++) {
      // Spread over the year, the oldest first, never today or later.
      const created = addDays(options.today, -Math.floor(((kind.count - i - 1 + next()) / kind.count) * 360) - 1);
      const id = `voorbeeld-${category.article.replace(/\./g, '')}-${kind.documentType ?? 'x'}-${i + 1}`;
      list.push({
        id,
        url: `${options.baseUrl}publicaties/${id}`,
        officialTitle: kind.title(created, i),
        description: kind.description(created, i),
        informationCategories: [category.code],
        ...(kind.documentType ? { documentType: kind.documentType } : {}),
        publisher: { name: options.publisherName, uri: options.publisherUri },
        creationDate: created,
        documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: `${created}T10:00:00+01:00` }],
        language: 'NLD',
        format: 'PDF',
      });
    }
  }
  return list.sort((a, b) => (a.creationDate! < b.creationDate! ? 1 : a.creationDate! > b.creationDate! ? -1 : 0));
}

const OUTCOMES: readonly DecisionOutcome[] = [
  'disclosed',
  'partlyDisclosed',
  'partlyDisclosed',
  'refused',
  'notHeld',
  'alreadyPublic',
];

/** A year of requests before `today`, with events in date order and realistic handling times. */
export function sampleRequests(options: SampleOptions, count = 60): WooRequest[] {
  const next = random((options.seed ?? 42) + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const requests: WooRequest[] = [];
  const start = addDays(options.today, -365);
  for (let i = 0; i < count; i++) {
    const receivedOn = addDays(start, Math.floor((i / count) * 350 + next() * 5));
    const events: WooRequestEvent[] = [];
    const input: {
      receivedOn: string;
      postponedOn?: string;
      suspensions: { kind: 'aanvulling' | 'zienswijze'; notifiedOn: string; endedOn: string }[];
    } = {
      receivedOn,
      suspensions: [],
    };
    let day = receivedOn;
    if (next() < 0.2) {
      const asked = addDays(day, 3 + Math.floor(next() * 8));
      const answered = addDays(asked, 2 + Math.floor(next() * 10));
      events.push({ type: 'clarificationAsked', on: asked }, { type: 'clarificationAnswered', on: answered });
      input.suspensions.push({ kind: 'aanvulling', notifiedOn: asked, endedOn: answered });
      day = answered;
    }
    if (next() < 0.25) {
      const asked = addDays(day, 5 + Math.floor(next() * 7));
      const received = addDays(asked, 7 + Math.floor(next() * 14));
      events.push(
        { type: 'zienswijzeAsked', on: asked, answerBy: addDays(asked, 14) },
        { type: 'zienswijzeReceived', on: received },
      );
      input.suspensions.push({ kind: 'zienswijze', notifiedOn: asked, endedOn: received });
      day = received;
    }
    const firstTermEnd = computeDeadline(input as DeadlineInput).firstTermEnd;
    if (next() < 0.35) {
      const on = addDays(firstTermEnd, -2 - Math.floor(next() * 5));
      if (on > day) {
        events.push({ type: 'postponed', on });
        input.postponedOn = on;
        day = on;
      }
    }
    const deadline = computeDeadline(input as DeadlineInput).deadline;
    // Most decisions come near the deadline; about a quarter come late, some much later.
    const lateness = next() < 0.27 ? 1 + Math.floor(next() * next() * 60) : -Math.floor(next() * 14);
    const decidedOn = addDays(deadline, lateness);
    if (decidedOn > day && decidedOn < options.today) {
      const outcome = pick(OUTCOMES);
      events.push({
        type: 'decided',
        on: decidedOn,
        outcome,
        ...(outcome === 'partlyDisclosed' || outcome === 'refused'
          ? { grounds: [pick(['5.1.2e', '5.1.2i', '5.2', '5.1.2f'] as const)] }
          : {}),
      });
      if ((outcome === 'disclosed' || outcome === 'partlyDisclosed') && addDays(decidedOn, 14) < options.today) {
        events.push({ type: 'released', on: addDays(decidedOn, 14) });
      }
    }
    requests.push({
      id: `WOO-${receivedOn.slice(0, 4)}-S${String(i + 1).padStart(3, '0')}`,
      receivedOn,
      submittedOn: receivedOn,
      channel: pick(['webForm', 'webForm', 'email', 'post'] as const),
      subject: `Ik vraag ${pick(SUBJECTS)}.`,
      preferredResponse: next() < 0.8 ? 'documents' : 'answer',
      ...(next() < 0.1 ? { agreedDeadline: addDays(deadline, 21) } : {}),
      // The demo never shows an event after today (a zienswijze "received" next week): events are in
      // date order, so dropping the later ones leaves a consistent history.
      events: events.filter((event) => event.on <= options.today),
    });
  }
  return requests;
}
