/**
 * From a Woo request to the body of a new zaak, for a server back end that files submitted requests
 * into the zaaksysteem (with `ZgwClient.createZaak`, which creates it once per `identificatie`).
 */
import { WooKitInputError, type WooRequest } from '@woo-kit/core';
import { computeDeadline, deadlineInputFromRequest } from '@woo-kit/deadlines';
import type { ZaakCreate } from './client.js';

export interface ZaakCreateOptions {
  /** The zaaktype of Woo requests (Catalogi API URL). */
  readonly zaaktype: string;
  /** RSIN of the municipality (9 digits). */
  readonly bronorganisatie: string;
  /** RSIN of the body that handles it (default: `bronorganisatie`). */
  readonly verantwoordelijkeOrganisatie?: string;
  /** At most 40 characters, unique within `bronorganisatie`: see `identificatieFor`. */
  readonly identificatie: string;
}

// Zaken API 1.5.1 length limits of Zaak.omschrijving and Zaak.toelichting.
const OMSCHRIJVING_MAX = 80;
const TOELICHTING_MAX = 1000;

/** Shortens text to `max` characters (code points), ending in "…" when cut. */
function fit(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The zaak body for a received Woo request: `startdatum` and `registratiedatum` are the day of receipt
 * (Woo 4.4 lid 1), `uiterlijkeEinddatumAfdoening` the legal deadline (Woo 4.4, Atw), `omschrijving` and
 * `toelichting` the subject within the API's length limits. No contact details: those belong in a rol
 * (initiator), never in the zaak's own fields.
 */
export function zaakCreateFromRequest(request: WooRequest, options: ZaakCreateOptions): ZaakCreate {
  if (options.identificatie.length === 0 || options.identificatie.length > 40) {
    throw new WooKitInputError('invalid-identificatie', { nl: 'De identificatie van een zaak heeft 1 tot 40 tekens.', en: 'The identificatie of a zaak has 1 to 40 characters.' }, { path: '/identificatie' });
  }
  if (!/^\d{9}$/.test(options.bronorganisatie)) {
    throw new WooKitInputError('invalid-rsin', { nl: 'bronorganisatie moet een RSIN van 9 cijfers zijn.', en: 'bronorganisatie must be an RSIN of 9 digits.' }, { path: '/bronorganisatie' });
  }
  const deadline = computeDeadline(deadlineInputFromRequest(request)).deadline;
  return {
    identificatie: options.identificatie,
    bronorganisatie: options.bronorganisatie,
    zaaktype: options.zaaktype,
    verantwoordelijkeOrganisatie: options.verantwoordelijkeOrganisatie ?? options.bronorganisatie,
    startdatum: request.receivedOn,
    registratiedatum: request.receivedOn,
    uiterlijkeEinddatumAfdoening: deadline,
    omschrijving: fit(`Woo-verzoek: ${request.subject}`, OMSCHRIJVING_MAX),
    toelichting: fit(request.subject, TOELICHTING_MAX),
  };
}

/**
 * A zaak `identificatie` (36 characters) derived from a submission's idempotency key: the same key
 * always gives the same identificatie, so `createZaak` can look the zaak up before retrying. The key
 * itself is not in it (SHA-256), so it cannot be read back from the zaaksysteem.
 */
export async function identificatieFor(idempotencyKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(idempotencyKey));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `WOO-${hex.slice(0, 32).toUpperCase()}`;
}
