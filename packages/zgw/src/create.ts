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
const KENMERK_MAX = 40;

/** Shortens text to `max` characters (code points), ending in "…" when cut. */
function fit(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max
    ? clean
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * The zaak body for a received Woo request: `startdatum` and `registratiedatum` are the day of receipt
 * (Woo 4.4 lid 1), `uiterlijkeEinddatumAfdoening` the legal deadline (Woo 4.4, Atw), `omschrijving` and
 * `toelichting` the subject within the API's length limits, and the request's reference as a
 * `kenmerk`. No contact details: those belong in a rol
 * (initiator), never in the zaak's own fields.
 */
export function zaakCreateFromRequest(request: WooRequest, options: ZaakCreateOptions): ZaakCreate {
  if (options.identificatie.length === 0 || options.identificatie.length > 40) {
    throw new WooKitInputError(
      'invalid-identificatie',
      {
        nl: 'De identificatie van een zaak heeft 1 tot 40 tekens.',
        en: 'The identificatie of a zaak has 1 to 40 characters.',
      },
      { path: '/identificatie' },
    );
  }
  if (!/^\d{9}$/.test(options.bronorganisatie)) {
    throw new WooKitInputError(
      'invalid-rsin',
      { nl: 'bronorganisatie moet een RSIN van 9 cijfers zijn.', en: 'bronorganisatie must be an RSIN of 9 digits.' },
      { path: '/bronorganisatie' },
    );
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
    // The reference the requester got, so a case worker can find the zaak by it.
    kenmerken: [{ kenmerk: fit(request.id, KENMERK_MAX), bron: 'woo-kit' }],
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

/** The kinds of betrokkene an initiator of a Woo request can be (Zaken API `Rol.betrokkeneType`). */
export type InitiatorBetrokkeneType = 'natuurlijk_persoon' | 'niet_natuurlijk_persoon';

export interface RolCreateOptions {
  /** URL of the zaak the rol belongs to. */
  readonly zaak: string;
  /** URL of the zaaktype's roltype with `omschrijvingGeneriek` `initiator` (Catalogi API). */
  readonly roltype: string;
  /** Default `natuurlijk_persoon` (a person); `niet_natuurlijk_persoon` for an organisation. */
  readonly betrokkeneType?: InitiatorBetrokkeneType;
}

/** The body of a new rol (Zaken API `POST /rollen`). */
export interface RolCreate {
  readonly zaak: string;
  readonly roltype: string;
  readonly betrokkeneType: InitiatorBetrokkeneType;
  readonly roltoelichting: string;
  readonly [key: string]: unknown;
}

// Zaken API 1.5.1 length limits: Rol.roltoelichting, Rol.afwijkendeNaamBetrokkene, ContactPersoonRol
// naam, emailadres and telefoonnummer, RolNietNatuurlijkPersoon.statutaireNaam.
const ROLTOELICHTING_MAX = 1000;
const AFWIJKENDE_NAAM_MAX = 625;
const CONTACT_NAAM_MAX = 200;
const EMAIL_MAX = 254;
const TELEFOON_MAX = 20;
const STATUTAIRE_NAAM_MAX = 500;

/**
 * The initiator rol of a Woo request: the requester, with the contact details the form asked for.
 * The name goes in `afwijkendeNaamBetrokkene` (the name the requester wants to be addressed by) and in
 * `contactpersoonRol` with the e-mail address and telephone number, as far as the Zaken API's fields
 * allow: a telephone number longer than 20 characters and the postal address (which has no free-text
 * field in a rol) go in `roltoelichting`. An anonymous request gets a rol without contact details.
 * Nothing is lost: what does not fit is in the toelichting, and the server keeps the whole request.
 */
export function rolCreateFromRequest(request: WooRequest, options: RolCreateOptions): RolCreate {
  const betrokkeneType = options.betrokkeneType ?? 'natuurlijk_persoon';
  const contact = request.requester;
  const name = contact?.name?.trim() ?? '';
  const email = contact?.email?.trim() ?? '';
  const phone = contact?.phone?.trim() ?? '';
  const notes = ['Indiener van het Woo-verzoek (Woo 4.1).'];
  if (!contact || (!name && !email && !phone && !contact.postalAddress))
    notes.push('Zonder contactgegevens ingediend.');
  if (phone && [...phone].length > TELEFOON_MAX) notes.push(`Telefoon: ${phone}`);
  if (email && email.length > EMAIL_MAX) notes.push(`E-mail: ${email}`);
  const address = contact?.postalAddress;
  if (address)
    notes.push(
      `Postadres: ${[address.street, address.houseNumber].filter(Boolean).join(' ')}, ${address.postalCode} ` +
        `${address.city}`,
    );
  const contactpersoonRol =
    name || email || phone
      ? {
          naam: fit(name || 'Verzoeker', CONTACT_NAAM_MAX),
          ...(email && email.length <= EMAIL_MAX ? { emailadres: email } : {}),
          ...(phone && [...phone].length <= TELEFOON_MAX ? { telefoonnummer: phone } : {}),
        }
      : undefined;
  const identificatie =
    betrokkeneType === 'niet_natuurlijk_persoon' && name ? { statutaireNaam: fit(name, STATUTAIRE_NAAM_MAX) } : {};
  return {
    zaak: options.zaak,
    roltype: options.roltype,
    betrokkeneType,
    roltoelichting: fit(notes.join(' '), ROLTOELICHTING_MAX),
    ...(name ? { afwijkendeNaamBetrokkene: fit(name, AFWIJKENDE_NAAM_MAX) } : {}),
    betrokkeneIdentificatie: identificatie,
    ...(contactpersoonRol ? { contactpersoonRol } : {}),
  };
}
