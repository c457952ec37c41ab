/**
 * Sample data for the demo site of the fictitious "Gemeente Voorbeeld": publications in every
 * information category, and a year of Woo requests with realistic timings (some clarified, some
 * with a zienswijze, some postponed, some late, a few still open). Deterministic: the same seed
 * always gives the same data, so screenshots and tests are stable.
 */
import { addDays, informationCategories, type DecisionOutcome, type Publication, type WooRequest, type WooRequestEvent } from '@woo-kit/core';
import { computeDeadline, type DeadlineInput } from '@woo-kit/deadlines';

/** A small seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
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

/** Titles per information category, with the TOOI document type that fits. */
const PUBLICATIONS: Record<string, readonly (readonly [string, string | undefined])[]> = {
  c_139c6280: [['Verordening afvalstoffenheffing 2025', 'c_81cc2eb5'], ['Parkeerverordening Voorbeeld 2024', 'c_81cc2eb5']],
  c_aab6bfc7: [['Beleidsregel bijzondere bijstand 2025', 'c_fbaa7e4b'], ['Beleidsregels handhaving kamerverhuur', 'c_fbaa7e4b']],
  c_759721e2: [['Ontwerpverordening Omgevingsplan, met de vraag om advies', undefined]],
  c_40a05794: [['Organisatiebesluit gemeente Voorbeeld 2025', 'c_9ecc0007'], ['Mandaatregister 2025', undefined]],
  c_89ee6784: [['Contactgegevens en hoe u informatie opvraagt', 'c_9ecc0007']],
  c_8c840238: [['Ingekomen stuk: brief van de bewonersvereniging over verkeer', 'c_de27ae7a'], ['Lijst van ingekomen stukken raad maart 2025', 'c_de27ae7a']],
  c_c76862ab: [['Kamerbrief over de uitvoering van de Woo', undefined]],
  c_db4862c3: [['Raadsvoorstel vaststelling begroting 2025', 'c_7f9dffa7'], ['Verslag van de raadsvergadering van 5 juni 2025', 'c_42e406dd']],
  c_3a248e3a: [['Besluitenlijst college van B en W 12 maart 2025', 'c_d4a4792f'], ['Agenda collegevergadering 19 maart 2025', 'c_f90465b3']],
  c_99a836c7: [['Advies van de Adviesraad Sociaal Domein over de Wmo', 'c_d506b718'], ['Adviesaanvraag aan de Rekenkamer over het armoedebeleid', 'c_a40458df']],
  c_8fc2335c: [['Convenant Veilig Uitgaan Binnenstad', 'c_386e74cb']],
  c_c6cd1213: [['Jaarverslag 2024 gemeente Voorbeeld', 'c_3d782f30'], ['Jaarplan handhaving 2025', 'c_a6f44748']],
  c_cf268088: [['Subsidieverplichting aan de Stichting Buurtwerk (geen beschikking)', undefined]],
  c_3baef532: [['Besluit op Woo-verzoek over het Stationsplein', 'c_4f50ca9c'], ['Woo-verzoek over de fietsbrug', 'c_1cf18f83']],
  c_fdaee95e: [['Onderzoeksrapport naar de kosten van de jeugdzorg', 'c_6f49bf34'], ['Evaluatie van het parkeerbeleid', 'c_6f49bf34']],
  c_46a81018: [['Omgevingsvergunning Dorpsstraat 12', 'c_93b0d113'], ['Subsidiebeschikking Stichting Speeltuin Noord', 'c_aebfec50']],
  c_a870c43d: [['Klachtoordeel over de behandeling van een bezwaar', undefined]],
  c_816e508d: [['Persbericht: nieuwe fietsbrug open', undefined], ['Presentatie informatieavond Stadspark', undefined]],
};

/** Publications across every information category. */
export function samplePublications(options: SampleOptions): Publication[] {
  const next = random(options.seed ?? 42);
  const list: Publication[] = [];
  for (const category of informationCategories) {
    const titles = PUBLICATIONS[category.code] ?? [];
    titles.forEach(([title, documentType], i) => {
      const created = addDays(options.today, -Math.floor(next() * 360) - 1);
      const id = `voorbeeld-${category.article.replace(/\./g, '')}-${i + 1}`;
      list.push({
        id,
        url: `${options.baseUrl}publicaties/${id}`,
        officialTitle: title,
        description: `${title}. Gepubliceerd door ${options.publisherName}.`,
        informationCategories: [category.code],
        ...(documentType ? { documentType } : {}),
        publisher: { name: options.publisherName, uri: options.publisherUri },
        creationDate: created,
        documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: `${created}T10:00:00+01:00` }],
        language: 'NLD',
        format: 'PDF',
      });
    });
  }
  return list;
}

const OUTCOMES: readonly DecisionOutcome[] = ['disclosed', 'partlyDisclosed', 'partlyDisclosed', 'refused', 'notHeld', 'alreadyPublic'];

/** A year of requests before `today`, with events in date order and realistic handling times. */
export function sampleRequests(options: SampleOptions, count = 60): WooRequest[] {
  const next = random((options.seed ?? 42) + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const requests: WooRequest[] = [];
  const start = addDays(options.today, -365);
  for (let i = 0; i < count; i++) {
    const receivedOn = addDays(start, Math.floor((i / count) * 350 + next() * 5));
    const events: WooRequestEvent[] = [];
    const input: { receivedOn: string; postponedOn?: string; suspensions: { kind: 'aanvulling' | 'zienswijze'; notifiedOn: string; endedOn: string }[] } = {
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
      events.push({ type: 'zienswijzeAsked', on: asked, answerBy: addDays(asked, 14) }, { type: 'zienswijzeReceived', on: received });
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
        ...(outcome === 'partlyDisclosed' || outcome === 'refused' ? { grounds: [pick(['5.1.2e', '5.1.2i', '5.2', '5.1.2f'] as const)] } : {}),
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
