// Opt-in: the whole path against a real Open Zaak (or another Zaken API 1.5.1). It creates a zaak,
// suspends it for a zienswijze, resumes, extends and decides it, reads it back and checks the computed
// deadline; and files a submitted request as the server's ZGW back end does (a zaak and its initiator
// rol, each once however often it is tried). Runs only when ZGW_BASE_URL, ZGW_CLIENT_ID, ZGW_SECRET and ZGW_ZAAKTYPE
// are set
// (docs/zgw.md "Testing against a real Open Zaak"); otherwise no test is registered at all, so a fresh
// clone counts nothing as skipped, and one diagnostic line says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline, todayInAmsterdam } from '@woo-kit/deadlines';
import {
  checkZaak,
  createZgwClient,
  identificatieFor,
  readMoment,
  rolCreateFromRequest,
  zaakCreateFromRequest,
} from '../src/index.js';
import { exchangeValidator, loadApis, type Checked } from './openapi.js';
import { runScenario } from './scenario.js';

const { ZGW_BASE_URL: base, ZGW_CLIENT_ID: clientId, ZGW_SECRET: secret, ZGW_ZAAKTYPE: zaaktype } = process.env;

if (!base || !clientId || !secret || !zaaktype) {
  console.log(
    'opt-in Open Zaak test not run: set ZGW_BASE_URL, ZGW_CLIENT_ID, ZGW_SECRET and ZGW_ZAAKTYPE to run it ' +
      '(docs/zgw.md)',
  );
} else {
  test(
    'a real Open Zaak: create, suspend, resume, extend and decide a zaak; the deadline read back is the legal ' + 'one',
    async () => {
      const apis = await loadApis();
      const seen: Checked[] = [];
      const validate = exchangeValidator(apis, seen);
      const root = base.replace(/\/+$/, '');
      const client = createZgwClient({
        zakenUrl: `${root}/zaken/api/v1`,
        catalogiUrl: `${root}/catalogi/api/v1`,
        allowedOrigins: [new URL(zaaktype).origin],
        clientId,
        secret,
        requestsPerSecond: 5,
        // Report what does not meet the documents (Open Zaak writes `bron: "ZRC"`, the document says `zrc`)
        // without stopping the run; the list is printed below.
        validate: (x) => {
          try {
            validate(x);
          } catch {
            /* recorded in `seen` */
          }
        },
      });
      const zt = await client.get<{ statustypen: string[]; resultaattypen: string[] }>(zaaktype);
      const types = await Promise.all(
        zt.statustypen.map((u) => client.get<{ url: string; volgnummer: number; isEindstatus?: boolean }>(u)),
      );
      const eind = types.find((t) => t.isEindstatus) ?? types.sort((a, b) => b.volgnummer - a.volgnummer)[0]!;
      const resultaattype = zt.resultaattypen[0]!;
      const dates: string[] = [];
      const startdatum = todayInAmsterdam();
      const now = new Date().toISOString();
      const zaak = await runScenario(
        client,
        {
          zakenUrl: `${root}/zaken/api/v1`,
          zaaktype,
          eindStatustype: eind.url,
          resultaattype,
          bronorganisatie: process.env['ZGW_BRONORGANISATIE'] ?? '002220647',
          at: () => void dates.push(todayInAmsterdam()),
        },
        `WOOKIT-${Date.now()}`,
        startdatum,
        { suspend: now, resume: now, extend: now, decide: now },
      );
      const check = checkZaak(await client.bundle(zaak));
      // dates: [receipt, suspend, resume, extend, decide], each the Dutch date just before the change;
      // the decision date is that of datumStatusGezet.
      const facts = {
        receivedOn: startdatum,
        postponedOn: dates[3]!,
        suspensions: [{ kind: 'zienswijze' as const, notifiedOn: dates[1]!, endedOn: dates[2]! }],
        decidedOn: readMoment(now)!.date,
      };
      assert.equal(check.deadline, computeDeadline(facts).deadline);
      assert.equal(check.reading.suspensions.length, 1);
      assert.equal(check.reading.suspensions[0]!.kind, 'zienswijze');
      assert.ok(check.reading.postponement);
      const problems = seen.flatMap((s) => s.problems);
      if (problems.length > 0)
        console.log(`answers that do not meet the OpenAPI documents: ${[...new Set(problems)].join(' | ')}`);
    },
  );

  test(
    'a real Open Zaak: a submitted request filed as the ' + 'server does it, one zaak and one initiator rol',
    async () => {
      const root = base.replace(/\/+$/, '');
      const client = createZgwClient({
        zakenUrl: `${root}/zaken/api/v1`,
        catalogiUrl: `${root}/catalogi/api/v1`,
        allowedOrigins: [new URL(zaaktype).origin],
        clientId,
        secret,
        requestsPerSecond: 5,
      });
      const zt = await client.get<{ roltypen: string[] }>(zaaktype);
      const roltypen = await Promise.all(
        zt.roltypen.map((u) => client.get<{ url: string; omschrijvingGeneriek: string }>(u)),
      );
      const roltype = roltypen.find((r) => r.omschrijvingGeneriek === 'initiator');
      assert.ok(roltype, 'the zaaktype has a roltype with omschrijvingGeneriek initiator');
      const request = {
        id: `WOO-TEST-${Date.now()}`,
        receivedOn: todayInAmsterdam(),
        channel: 'webForm' as const,
        subject: `woo-kit test: alle stukken over de fietsbrug ${'en de bijlagen '.repeat(10)}`,
        requester: { name: 'Test Verzoeker', email: 'test@example.org' },
      };
      const body = zaakCreateFromRequest(request, {
        zaaktype,
        bronorganisatie: process.env['ZGW_BRONORGANISATIE'] ?? '002220647',
        identificatie: await identificatieFor(`${request.id}-key`),
      });
      const first = await client.createZaak(body);
      const again = await client.createZaak(body);
      assert.equal(again.created, false);
      assert.equal(again.zaak.url, first.zaak.url);
      assert.equal(
        first.zaak.uiterlijkeEinddatumAfdoening,
        computeDeadline({ receivedOn: request.receivedOn }).deadline,
      );
      const rol = rolCreateFromRequest(request, { zaak: first.zaak.url!, roltype: roltype.url });
      const made = await client.createRol(rol);
      assert.equal((await client.createRol(rol)).rol.url, made.rol.url);
    },
  );
}
