/**
 * The exceptions of Woo chapter 5: the grounds to withhold information (art. 5.1, 5.2, 5.4), the
 * extra duty to give reasons for old information (art. 5.3) and the special regimes that give
 * information to the requester only (art. 5.5–5.7). Articles are written as `5.1.1c`
 * (art. 5.1 lid 1 sub c), `5.1.5` (art. 5.1 lid 5) and `5.2`, the form Woo decision inventories use.
 */
import type { LocalizedText } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * How an exception works.
 * - `absolute`: if it applies, the information is not released (Woo 5.1 lid 1).
 * - `relative`: released unless the interest it protects weighs more than openness (Woo 5.1 lid 2 and 5, 5.2).
 * - `temporary`: not public until an event has passed (Woo 5.4, government formation).
 * - `specialAccess`: not a ground to withhold; information is given to the requester only (Woo 5.5–5.7).
 * - `extraReasons`: not a ground; an extra duty to give reasons for information older than five years (Woo 5.3).
 */
export type ExceptionGroundKind = 'absolute' | 'relative' | 'temporary' | 'specialAccess' | 'extraReasons';

interface ExceptionBase {
  readonly article: string;
  /** Short Dutch label. */
  readonly labelNl: string;
  /** Our English label. */
  readonly labelEn: string;
  /** Plain-language explanation (Dutch at B1 level, and English). */
  readonly explanation: LocalizedText;
}

/** A ground to withhold information: a decision may cite it. */
export interface WithholdingGround extends ExceptionBase {
  readonly article: WithholdingGroundArticle;
  readonly kind: 'absolute' | 'relative' | 'temporary';
  readonly isGround: true;
}

/** A special access regime (Woo 5.5–5.7): information goes to the requester only, under conditions. */
export interface SpecialAccessRegime extends ExceptionBase {
  readonly article: '5.5' | '5.6' | '5.7';
  readonly kind: 'specialAccess';
  readonly isGround: false;
}

/** Woo 5.3: no ground of its own, but an extra duty to give reasons when information is older than five years. */
export interface ExtraReasonsDuty extends ExceptionBase {
  readonly article: '5.3';
  readonly kind: 'extraReasons';
  readonly isGround: false;
}

/** One entry of Woo chapter 5. Check `isGround` (or `kind`) before treating it as a refusal ground. */
export type ExceptionGround = WithholdingGround | SpecialAccessRegime | ExtraReasonsDuty;

/** Articles of the grounds a decision may cite to withhold information. */
export const withholdingGroundArticles = [
  '5.1.1a', '5.1.1b', '5.1.1c', '5.1.1d', '5.1.1e',
  '5.1.2a', '5.1.2b', '5.1.2c', '5.1.2d', '5.1.2e', '5.1.2f', '5.1.2g', '5.1.2h', '5.1.2i',
  '5.1.5', '5.2', '5.4',
] as const;

/** Article of a ground to withhold information, e.g. `5.1.2e` (privacy). */
export type WithholdingGroundArticle = (typeof withholdingGroundArticles)[number];

/** Article of any entry of Woo chapter 5 in this registry. */
export type ExceptionGroundArticle = ExceptionGround['article'];

const ground = (
  article: WithholdingGroundArticle,
  kind: WithholdingGround['kind'],
  labelNl: string,
  labelEn: string,
  nl: string,
  en: string,
): WithholdingGround => ({ article, kind, isGround: true, labelNl, labelEn, explanation: { nl, en } });

/** Every entry of Woo chapter 5, in article order. Frozen. */
export const exceptionGrounds: readonly ExceptionGround[] = /* @__PURE__ */ deepFreeze<ExceptionGround[]>([
  // Woo 5.1 lid 1: absolute grounds.
  ground('5.1.1a', 'absolute', 'Eenheid van de Kroon', 'Unity of the Crown',
    'De informatie kan de eenheid van de Kroon in gevaar brengen. Dan wordt zij niet openbaar.',
    'The information could endanger the unity of the Crown. Then it is not released.'),
  ground('5.1.1b', 'absolute', 'Veiligheid van de Staat', 'Security of the State',
    'De informatie kan de veiligheid van Nederland schaden. Dan wordt zij niet openbaar.',
    'The information could harm the security of the State. Then it is not released.'),
  ground('5.1.1c', 'absolute', 'Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens', 'Company and manufacturing data given in confidence',
    'Een bedrijf gaf de overheid in vertrouwen gegevens over zijn bedrijf of product. Die worden niet openbaar.',
    'A company gave the government data about its business or products in confidence. These are not released.'),
  ground('5.1.1d', 'absolute', 'Bijzondere persoonsgegevens', 'Special-category personal data',
    'Gevoelige gegevens over iemand, zoals gezondheid, geloof of strafzaken. Die worden niet openbaar, tenzij de persoon toestemming gaf of ze zelf openbaar maakte.',
    'Sensitive data about a person, such as health, religion or criminal matters. Not released unless the person agreed or made them public.'),
  ground('5.1.1e', 'absolute', 'Identificatienummers', 'Identification numbers',
    'Nummers als het burgerservicenummer (BSN) worden niet openbaar. Behalve als dat de privacy duidelijk niet schaadt.',
    'Numbers such as the citizen service number (BSN) are not released, unless that clearly does not harm privacy.'),
  // Woo 5.1 lid 2: relative grounds, weighed against the interest of openness.
  ground('5.1.2a', 'relative', 'Internationale betrekkingen', 'International relations',
    'De relatie met andere landen of internationale organisaties. Dit belang wordt afgewogen tegen openheid.',
    'Relations with other states and international organisations, weighed against openness.'),
  ground('5.1.2b', 'relative', 'Economische of financiële belangen', 'Economic or financial interests',
    'De economische of financiële belangen van de overheid. Dit belang wordt afgewogen tegen openheid.',
    'The economic or financial interests of the State or other public bodies, weighed against openness.'),
  ground('5.1.2c', 'relative', 'Opsporing en vervolging van strafbare feiten', 'Investigation and prosecution of offences',
    'Het opsporen en vervolgen van strafbare feiten. Dit belang wordt afgewogen tegen openheid.',
    'Investigating and prosecuting criminal offences, weighed against openness.'),
  ground('5.1.2d', 'relative', 'Inspectie, controle en toezicht', 'Inspection, control and supervision',
    'Het werk van inspecties en toezichthouders. Dit belang wordt afgewogen tegen openheid.',
    'The work of inspection, control and supervision, weighed against openness.'),
  ground('5.1.2e', 'relative', 'Eerbiediging van de persoonlijke levenssfeer', 'Respect for private life',
    'De privacy van mensen. Dit belang wordt afgewogen tegen openheid.',
    "People's privacy, weighed against openness."),
  ground('5.1.2f', 'relative', 'Concurrentiegevoelige bedrijfs- en fabricagegegevens', 'Competition-sensitive business data',
    'Gegevens van een bedrijf die concurrenten niet mogen zien. Dit belang wordt afgewogen tegen openheid.',
    'Business data that competitors should not see, weighed against openness.'),
  ground('5.1.2g', 'relative', 'Bescherming van het milieu', 'Protection of the environment',
    'De bescherming van het milieu waar de informatie over gaat. Dit belang wordt afgewogen tegen openheid.',
    'Protecting the environment the information is about, weighed against openness.'),
  ground('5.1.2h', 'relative', 'Beveiliging van personen en bedrijven', 'Security of persons and companies',
    'De veiligheid van mensen en bedrijven, en het voorkomen van sabotage. Dit belang wordt afgewogen tegen openheid.',
    'The security of people and companies and preventing sabotage, weighed against openness.'),
  ground('5.1.2i', 'relative', 'Goed functioneren van de Staat', 'Proper functioning of the State',
    'Het goed werken van de overheid. Dit belang wordt afgewogen tegen openheid.',
    'The proper functioning of the State and other public bodies, weighed against openness.'),
  // Woo 5.1 lid 5: residual ground, only in exceptional cases.
  ground('5.1.5', 'relative', 'Onevenredige benadeling', 'Disproportionate harm',
    'Openbaar maken zou iemand veel te zwaar benadelen. Dit mag alleen in uitzonderlijke gevallen.',
    'Releasing would harm someone out of all proportion. Only in exceptional cases.'),
  // Woo 5.2: personal opinions on policy in internal deliberation.
  ground('5.2', 'relative', 'Persoonlijke beleidsopvattingen', 'Personal policy opinions',
    'Persoonlijke meningen van ambtenaren of bestuurders over beleid, in intern overleg. Vaak worden die zonder namen openbaar.',
    'Personal opinions on policy in internal deliberation. They are often released without names.'),
  // Woo 5.3: not a ground of its own.
  {
    article: '5.3',
    kind: 'extraReasons',
    isGround: false,
    labelNl: 'Informatie ouder dan vijf jaar',
    labelEn: 'Information older than five years',
    explanation: {
      nl: 'Geen eigen weigeringsgrond. Is de informatie ouder dan vijf jaar? Dan moet de overheid extra goed uitleggen waarom zij de informatie nog steeds niet openbaar maakt.',
      en: 'Not a ground of its own. For information older than five years, a refusal on 5.1 lid 2 or 5 or on 5.2 needs extra reasons why the interest still outweighs openness.',
    },
  },
  // Woo 5.4: temporary bar during government formation.
  ground('5.4', 'temporary', 'Formatie', 'Government formation',
    'Informatie van of voor een (in)formateur. Die is pas openbaar als de kabinetsformatie klaar is.',
    'Information held by or sent to a (in)formateur is not public until the government formation is finished.'),
  // Woo 5.5–5.7: special regimes, information given to the requester only.
  {
    article: '5.5',
    kind: 'specialAccess',
    isGround: false,
    labelNl: 'Verstrekking van informatie die de verzoeker betreft',
    labelEn: 'Information about the requester',
    explanation: {
      nl: 'Informatie over uzelf, of over uw overleden partner, kind of ouder. U krijgt die alleen zelf, na controle van uw identiteit.',
      en: 'Information about the requester, or a deceased spouse, partner, child or parent. Given to the requester only, after an identity check.',
    },
  },
  {
    article: '5.6',
    kind: 'specialAccess',
    isGround: false,
    labelNl: 'Verstrekking wegens klemmende redenen',
    labelEn: 'Access for compelling reasons',
    explanation: {
      nl: 'Bij een zeer dringende reden kan de verzoeker informatie krijgen die niet openbaar is. Alleen de verzoeker krijgt die, soms onder voorwaarden.',
      en: 'For compelling reasons the requester may get information that is not public. Only the requester gets it, sometimes under conditions.',
    },
  },
  {
    article: '5.7',
    kind: 'specialAccess',
    isGround: false,
    labelNl: 'Verstrekking aan onderzoekers',
    labelEn: 'Access for researchers',
    explanation: {
      nl: 'Onderzoekers kunnen onder voorwaarden informatie krijgen die niet openbaar is.',
      en: 'Researchers may get information that is not public, under conditions.',
    },
  },
]);

/** The entry of Woo chapter 5 with this article (`5.1.2e`, `5.3`), or undefined. */
export function exceptionGroundByArticle(article: string): ExceptionGround | undefined {
  return exceptionGrounds.find((g) => g.article === article);
}

/** True when `value` is the article of a ground a decision may cite to withhold information. */
export function isWithholdingGroundArticle(value: unknown): value is WithholdingGroundArticle {
  return typeof value === 'string' && (withholdingGroundArticles as readonly string[]).includes(value);
}
