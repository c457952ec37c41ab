/**
 * One Woo request lived through a Zaken API: created, suspended for a zienswijze, resumed, extended and
 * decided. Used against the local test server (with a clock it can move) and, opt-in, against a real
 * Open Zaak (where every change happens now).
 */
import type { ZgwClient, ZaakCreate } from '../src/client.js';
import type { ZgwZaak } from '../src/types.js';

export interface ScenarioTarget {
  readonly zakenUrl: string;
  readonly zaaktype: string;
  readonly eindStatustype: string;
  readonly resultaattype: string;
  readonly bronorganisatie: string;
  /** Moves the server's clock to a moment (test server), or does nothing (a real system). */
  readonly at: (iso: string) => void;
}

/** When each step happens (RFC 3339). */
export interface ScenarioTimes {
  readonly suspend: string;
  readonly resume: string;
  readonly extend: string;
  readonly decide: string;
}

/**
 * The local test's times: suspended at 23:30 UTC on a winter evening, which is 00:30 the next day in the Netherlands.
 */
export const LOCAL_TIMES: ScenarioTimes = {
  suspend: '2025-03-10T23:30:00Z',
  resume: '2025-03-20T10:00:00Z',
  extend: '2025-03-25T12:00:00Z',
  decide: '2025-04-10T14:00:00Z',
};

export async function runScenario(
  client: ZgwClient,
  t: ScenarioTarget,
  identificatie: string,
  startdatum: string,
  times: ScenarioTimes = LOCAL_TIMES,
): Promise<ZgwZaak> {
  const body: ZaakCreate = {
    identificatie,
    bronorganisatie: t.bronorganisatie,
    zaaktype: t.zaaktype,
    verantwoordelijkeOrganisatie: t.bronorganisatie,
    startdatum,
    omschrijving: 'Woo-verzoek (woo-kit test)',
    toelichting: 'Aangemaakt door de test van @woo-kit/zgw.',
  };
  t.at(`${startdatum}T08:00:00Z`);
  const { zaak } = await client.createZaak(body);
  const url = zaak.url!;
  t.at(times.suspend);
  await client.patchZaak(url, { opschorting: { indicatie: true, reden: 'Zienswijze derde-belanghebbende gevraagd' } });
  t.at(times.resume);
  await client.patchZaak(url, { opschorting: { indicatie: false, reden: '' } });
  t.at(times.extend);
  await client.patchZaak(url, { verlenging: { reden: 'Omvang van de documenten', duur: 'P14D' } });
  t.at(times.decide);
  await client.post(`${t.zakenUrl}/resultaten`, { zaak: url, resultaattype: t.resultaattype, toelichting: '' });
  await client.post(`${t.zakenUrl}/statussen`, {
    zaak: url,
    statustype: t.eindStatustype,
    datumStatusGezet: times.decide,
    statustoelichting: 'Besluit verzonden',
  });
  return client.get<ZgwZaak>(url);
}
