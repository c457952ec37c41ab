/**
 * A local test server (127.0.0.1 only) implementing the part of the Zaken API 1.5.1 and Catalogi API
 * 1.3.1 woo-kit uses. Every request it gets and every answer it gives is validated against the
 * official OpenAPI documents in specs/ (openapi.ts): a request that does not meet them gets 400, an
 * answer that does not is replaced by a 500, and both are recorded in `problems`, which tests check
 * is empty. So the server cannot drift from the standard without the tests noticing.
 *
 * It checks the ZGW JWT (HS256, client id and secret) like a real Zaken API, writes an audit trail
 * entry with the whole zaak before and after each change (as Open Zaak does), and can misbehave on
 * request: fail, hang, or fail after creating a zaak.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { jwtVerify } from 'jose';
import { check, loadApis } from './openapi.js';

export interface ServerOptions {
  readonly clientId: string;
  readonly secret: string;
  /** Items per page of a list (default 2, so paging is exercised). */
  readonly pageSize?: number;
}

type Obj = Record<string, unknown>;

export interface ZgwTestServer {
  readonly base: string;
  readonly zakenUrl: string;
  readonly catalogiUrl: string;
  readonly zaaktype: string;
  readonly statustypen: readonly Obj[];
  readonly resultaattypen: Readonly<Record<string, Obj>>;
  /** The zaaktype's roltype with omschrijvingGeneriek `initiator`. */
  readonly roltype: string;
  /** Every zaak in the store (for assertions). */
  zaken(): Obj[];
  /** Every rol in the store (for assertions). */
  rollen(): Obj[];
  /** While true, every request gets 503 without anything being done (the zaaksysteem is down). */
  down: boolean;
  /** Problems found by validating requests and answers against the documents (empty when all is well). */
  readonly problems: string[];
  /** Every request received: method, path and query. */
  readonly log: { method: string; path: string; status: number }[];
  /** The time the server writes in audit entries and statussen (ms since 1970); tests move it. */
  now: number;
  /**
   * The next `n` requests get HTTP `status` (503 by default) without doing anything, with `Retry-After` when given (s).
   */
  failNext(n: number, status?: number, retryAfterSeconds?: number): void;
  /** The next `n` requests get no answer for `ms` ms. */
  hangNext(n: number, ms: number): void;
  /** The next zaak POST creates the zaak and then answers 500 (the "slow zaaksysteem" case). */
  failAfterCreate(): void;
  /** Adds a zaak straight into the store (for the report tests); returns its URL. */
  seedZaak(zaak: Obj, audittrail: readonly Obj[], statussen?: readonly Obj[], resultaat?: Obj): string;
  close(): Promise<void>;
}

const RSIN = '002220647';

export async function startZgwServer(options: ServerOptions): Promise<ZgwTestServer> {
  const apis = await loadApis();
  const key = new TextEncoder().encode(options.secret);
  const pageSize = options.pageSize ?? 2;
  const zaken = new Map<string, Obj>();
  const audit = new Map<string, Obj[]>();
  const statussen = new Map<string, Obj>();
  const resultaten = new Map<string, Obj>();
  const rollen = new Map<string, Obj>();
  const problems: string[] = [];
  const log: { method: string; path: string; status: number }[] = [];
  let fail = 0;
  let failStatus = 503;
  let failRetryAfter: number | undefined;
  let hang = 0;
  let hangMs = 0;
  let failCreate = false;

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const zakenUrl = `${base}/zaken/api/v1`;
  const catalogiUrl = `${base}/catalogi/api/v1`;
  const catalogus = `${catalogiUrl}/catalogussen/${randomUUID()}`;
  const zaaktypeUuid = randomUUID();
  const zaaktype = `${catalogiUrl}/zaaktypen/${zaaktypeUuid}`;
  const statustypeUrl = (n: number) => `${catalogiUrl}/statustypen/0000000${n}-aaaa-4aaa-8aaa-aaaaaaaaaaaa`;
  const statustypen = ['Ontvangen', 'In behandeling', 'Afgehandeld'].map((omschrijving, i) => ({
    url: statustypeUrl(i + 1),
    omschrijving,
    omschrijvingGeneriek: omschrijving,
    statustekst: '',
    zaaktype,
    zaaktypeIdentificatie: 'WOO-VERZOEK',
    volgnummer: i + 1,
    isEindstatus: i === 2,
    informeren: false,
    doorlooptijd: null,
    toelichting: null,
    checklistitemStatustype: [],
    catalogus,
    eigenschappen: [],
    zaakobjecttypen: [],
    beginGeldigheid: null,
    eindeGeldigheid: null,
    beginObject: '2024-01-01',
    eindeObject: '2099-12-31',
  }));
  const resultaattypen: Record<string, Obj> = {};
  for (const [i, omschrijving] of ['Verstrekt', 'Deels verstrekt', 'Geweigerd', 'Niet aanwezig'].entries()) {
    const uuid = `0000000${i + 1}-bbbb-4bbb-8bbb-bbbbbbbbbbbb`;
    resultaattypen[omschrijving.toLowerCase()] = {
      url: `${catalogiUrl}/resultaattypen/${uuid}`,
      zaaktype,
      zaaktypeIdentificatie: 'WOO-VERZOEK',
      omschrijving,
      resultaattypeomschrijving:
        'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94e9b5e55',
      omschrijvingGeneriek: 'Verleend',
      selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829',
      toelichting: '',
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P5Y',
      brondatumArchiefprocedure: {
        afleidingswijze: 'afgehandeld',
        datumkenmerk: '',
        einddatumBekend: false,
        objecttype: '',
        registratie: '',
        procestermijn: null,
      },
      procesobjectaard: '',
      catalogus,
      besluittypen: [],
      besluittypeOmschrijving: [],
      informatieobjecttypen: [],
      informatieobjecttypeOmschrijving: [],
      beginGeldigheid: null,
      eindeGeldigheid: null,
      beginObject: '2024-01-01',
      eindeObject: '2099-12-31',
      indicatieSpecifiek: null,
      procestermijn: null,
    };
  }
  const roltypeUuid = '00000001-cccc-4ccc-8ccc-cccccccccccc';
  const roltypeObject: Obj = {
    url: `${catalogiUrl}/roltypen/${roltypeUuid}`,
    zaaktype,
    zaaktypeIdentificatie: 'WOO-VERZOEK',
    omschrijving: 'Verzoeker',
    omschrijvingGeneriek: 'initiator',
    catalogus,
    beginGeldigheid: null,
    eindeGeldigheid: null,
    beginObject: '2024-01-01',
    eindeObject: '2099-12-31',
  };
  const zaaktypeObject: Obj = {
    url: zaaktype,
    identificatie: 'WOO-VERZOEK',
    omschrijving: 'Woo-verzoek',
    omschrijvingGeneriek: '',
    vertrouwelijkheidaanduiding: 'openbaar',
    doel: 'Beslissen op een verzoek om publieke informatie (Woo)',
    aanleiding: 'Een verzoek om publieke informatie',
    toelichting: '',
    indicatieInternOfExtern: 'extern',
    handelingInitiator: 'indienen',
    onderwerp: 'Woo-verzoek',
    handelingBehandelaar: 'behandelen',
    doorlooptijd: 'P28D',
    servicenorm: null,
    opschortingEnAanhoudingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: 'P14D',
    trefwoorden: [],
    publicatieIndicatie: false,
    publicatietekst: '',
    verantwoordingsrelatie: [],
    productenOfDiensten: [],
    selectielijstProcestype:
      'https://selectielijst.openzaak.nl/api/v1/procestypen/aa8aa2fd-b9c6-4e34-9a6c-58a677f60ea0',
    referentieproces: { naam: 'Woo-verzoek' },
    concept: false,
    verantwoordelijke: 'gemeente',
    beginGeldigheid: '2024-01-01',
    eindeGeldigheid: null,
    beginObject: '2024-01-01',
    eindeObject: '2099-12-31',
    versiedatum: '2024-01-01',
    catalogus,
    statustypen: statustypen.map((s) => s.url),
    resultaattypen: Object.values(resultaattypen).map((r) => r['url']),
    eigenschappen: [],
    informatieobjecttypen: [],
    roltypen: [roltypeObject['url']],
    besluittypen: [],
    deelzaaktypen: [],
    gerelateerdeZaaktypen: [],
    zaakobjecttypen: [],
  };

  const state = {
    base,
    zakenUrl,
    catalogiUrl,
    zaaktype,
    statustypen,
    resultaattypen,
    roltype: roltypeObject['url'] as string,
    zaken: () => [...zaken.values()],
    rollen: () => [...rollen.values()],
    down: false,
    problems,
    log,
    now: Date.UTC(2025, 2, 3, 9, 0),
    failNext(n: number, status = 503, retryAfterSeconds?: number) {
      fail = n;
      failStatus = status;
      failRetryAfter = retryAfterSeconds;
    },
    hangNext(n: number, ms: number) {
      hang = n;
      hangMs = ms;
    },
    failAfterCreate() {
      failCreate = true;
    },
    seedZaak(z: Obj, trail: readonly Obj[], st: readonly Obj[] = [], resultaat?: Obj) {
      const uuid = randomUUID();
      const url = `${zakenUrl}/zaken/${uuid}`;
      zaken.set(uuid, fullZaak({ ...z, url, uuid }));
      audit.set(
        uuid,
        trail.map((e) => ({ ...e, uuid: randomUUID(), hoofdObject: url, resourceUrl: url })),
      );
      for (const s of st) {
        const su = randomUUID();
        statussen.set(su, { ...s, url: `${zakenUrl}/statussen/${su}`, uuid: su, zaak: url });
      }
      if (resultaat) {
        const ru = randomUUID();
        const rurl = `${zakenUrl}/resultaten/${ru}`;
        resultaten.set(ru, { ...resultaat, url: rurl, uuid: ru, zaak: url });
        zaken.get(uuid)!['resultaat'] = rurl;
      }
      return url;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const stamp = (): string => new Date(state.now).toISOString().replace('Z', '000Z');
  const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

  /** A zaak with every field the document requires in an answer. */
  function fullZaak(z: Obj): Obj {
    return {
      identificatie: '',
      omschrijving: '',
      toelichting: '',
      registratiedatum: z['startdatum'],
      einddatum: null,
      einddatumGepland: null,
      uiterlijkeEinddatumAfdoening: null,
      publicatiedatum: null,
      productenOfDiensten: [],
      vertrouwelijkheidaanduiding: 'openbaar',
      betalingsindicatie: '',
      betalingsindicatieWeergave: '',
      laatsteBetaaldatum: null,
      zaakgeometrie: null,
      verlenging: null,
      opschorting: { indicatie: false, reden: '' },
      hoofdzaak: null,
      deelzaken: [],
      relevanteAndereZaken: [],
      eigenschappen: [],
      rollen: [],
      status: null,
      zaakinformatieobjecten: [],
      zaakobjecten: [],
      kenmerken: [],
      archiefnominatie: null,
      archiefstatus: 'nog_te_archiveren',
      archiefactiedatum: null,
      resultaat: null,
      opdrachtgevendeOrganisatie: '',
      processobjectaard: '',
      startdatumBewaartermijn: null,
      processobject: null,
      ...z,
    };
  }

  function addAudit(
    uuid: string,
    actie: string,
    resource: string,
    resourceUrl: string,
    oud: unknown,
    nieuw: unknown,
    resultaat: number,
  ): void {
    const zaakUrl = `${zakenUrl}/zaken/${uuid}`;
    const list = audit.get(uuid) ?? [];
    list.push({
      uuid: randomUUID(),
      bron: 'zrc',
      applicatieId: options.clientId,
      applicatieWeergave: 'woo-kit',
      gebruikersId: options.clientId,
      gebruikersWeergave: 'woo-kit',
      actie,
      actieWeergave: actie,
      resultaat,
      hoofdObject: zaakUrl,
      resource,
      resourceUrl,
      toelichting: '',
      resourceWeergave: resource,
      aanmaakdatum: stamp(),
      wijzigingen: { oud, nieuw },
    });
    audit.set(uuid, list);
  }

  const page = (items: Obj[], url: URL): Obj => {
    const n = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const next = new URL(url);
    next.searchParams.set('page', String(n + 1));
    const prev = new URL(url);
    prev.searchParams.set('page', String(n - 1));
    return {
      count: items.length,
      next: n * pageSize < items.length ? next.href : null,
      previous: n > 1 ? prev.href : null,
      results: items.slice((n - 1) * pageSize, n * pageSize),
    };
  };

  const fout = (status: number, code: string, title: string): Obj => ({
    type: `${base}/ref/fouten/${code}/`,
    code,
    title,
    status,
    detail: title,
    instance: `urn:uuid:${randomUUID()}`,
  });

  async function route(method: string, url: URL, body: unknown): Promise<{ status: number; body: unknown }> {
    const p = url.pathname;
    const zaakMatch = /^\/zaken\/api\/v1\/zaken\/([0-9a-f-]{36})$/.exec(p);
    const auditMatch = /^\/zaken\/api\/v1\/zaken\/([0-9a-f-]{36})\/audittrail$/.exec(p);
    if (method === 'GET' && p === '/zaken/api/v1/zaken') {
      const q = url.searchParams;
      const items = [...zaken.values()].filter(
        (z) =>
          (!q.has('zaaktype') || z['zaaktype'] === q.get('zaaktype')) &&
          (!q.has('identificatie') || z['identificatie'] === q.get('identificatie')) &&
          (!q.has('bronorganisatie') || z['bronorganisatie'] === q.get('bronorganisatie')),
      );
      return { status: 200, body: page(items, url) };
    }
    if (method === 'POST' && p === '/zaken/api/v1/zaken') {
      const b = body as Obj;
      const dup = [...zaken.values()].find(
        (z) => z['identificatie'] === b['identificatie'] && z['bronorganisatie'] === b['bronorganisatie'],
      );
      if (dup && b['identificatie'])
        return {
          status: 400,
          body: {
            ...fout(400, 'invalid', 'Invalid input.'),
            invalidParams: [
              {
                name: 'identificatie',
                code: 'identificatie-niet-uniek',
                reason: 'Deze identificatie bestaat al binnen de bronorganisatie',
              },
            ],
          },
        };
      const uuid = randomUUID();
      const zaakUrl = `${zakenUrl}/zaken/${uuid}`;
      const start = Date.parse(`${String(b['startdatum'])}T00:00:00Z`);
      // Like Open Zaak: startdatum + the zaaktype's doorlooptijd (P28D).
      const zaak = fullZaak({
        ...b,
        url: zaakUrl,
        uuid,
        uiterlijkeEinddatumAfdoening: b['uiterlijkeEinddatumAfdoening'] ?? isoDate(start + 28 * 86_400_000),
      });
      zaken.set(uuid, zaak);
      addAudit(uuid, 'create', 'zaak', zaakUrl, {}, zaak, 201);
      if (failCreate) {
        failCreate = false;
        return { status: 500, body: fout(500, 'error', 'A server error occurred.') };
      }
      return { status: 201, body: zaak };
    }
    if (zaakMatch && (method === 'GET' || method === 'PATCH')) {
      const uuid = zaakMatch[1]!;
      const zaak = zaken.get(uuid);
      if (!zaak) return { status: 404, body: fout(404, 'not_found', 'Niet gevonden.') };
      if (method === 'GET') return { status: 200, body: zaak };
      const updated = { ...zaak, ...(body as Obj) };
      zaken.set(uuid, updated);
      addAudit(uuid, 'partial_update', 'zaak', zaak['url'] as string, zaak, updated, 200);
      return { status: 200, body: updated };
    }
    if (auditMatch && method === 'GET') {
      if (!zaken.has(auditMatch[1]!)) return { status: 404, body: fout(404, 'not_found', 'Niet gevonden.') };
      return { status: 200, body: audit.get(auditMatch[1]!) ?? [] };
    }
    if (method === 'GET' && p === '/zaken/api/v1/statussen') {
      const z = url.searchParams.get('zaak');
      return {
        status: 200,
        body: page(
          [...statussen.values()].filter((s) => !z || s['zaak'] === z),
          url,
        ),
      };
    }
    if (method === 'POST' && p === '/zaken/api/v1/statussen') {
      const b = body as Obj;
      const uuid = randomUUID();
      const s: Obj = {
        url: `${zakenUrl}/statussen/${uuid}`,
        uuid,
        statustoelichting: '',
        zaakinformatieobjecten: [],
        indicatieLaatstGezetteStatus: true,
        ...b,
      };
      const zaakUuid = String(b['zaak']).split('/').pop()!;
      const zaak = zaken.get(zaakUuid);
      if (!zaak)
        return {
          status: 400,
          body: {
            ...fout(400, 'invalid', 'Invalid input.'),
            invalidParams: [{ name: 'zaak', code: 'does_not_exist', reason: 'Zaak bestaat niet' }],
          },
        };
      statussen.set(uuid, s);
      addAudit(zaakUuid, 'create', 'status', s['url'] as string, {}, s, 201);
      const end = statustypen.find((t) => t.url === b['statustype'])?.isEindstatus;
      const updated = {
        ...zaak,
        status: s['url'],
        ...(end ? { einddatum: String(b['datumStatusGezet']).slice(0, 10) } : {}),
      };
      zaken.set(zaakUuid, updated);
      return { status: 201, body: s };
    }
    if (method === 'GET' && p === '/zaken/api/v1/rollen') {
      const q = url.searchParams;
      const items = [...rollen.values()].filter(
        (r) =>
          (!q.has('zaak') || r['zaak'] === q.get('zaak')) && (!q.has('roltype') || r['roltype'] === q.get('roltype')),
      );
      return { status: 200, body: page(items, url) };
    }
    if (method === 'POST' && p === '/zaken/api/v1/rollen') {
      const b = body as Obj;
      const zaakUuid = String(b['zaak']).split('/').pop()!;
      const zaak = zaken.get(zaakUuid);
      if (!zaak)
        return {
          status: 400,
          body: {
            ...fout(400, 'invalid', 'Invalid input.'),
            invalidParams: [{ name: 'zaak', code: 'does_not_exist', reason: 'Zaak bestaat niet' }],
          },
        };
      if (b['roltype'] !== roltypeObject['url'])
        return {
          status: 400,
          body: {
            ...fout(400, 'invalid', 'Invalid input.'),
            invalidParams: [{ name: 'roltype', code: 'does_not_exist', reason: 'Roltype bestaat niet' }],
          },
        };
      const uuid = randomUUID();
      const r: Obj = {
        url: `${zakenUrl}/rollen/${uuid}`,
        uuid,
        afwijkendeNaamBetrokkene: '',
        indicatieMachtiging: '',
        contactpersoonRol: null,
        ...b,
        omschrijving: roltypeObject['omschrijving'],
        omschrijvingGeneriek: roltypeObject['omschrijvingGeneriek'],
        registratiedatum: stamp(),
        statussen: [],
      };
      rollen.set(uuid, r);
      zaken.set(zaakUuid, { ...zaak, rollen: [...((zaak['rollen'] as string[]) ?? []), r['url']] });
      addAudit(zaakUuid, 'create', 'rol', r['url'] as string, {}, r, 201);
      return { status: 201, body: r };
    }
    const resultaatMatch = /^\/zaken\/api\/v1\/resultaten\/([0-9a-f-]{36})$/.exec(p);
    if (method === 'GET' && resultaatMatch) {
      const r = resultaten.get(resultaatMatch[1]!);
      return r ? { status: 200, body: r } : { status: 404, body: fout(404, 'not_found', 'Niet gevonden.') };
    }
    if (method === 'POST' && p === '/zaken/api/v1/resultaten') {
      const b = body as Obj;
      const uuid = randomUUID();
      const r: Obj = { url: `${zakenUrl}/resultaten/${uuid}`, uuid, toelichting: '', ...b };
      resultaten.set(uuid, r);
      const zaakUuid = String(b['zaak']).split('/').pop()!;
      const zaak = zaken.get(zaakUuid);
      if (zaak) zaken.set(zaakUuid, { ...zaak, resultaat: r['url'] });
      addAudit(zaakUuid, 'create', 'resultaat', r['url'] as string, {}, r, 201);
      return { status: 201, body: r };
    }
    if (method === 'GET' && p === `/catalogi/api/v1/roltypen/${roltypeUuid}`)
      return { status: 200, body: roltypeObject };
    if (method === 'GET' && p === `/catalogi/api/v1/zaaktypen/${zaaktypeUuid}`)
      return { status: 200, body: zaaktypeObject };
    if (method === 'GET' && p === '/catalogi/api/v1/statustypen') {
      const zt = url.searchParams.get('zaaktype');
      return {
        status: 200,
        body: page(
          statustypen.filter((s) => !zt || s.zaaktype === zt),
          url,
        ),
      };
    }
    const st = statustypen.find((s) => new URL(s.url).pathname === p);
    if (method === 'GET' && st) return { status: 200, body: st };
    const rt = Object.values(resultaattypen).find((r) => new URL(r['url'] as string).pathname === p);
    if (method === 'GET' && rt) return { status: 200, body: rt };
    return { status: 404, body: fout(404, 'not_found', 'Niet gevonden.') };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown, extra: Record<string, string> = {}): void => {
      log.push({ method: req.method ?? '', path: url.pathname + url.search, status });
      const json = JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
        'API-version': '1.5.1',
        'Content-Crs': 'EPSG:4326',
        ...extra,
      });
      res.end(json);
    };
    if (hang > 0) {
      hang -= 1;
      // No answer until the client gives up (closes the connection) or `ms` has passed.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, hangMs);
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (res.destroyed || res.writableEnded || req.destroyed) return;
    }
    if (state.down) {
      send(503, fout(503, 'unavailable', 'Service unavailable.'));
      return;
    }
    if (fail > 0) {
      fail -= 1;
      send(
        failStatus,
        fout(failStatus, 'unavailable', 'Service unavailable.'),
        failRetryAfter === undefined ? {} : { 'Retry-After': String(failRetryAfter) },
      );
      return;
    }
    // ZGW authorisation: a JWT signed with the client's secret (HS256).
    const auth = req.headers['authorization'];
    try {
      if (typeof auth !== 'string' || !auth.startsWith('Bearer ')) throw new Error('no token');
      const { payload } = await jwtVerify(auth.slice(7), key, { algorithms: ['HS256'] });
      if (payload['client_id'] !== options.clientId || payload.iss !== options.clientId)
        throw new Error('wrong client');
    } catch {
      send(403, fout(403, 'permission_denied', 'Je hebt geen toestemming om deze actie uit te voeren.'));
      return;
    }
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        send(400, { ...fout(400, 'parse_error', 'Malformed JSON.'), invalidParams: [] });
        return;
      }
    }
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => (query[k] = v));
    const request = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      headers: req.headers as Record<string, string>,
      ...(body === undefined ? {} : { body }),
    };
    const asked = check(apis, request);
    if (asked.problems.length > 0) {
      problems.push(...asked.problems.map((x) => `${request.method} ${url.pathname}: ${x}`));
      send(400, {
        ...fout(400, 'invalid', 'Invalid input.'),
        invalidParams: asked.problems.map((reason) => ({ name: 'request', code: 'invalid', reason })),
      });
      return;
    }
    const answer = await route(request.method, url, body);
    // The server checks its own answer against the same document before sending it.
    const checked = check(apis, request, answer);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems.map((x) => `${request.method} ${url.pathname}: ${x}`));
      send(500, fout(500, 'error', 'The test server produced an answer that does not meet the standard.'));
      return;
    }
    send(answer.status, answer.body);
  }

  return state;
}

export { RSIN };
