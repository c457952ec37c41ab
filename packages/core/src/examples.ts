/**
 * Example objects of each schema: complete, valid and realistic. The CLI prints them
 * (`woo-kit example request`), the docs show them and the tests check them against the schemas.
 * The people, addresses and references are made up.
 */
import { deepFreeze } from './internal/freeze.js';
import type { ContactPoint, Decision, Organisation, Publication, WooRequest } from './model.js';
import type { InventoryItem, WooDecision } from './woo-decision.js';

/** Example organisation: a municipality with its TOOI identifier. */
export const exampleOrganisation: Organisation = /* @__PURE__ */ deepFreeze({
  name: 'gemeente Utrecht',
  uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344',
});

/** Example Woo request with a zienswijze, a postponement, a partial disclosure and the release. */
export const exampleWooRequest: WooRequest = /* @__PURE__ */ deepFreeze({
  id: 'WOO-2025-0042',
  receivedOn: '2025-03-03',
  submittedOn: '2025-03-02',
  channel: 'webForm',
  subject: 'Alle e-mails en notities over de herinrichting van het Stationsplein.',
  period: { from: '2024-01-01', to: '2024-12-31' },
  requester: { name: 'J. de Vries', email: 'j.devries@example.nl' },
  preferredResponse: 'documents',
  events: [
    { type: 'zienswijzeAsked', on: '2025-03-17', answerBy: '2025-03-31' },
    { type: 'zienswijzeReceived', on: '2025-03-28' },
    { type: 'postponed', on: '2025-04-08' },
    { type: 'decided', on: '2025-04-15', outcome: 'partlyDisclosed', grounds: ['5.1.2e', '5.2'] },
    { type: 'released', on: '2025-04-29' },
  ],
});

/** Example decision on the example request. */
export const exampleDecision: Decision = /* @__PURE__ */ deepFreeze({
  requestId: 'WOO-2025-0042',
  decidedOn: '2025-04-15',
  outcome: 'partlyDisclosed',
  grounds: ['5.1.2e', '5.2'],
  releasedOn: '2025-04-29',
  summary: 'De gevraagde e-mails worden openbaar. Namen en persoonlijke meningen zijn weggelakt.',
});

/** Example publication with DiWoo metadata: the decision on a Woo request (category 3.3.2i). */
export const examplePublication: Publication = /* @__PURE__ */ deepFreeze({
  id: 'utrecht-woo-2025-0042-besluit',
  url: 'https://www.example.nl/woo/woo-2025-0042/besluit.pdf',
  officialTitle: 'Besluit op Woo-verzoek over de herinrichting van het Stationsplein',
  shortTitle: 'Woo-besluit Stationsplein',
  description: 'Besluit op een Woo-verzoek over e-mails en notities uit 2024, met de openbaar gemaakte documenten.',
  informationCategories: ['c_3baef532'],
  documentType: 'c_4f50ca9c',
  publisher: { name: 'gemeente Utrecht', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' },
  creationDate: '2025-04-15',
  documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-04-15T10:00:00+02:00' }],
  language: 'NLD',
  format: 'PDF',
});

/** Example openness centre (openbaarheidscentrum). */
export const exampleContactPoint: ContactPoint = /* @__PURE__ */ deepFreeze({
  name: 'Openbaarheidscentrum gemeente Utrecht',
  organisation: { name: 'gemeente Utrecht', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' },
  visitingAddress: { street: 'Stadsplateau', houseNumber: '1', postalCode: '3521 AZ', city: 'Utrecht' },
  postalAddress: { street: 'Postbus', houseNumber: '16200', postalCode: '3500 CE', city: 'Utrecht' },
  openingHours: [
    { dayOfWeek: 'monday', opens: '09:00', closes: '17:00' },
    { dayOfWeek: 'wednesday', opens: '09:00', closes: '17:00' },
    { dayOfWeek: 'friday', opens: '09:00', closes: '12:00' },
  ],
  phone: '14 030',
  email: 'woo@example.nl',
  requestUrl: 'https://www.example.nl/woo-verzoek',
  websiteUrl: 'https://www.example.nl/openbaarheid',
});

/** Example inventory row: an e-mail made public in part (the productierapport's columns). */
export const exampleInventoryItem: InventoryItem = /* @__PURE__ */ deepFreeze({
  id: '10002',
  matter: 'WOO-2025-0042',
  name: 'RE: planning bewonersavond',
  fileType: 'email',
  date: '2025-02-11',
  assessment: 'partlyPublic',
  grounds: ['5.1.2e', '5.2'],
  explanation: 'Namen van medewerkers en inwoners en persoonlijke meningen zijn weggelakt.',
  familyId: '10002',
  threadId: '900',
  caseNumbers: ['Z-2025-117'],
});

/** Example decision with its weighing and inventory: the answer first, then each ground explained. */
export const exampleWooDecision: WooDecision = /* @__PURE__ */ deepFreeze({
  requestId: 'WOO-2025-0042',
  title: 'E-mails over de bewonersavond Zuilen',
  organisation: 'gemeente Utrecht',
  decidedOn: '2025-04-15',
  outcome: 'partlyDisclosed',
  summary:
    'U krijgt de e-mails over de bewonersavond. Namen en persoonlijke meningen van medewerkers hebben we weggelakt.',
  weighings: [
    {
      ground: '5.1.2e',
      weighing: 'Inwoners en medewerkers hebben recht op privacy. Hun namen voegen niets toe aan wat u wilt weten.',
    },
    {
      ground: '5.2',
      weighing:
        'Medewerkers moeten intern vrij kunnen overleggen. De feiten geven we wel, de persoonlijke meningen niet.',
    },
  ],
  inventory: [
    {
      id: '10001',
      matter: 'WOO-2025-0042',
      name: 'Planning bewonersavond',
      fileType: 'email',
      date: '2025-02-10',
      assessment: 'public',
      grounds: [],
      familyId: '10001',
      threadId: '900',
    },
    exampleInventoryItem,
    {
      id: '10003',
      matter: 'WOO-2025-0042',
      name: 'Raadsinformatiebrief bewonersavond',
      fileType: 'pdf',
      date: '2025-03-01',
      assessment: 'alreadyPublic',
      grounds: [],
      publicLink: 'https://www.example.org/raadsinformatiebrief.pdf',
    },
  ],
  contact: { name: 'Openbaarheidscentrum', email: 'woo@example.org' },
});

/** The examples by schema name. */
export const examples = /* @__PURE__ */ Object.freeze({
  'woo-request': exampleWooRequest,
  decision: exampleDecision,
  publication: examplePublication,
  organisation: exampleOrganisation,
  'contact-point': exampleContactPoint,
  'woo-decision': exampleWooDecision,
  'inventory-item': exampleInventoryItem,
});
