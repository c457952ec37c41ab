/**
 * Test helper: writes the facts of a Woo request as the JSON a zaaksysteem (Open Zaak style) would
 * return: a zaak, its audit trail with full objects before and after each change, its statussen and
 * resultaat. Used by the unit tests, the property tests and the test server.
 */
export const BASE = 'http://127.0.0.1:8000';
export const ZAKEN = `${BASE}/zaken/api/v1`;
export const CATALOGI = `${BASE}/catalogi/api/v1`;
export const ZAAKTYPE = `${CATALOGI}/zaaktypen/0b0d7f0a-4f39-4a43-9d8b-5b0c1c3e9a01`;
export const STATUSTYPEN = [
  {
    url: `${CATALOGI}/statustypen/11111111-1111-4111-8111-111111111111`,
    omschrijving: 'Ontvangen',
    volgnummer: 1,
    isEindstatus: false,
    zaaktype: ZAAKTYPE,
  },
  {
    url: `${CATALOGI}/statustypen/22222222-2222-4222-8222-222222222222`,
    omschrijving: 'In behandeling',
    volgnummer: 2,
    isEindstatus: false,
    zaaktype: ZAAKTYPE,
  },
  {
    url: `${CATALOGI}/statustypen/33333333-3333-4333-8333-333333333333`,
    omschrijving: 'Afgehandeld',
    volgnummer: 3,
    isEindstatus: true,
    zaaktype: ZAAKTYPE,
  },
];
export const RESULTAATTYPEN = {
  verstrekt: {
    url: `${CATALOGI}/resultaattypen/44444444-4444-4444-8444-444444444441`,
    omschrijving: 'Verstrekt',
    zaaktype: ZAAKTYPE,
  },
  'deels verstrekt': {
    url: `${CATALOGI}/resultaattypen/44444444-4444-4444-8444-444444444442`,
    omschrijving: 'Deels verstrekt',
    zaaktype: ZAAKTYPE,
  },
  geweigerd: {
    url: `${CATALOGI}/resultaattypen/44444444-4444-4444-8444-444444444443`,
    omschrijving: 'Geweigerd',
    zaaktype: ZAAKTYPE,
  },
  'niet aanwezig': {
    url: `${CATALOGI}/resultaattypen/44444444-4444-4444-8444-444444444444`,
    omschrijving: 'Informatie niet aanwezig',
    zaaktype: ZAAKTYPE,
  },
} as const;
export type Wording = keyof typeof RESULTAATTYPEN;

/** Milliseconds since 1970 of a wall-clock time in Europe/Amsterdam. */
export function amsterdamToMs(date: string, hour: number, minute: number): number {
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    hour,
    minute,
  );
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const offset of [2, 1]) {
    const ms = wall - offset * 3_600_000;
    const p = Object.fromEntries(fmt.formatToParts(ms).map((x) => [x.type, x.value]));
    if (
      `${p['year']}-${p['month']}-${p['day']}` === date &&
      Number(p['hour']) === hour &&
      Number(p['minute']) === minute
    )
      return ms;
  }
  return wall - 3_600_000; // a wall time skipped by the change to summer time
}

/** How a moment is written: UTC with microseconds (Open Zaak), with the Dutch offset, or without offset. */
export type StampStyle = 'utc' | 'offset' | 'naive';

export function stamp(date: string, hour: number, minute: number, style: StampStyle): string {
  const ms = amsterdamToMs(date, hour, minute);
  if (style === 'utc') return new Date(ms).toISOString().replace('.000Z', '.123456Z');
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  if (style === 'naive') return `${date}T${hh}:${mm}:00`;
  const offsetMin = Math.round(
    (Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute) - ms) /
      60_000,
  );
  return `${date}T${hh}:${mm}:00+${String(offsetMin / 60).padStart(2, '0')}:00`;
}

export const addDays = (iso: string, n: number): string =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + n))
    .toISOString()
    .slice(0, 10);

/** One thing that happened to the zaak, at a Dutch wall-clock time. */
export type ZaakEvent =
  | { readonly type: 'suspend'; readonly reden: string }
  | { readonly type: 'resume' }
  | { readonly type: 'extend'; readonly duur: string }
  | { readonly type: 'touch' }
  | { readonly type: 'decide'; readonly wording: Wording };

export interface Timed {
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
  readonly event: ZaakEvent;
}

export interface BuildOptions {
  readonly uuid?: string;
  readonly identificatie?: string;
  readonly receivedOn: string;
  readonly events: readonly Timed[];
  readonly style?: (i: number) => StampStyle;
  /** Write only the changed fields in wijzigingen (partial_update bodies), for entry i. */
  readonly partial?: (i: number) => boolean;
  readonly uiterlijkeEinddatumAfdoening?: string;
}

/** Builds the ZaakBundle (zaak, zaaktype, audittrail, statussen, statustypen, resultaat, resultaattype). */
export function buildZaak(o: BuildOptions) {
  const uuid = o.uuid ?? '9f0e2a52-7c44-4b8e-9a77-0c1d2e3f4a5b';
  const url = `${ZAKEN}/zaken/${uuid}`;
  const style = o.style ?? (() => 'utc' as const);
  let state: Record<string, unknown> = {
    url,
    uuid,
    identificatie: o.identificatie ?? 'WOO-2025-0001',
    bronorganisatie: '002220647',
    omschrijving: 'Woo-verzoek over de herinrichting van het stationsplein',
    toelichting: '',
    zaaktype: ZAAKTYPE,
    registratiedatum: o.receivedOn,
    verantwoordelijkeOrganisatie: '002220647',
    startdatum: o.receivedOn,
    einddatum: null,
    einddatumGepland: null,
    uiterlijkeEinddatumAfdoening: o.uiterlijkeEinddatumAfdoening ?? addDays(o.receivedOn, 28),
    verlenging: { reden: '', duur: null },
    opschorting: { indicatie: false, reden: '' },
    status: null,
    resultaat: null,
  };
  const audittrail: Record<string, unknown>[] = [];
  const statussen: Record<string, unknown>[] = [];
  let resultaat: Record<string, unknown> | null = null;
  let resultaattype: Record<string, unknown> | null = null;
  let n = 0;
  const entry = (actie: string, resource: string, resourceUrl: string, at: string, oud: unknown, nieuw: unknown) => {
    n += 1;
    audittrail.push({
      uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      bron: 'zrc',
      applicatieId: 'woo-kit-test',
      applicatieWeergave: 'woo-kit test',
      gebruikersId: 'behandelaar',
      gebruikersWeergave: 'Behandelaar',
      actie,
      actieWeergave: actie,
      resultaat: actie === 'create' ? 201 : 200,
      hoofdObject: url,
      resource,
      resourceUrl,
      toelichting: '',
      resourceWeergave: resource === 'zaak' ? String(state['identificatie']) : resource,
      aanmaakdatum: at,
      wijzigingen: { oud, nieuw },
    });
  };
  entry('create', 'zaak', url, stamp(o.receivedOn, 9, 0, style(0)), null, { ...state });
  const statusAt = (type: number, at: string) => {
    const s = {
      url: `${ZAKEN}/statussen/55555555-5555-4555-8555-${String(statussen.length + 1).padStart(12, '0')}`,
      uuid: `55555555-5555-4555-8555-${String(statussen.length + 1).padStart(12, '0')}`,
      zaak: url,
      statustype: STATUSTYPEN[type]!.url,
      datumStatusGezet: at,
      statustoelichting: '',
    };
    statussen.push(s);
    entry('create', 'status', s.url, at, null, s);
    return s;
  };
  statusAt(0, stamp(o.receivedOn, 9, 1, 'utc'));
  o.events.forEach((t, i) => {
    const at = stamp(t.date, t.hour, t.minute, style(i + 1));
    const before = state;
    const ev = t.event;
    let patch: Record<string, unknown>;
    if (ev.type === 'suspend') patch = { opschorting: { indicatie: true, reden: ev.reden } };
    else if (ev.type === 'resume') patch = { opschorting: { indicatie: false, reden: '' } };
    else if (ev.type === 'extend') patch = { verlenging: { reden: 'Omvang van de documenten', duur: ev.duur } };
    else if (ev.type === 'touch') patch = { toelichting: `bijgewerkt ${i}` };
    else {
      const rt = RESULTAATTYPEN[ev.wording];
      resultaattype = { ...rt };
      resultaat = {
        url: `${ZAKEN}/resultaten/66666666-6666-4666-8666-666666666666`,
        uuid: '66666666-6666-4666-8666-666666666666',
        zaak: url,
        resultaattype: rt.url,
        toelichting: '',
      };
      entry('create', 'resultaat', String(resultaat['url']), at, null, resultaat);
      const s = statusAt(2, at);
      patch = { status: s.url, resultaat: resultaat['url'], einddatum: t.date };
    }
    state = { ...state, ...patch };
    const partial = o.partial?.(i + 1) ?? false;
    const oud = partial ? Object.fromEntries(Object.keys(patch).map((k) => [k, before[k]])) : before;
    const nieuw = partial ? patch : state;
    entry('partial_update', 'zaak', url, at, oud, nieuw);
  });
  return {
    zaak: state,
    zaaktype: {
      url: ZAAKTYPE,
      identificatie: 'WOO-VERZOEK',
      omschrijving: 'Woo-verzoek',
      doorlooptijd: 'P28D',
      opschortingEnAanhoudingMogelijk: true,
      verlengingMogelijk: true,
      verlengingstermijn: 'P14D',
    },
    audittrail,
    statussen,
    statustypen: STATUSTYPEN,
    resultaat,
    resultaattype,
  };
}
