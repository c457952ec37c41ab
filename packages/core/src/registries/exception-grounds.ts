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
  /**
   * What the exception protects, in plain language (Dutch at B1 level, and English), for a
   * decision page. `exceptionKindNote(kind)` says how it works (absolute or weighed).
   */
  readonly protects: LocalizedText;
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
  '5.1.1a',
  '5.1.1b',
  '5.1.1c',
  '5.1.1d',
  '5.1.1e',
  '5.1.2a',
  '5.1.2b',
  '5.1.2c',
  '5.1.2d',
  '5.1.2e',
  '5.1.2f',
  '5.1.2g',
  '5.1.2h',
  '5.1.2i',
  '5.1.5',
  '5.2',
  '5.4',
] as const;

/** Article of a ground to withhold information, e.g. `5.1.2e` (privacy). */
export type WithholdingGroundArticle = (typeof withholdingGroundArticles)[number];

/** Article of any entry of Woo chapter 5 in this registry. */
export type ExceptionGroundArticle = ExceptionGround['article'];

/**
 * What each entry of Woo chapter 5 protects, in B1 Dutch and English (Woo 5.1 lid 1, lid 2 and
 * lid 5, 5.2, 5.3, 5.4, 5.5–5.7).
 */
const protectsByArticle: Readonly<Record<WithholdingGroundArticle | '5.3' | '5.5' | '5.6' | '5.7', LocalizedText>> = {
  '5.1.1a': {
    nl:
      'De eenheid van de Kroon. De koning en de ministers vormen samen de regering. Wat zij onderling ' +
      'bespreken, blijft binnenskamers.',
    en:
      'The unity of the Crown. The King and the ministers together form the government; what they discuss among ' +
      'themselves stays private.',
  },
  '5.1.1b': {
    nl: 'De veiligheid van Nederland, bijvoorbeeld informatie over defensie of de inlichtingendiensten.',
    en: 'The security of the Netherlands, for example information about defence or the intelligence services.',
  },
  '5.1.1c': {
    nl: 'Gegevens over een bedrijf of zijn producten, die het bedrijf in vertrouwen aan de overheid gaf.',
    en: 'Data about a company or its products that the company gave the government in confidence.',
  },
  '5.1.1d': {
    nl:
      'Gevoelige gegevens over iemand, zoals over gezondheid, geloof, afkomst of strafzaken. Behalve als de ' +
      'persoon toestemming gaf of de gegevens zelf openbaar maakte.',
    en:
      'Sensitive data about a person, such as health, religion, ethnic origin or criminal matters, unless the ' +
      'person agreed or made them public.',
  },
  '5.1.1e': {
    nl:
      'Nummers die iemand herkenbaar maken, zoals het burgerservicenummer (BSN). Behalve als openbaar maken de ' +
      'privacy duidelijk niet schaadt.',
    en:
      'Numbers that identify a person, such as the citizen service number (BSN), unless releasing them clearly ' +
      'does not harm privacy.',
  },
  '5.1.2a': {
    nl: 'De goede relatie van Nederland met andere landen en met internationale organisaties.',
    en: 'Good relations of the Netherlands with other states and international organisations.',
  },
  '5.1.2b': {
    nl:
      'Het geld en de economische belangen van de overheid, bijvoorbeeld bij onderhandelingen of bij de aankoop ' +
      'van grond.',
    en: 'The money and economic interests of the government, for example in negotiations or when buying land.',
  },
  '5.1.2c': {
    nl: 'Het opsporen en vervolgen van strafbare feiten door politie en justitie.',
    en: 'The investigation and prosecution of criminal offences by the police and the prosecution service.',
  },
  '5.1.2d': {
    nl: 'Het werk van inspecties en toezichthouders, zodat zij goed kunnen controleren.',
    en: 'The work of inspectors and supervisors, so that they can check properly.',
  },
  '5.1.2e': {
    nl: 'De privacy van mensen, zoals hun naam, adres of telefoonnummer.',
    en: "People's privacy, such as their name, address or phone number.",
  },
  '5.1.2f': {
    nl: 'Gegevens van een bedrijf die concurrenten niet mogen zien, zoals prijzen of werkwijzen.',
    en: 'Business data that competitors should not see, such as prices or working methods.',
  },
  '5.1.2g': {
    nl: 'De natuur en het milieu waar de informatie over gaat, bijvoorbeeld de plek waar zeldzame dieren leven.',
    en: 'The nature and environment the information is about, for example where rare animals live.',
  },
  '5.1.2h': {
    nl: 'De veiligheid van mensen en bedrijven, en het voorkomen van sabotage.',
    en: 'The safety of people and companies, and the prevention of sabotage.',
  },
  '5.1.2i': {
    nl: 'Het goed werken van de overheid, bijvoorbeeld vertrouwelijk overleg dat nog bezig is.',
    en: 'The proper functioning of the government, for example confidential talks that are still going on.',
  },
  '5.1.5': {
    nl:
      'Iemand zou door openbaar maken veel te zwaar benadeeld worden. Deze grond mag alleen in uitzonderlijke ' +
      'gevallen.',
    en: 'Releasing would harm someone out of all proportion. This ground may only be used in exceptional cases.',
  },
  '5.2': {
    nl:
      'Persoonlijke meningen over beleid van ambtenaren of bestuurders in intern overleg. Zo kunnen zij vrij ' +
      'met elkaar praten.',
    en:
      'Personal opinions on policy of officials or politicians in internal talks, so that they can speak freely ' +
      'with each other.',
  },
  '5.3': {
    nl:
      'Geen eigen grond. Bij informatie ouder dan vijf jaar moet de overheid extra uitleggen waarom zij die nog ' +
      'steeds niet openbaar maakt.',
    en:
      'Not a ground of its own. For information older than five years the government must give extra reasons ' +
      'why it still withholds it.',
  },
  '5.4': {
    nl:
      'Informatie van of voor de (in)formateur tijdens een kabinetsformatie. Die wordt pas openbaar als de ' +
      'formatie klaar is.',
    en:
      'Information held by or sent to the (in)formateur during a government formation. It becomes public only ' +
      'when the formation is finished.',
  },
  '5.5': {
    nl: 'Informatie over uzelf, of over uw overleden partner, kind of ouder. Alleen u krijgt die.',
    en: 'Information about yourself, or about your deceased partner, child or parent. Only you get it.',
  },
  '5.6': {
    nl: 'Informatie die niet openbaar is, maar die u om een zeer dringende reden toch krijgt. Alleen u krijgt die.',
    en: 'Information that is not public but that you get for a compelling reason. Only you get it.',
  },
  '5.7': {
    nl: 'Informatie die niet openbaar is, maar die onderzoekers onder voorwaarden krijgen.',
    en: 'Information that is not public but that researchers get under conditions.',
  },
};

const ground = (
  article: WithholdingGroundArticle,
  kind: WithholdingGround['kind'],
  labelNl: string,
  labelEn: string,
  nl: string,
  en: string,
): WithholdingGround => ({
  article,
  kind,
  isGround: true,
  labelNl,
  labelEn,
  explanation: { nl, en },
  protects: protectsByArticle[article],
});

/** Every entry of Woo chapter 5, in article order. Frozen. */
export const exceptionGrounds: readonly ExceptionGround[] = /* @__PURE__ */ deepFreeze<ExceptionGround[]>([
  // Woo 5.1 lid 1: absolute grounds.
  ground(
    '5.1.1a',
    'absolute',
    'Eenheid van de Kroon',
    'Unity of the Crown',
    'De informatie kan de eenheid van de Kroon in gevaar brengen. Dan wordt zij niet openbaar.',
    'The information could endanger the unity of the Crown. Then it is not released.',
  ),
  ground(
    '5.1.1b',
    'absolute',
    'Veiligheid van de Staat',
    'Security of the State',
    'De informatie kan de veiligheid van Nederland schaden. Dan wordt zij niet openbaar.',
    'The information could harm the security of the State. Then it is not released.',
  ),
  ground(
    '5.1.1c',
    'absolute',
    'Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens',
    'Company and manufacturing data given in confidence',
    'Een bedrijf gaf de overheid in vertrouwen gegevens over zijn bedrijf of product. Die worden niet openbaar.',
    'A company gave the government data about its business or products in confidence. These are not released.',
  ),
  ground(
    '5.1.1d',
    'absolute',
    'Bijzondere persoonsgegevens',
    'Special-category personal data',
    'Gevoelige gegevens over iemand, zoals gezondheid, geloof of strafzaken. Die worden niet openbaar, tenzij ' +
      'de persoon toestemming gaf of ze zelf openbaar maakte.',
    'Sensitive data about a person, such as health, religion or criminal matters. Not released unless the ' +
      'person agreed or made them public.',
  ),
  ground(
    '5.1.1e',
    'absolute',
    'Identificatienummers',
    'Identification numbers',
    'Nummers als het burgerservicenummer (BSN) worden niet openbaar. Behalve als dat de privacy duidelijk ' +
      'niet schaadt.',
    'Numbers such as the citizen service number (BSN) are not released, unless that clearly does not harm privacy.',
  ),
  // Woo 5.1 lid 2: relative grounds, weighed against the interest of openness.
  ground(
    '5.1.2a',
    'relative',
    'Internationale betrekkingen',
    'International relations',
    'De relatie met andere landen of internationale organisaties. Dit belang wordt afgewogen tegen openheid.',
    'Relations with other states and international organisations, weighed against openness.',
  ),
  ground(
    '5.1.2b',
    'relative',
    'Economische of financiële belangen',
    'Economic or financial interests',
    'De economische of financiële belangen van de overheid. Dit belang wordt afgewogen tegen openheid.',
    'The economic or financial interests of the State or other public bodies, weighed against openness.',
  ),
  ground(
    '5.1.2c',
    'relative',
    'Opsporing en vervolging van strafbare feiten',
    'Investigation and prosecution of offences',
    'Het opsporen en vervolgen van strafbare feiten. Dit belang wordt afgewogen tegen openheid.',
    'Investigating and prosecuting criminal offences, weighed against openness.',
  ),
  ground(
    '5.1.2d',
    'relative',
    'Inspectie, controle en toezicht',
    'Inspection, control and supervision',
    'Het werk van inspecties en toezichthouders. Dit belang wordt afgewogen tegen openheid.',
    'The work of inspection, control and supervision, weighed against openness.',
  ),
  ground(
    '5.1.2e',
    'relative',
    'Eerbiediging van de persoonlijke levenssfeer',
    'Respect for private life',
    'De privacy van mensen. Dit belang wordt afgewogen tegen openheid.',
    "People's privacy, weighed against openness.",
  ),
  ground(
    '5.1.2f',
    'relative',
    'Concurrentiegevoelige bedrijfs- en fabricagegegevens',
    'Competition-sensitive business data',
    'Gegevens van een bedrijf die concurrenten niet mogen zien. Dit belang wordt afgewogen tegen openheid.',
    'Business data that competitors should not see, weighed against openness.',
  ),
  ground(
    '5.1.2g',
    'relative',
    'Bescherming van het milieu',
    'Protection of the environment',
    'De bescherming van het milieu waar de informatie over gaat. Dit belang wordt afgewogen tegen openheid.',
    'Protecting the environment the information is about, weighed against openness.',
  ),
  ground(
    '5.1.2h',
    'relative',
    'Beveiliging van personen en bedrijven',
    'Security of persons and companies',
    'De veiligheid van mensen en bedrijven, en het voorkomen van sabotage. Dit belang wordt afgewogen tegen openheid.',
    'The security of people and companies and preventing sabotage, weighed against openness.',
  ),
  ground(
    '5.1.2i',
    'relative',
    'Goed functioneren van de Staat',
    'Proper functioning of the State',
    'Het goed werken van de overheid. Dit belang wordt afgewogen tegen openheid.',
    'The proper functioning of the State and other public bodies, weighed against openness.',
  ),
  // Woo 5.1 lid 5: residual ground, only in exceptional cases.
  ground(
    '5.1.5',
    'relative',
    'Onevenredige benadeling',
    'Disproportionate harm',
    'Openbaar maken zou iemand veel te zwaar benadelen. Dit mag alleen in uitzonderlijke gevallen.',
    'Releasing would harm someone out of all proportion. Only in exceptional cases.',
  ),
  // Woo 5.2: personal opinions on policy in internal deliberation.
  ground(
    '5.2',
    'relative',
    'Persoonlijke beleidsopvattingen',
    'Personal policy opinions',
    'Persoonlijke meningen van ambtenaren of bestuurders over beleid, in intern overleg. Vaak worden die ' +
      'zonder namen openbaar.',
    'Personal opinions on policy in internal deliberation. They are often released without names.',
  ),
  // Woo 5.3: not a ground of its own.
  {
    article: '5.3',
    protects: protectsByArticle['5.3'],
    kind: 'extraReasons',
    isGround: false,
    labelNl: 'Informatie ouder dan vijf jaar',
    labelEn: 'Information older than five years',
    explanation: {
      nl:
        'Geen eigen weigeringsgrond. Is de informatie ouder dan vijf jaar? Dan moet de overheid extra goed ' +
        'uitleggen waarom zij de informatie nog steeds niet openbaar maakt.',
      en:
        'Not a ground of its own. For information older than five years, a refusal on 5.1 lid 2 or 5 or on 5.2 ' +
        'needs extra reasons why the interest still outweighs openness.',
    },
  },
  // Woo 5.4: temporary bar during government formation.
  ground(
    '5.4',
    'temporary',
    'Formatie',
    'Government formation',
    'Informatie van of voor een (in)formateur. Die is pas openbaar als de kabinetsformatie klaar is.',
    'Information held by or sent to a (in)formateur is not public until the government formation is finished.',
  ),
  // Woo 5.5–5.7: special regimes, information given to the requester only.
  {
    article: '5.5',
    protects: protectsByArticle['5.5'],
    kind: 'specialAccess',
    isGround: false,
    labelNl: 'Verstrekking van informatie die de verzoeker betreft',
    labelEn: 'Information about the requester',
    explanation: {
      nl:
        'Informatie over uzelf, of over uw overleden partner, kind of ouder. U krijgt die alleen zelf, na ' +
        'controle van uw identiteit.',
      en:
        'Information about the requester, or a deceased spouse, partner, child or parent. Given to the ' +
        'requester only, after an identity check.',
    },
  },
  {
    article: '5.6',
    protects: protectsByArticle['5.6'],
    kind: 'specialAccess',
    isGround: false,
    labelNl: 'Verstrekking wegens klemmende redenen',
    labelEn: 'Access for compelling reasons',
    explanation: {
      nl:
        'Bij een zeer dringende reden kan de verzoeker informatie krijgen die niet openbaar is. Alleen de ' +
        'verzoeker krijgt die, soms onder voorwaarden.',
      en:
        'For compelling reasons the requester may get information that is not public. Only the requester gets ' +
        'it, sometimes under conditions.',
    },
  },
  {
    article: '5.7',
    protects: protectsByArticle['5.7'],
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

/**
 * How an exception works, in plain language, for a decision page: absolute grounds are marked as
 * such (Woo 5.1 lid 1: no weighing), relative ones say that the body weighed the interest against
 * openness (Woo 5.1 lid 2 and 5, 5.2).
 */
export function exceptionKindNote(kind: ExceptionGroundKind): LocalizedText {
  switch (kind) {
    case 'absolute':
      return {
        nl:
          'Absolute grond (Woo 5.1 lid 1): als deze grond geldt, wordt de informatie niet openbaar. Er wordt ' +
          'niet afgewogen.',
        en: 'Absolute ground (Woo 5.1(1)): when it applies, the information is not released. There is no weighing.',
      };
    case 'relative':
      return {
        nl:
          'Relatieve grond: het bestuursorgaan heeft dit belang afgewogen tegen het belang van openbaarheid. ' +
          'Dit belang woog hier zwaarder.',
        en:
          'Relative ground: the body weighed this interest against the interest of openness, and found that it ' +
          'weighed more here.',
      };
    case 'temporary':
      return {
        nl: 'Tijdelijke grond (Woo 5.4): de informatie wordt later alsnog openbaar.',
        en: 'Temporary ground (Woo 5.4): the information becomes public later.',
      };
    case 'extraReasons':
      return {
        nl:
          'Geen weigeringsgrond (Woo 5.3), maar een extra plicht om uit te leggen waarom oude informatie dicht ' +
          'blijft.',
        en: 'Not a ground to withhold (Woo 5.3), but an extra duty to explain why old information stays closed.',
      };
    case 'specialAccess':
      return {
        nl: 'Geen weigeringsgrond: de informatie gaat alleen naar de verzoeker (Woo 5.5 tot en met 5.7).',
        en: 'Not a ground to withhold: the information goes to the requester only (Woo 5.5 to 5.7).',
      };
  }
}
