/**
 * What the publishing organisation tells about the category. Four categories of Woo art. 3.3 lid 2 belong to
 * certain kinds of body only (the TOOI definitions of the categories, `@woo-kit/core` `informationCategories`):
 *
 * - onder a, ingekomen stukken: of the Staten-Generaal, provinciale staten, gemeenteraden and the algemene
 *   besturen of water boards, so never of a ministry, a zbo or another national body;
 * - onder b, vergaderstukken Staten-Generaal: of the two chambers and their committees, so never of a
 *   municipality, province, water board or joint arrangement;
 * - onder c, vergaderstukken decentrale overheden: of provinces, municipalities, water boards and joint
 *   arrangements, so never of a ministry, a zbo, another national body or the Staten-Generaal;
 * - onder d, agenda's en besluitenlijsten bestuurscolleges: of the ministerraad, gedeputeerde staten, colleges
 *   van B&W and daily boards, so never of the Staten-Generaal (their agendas are vergaderstukken, onder b).
 *
 * A ministry keeps onder b: ministries send the chambers their letters and bills, and the rule is kept to
 * what the definitions exclude for certain. An organisation the classifier does not recognise changes nothing.
 */
import type { InformationCategoryCode } from '@woo-kit/core/categories';

/** The kinds of publisher that rule out a category. */
export type PublisherKind = 'decentraal' | 'staten-generaal' | 'rijk';

const INCOMING = 'c_8c840238' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder a
const STATES_GENERAL = 'c_c76862ab' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder b
const DECENTRAL = 'c_db4862c3' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder c
const BOARDS = 'c_3a248e3a' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder d

/** The categories a kind of publisher cannot have, with the letter of Woo art. 3.3 lid 2 that says so. */
export const RULED_OUT: Readonly<
  Record<PublisherKind, ReadonlyArray<{ category: InformationCategoryCode; letter: string }>>
> = {
  decentraal: [{ category: STATES_GENERAL, letter: 'b' }],
  'staten-generaal': [
    { category: DECENTRAL, letter: 'c' },
    { category: BOARDS, letter: 'd' },
  ],
  rijk: [
    { category: INCOMING, letter: 'a' },
    { category: DECENTRAL, letter: 'c' },
  ],
};

/** The Dutch and English name of each kind, for the reasons. */
export const PUBLISHER_KIND_LABEL: Readonly<Record<PublisherKind, { nl: string; en: string }>> = {
  decentraal: { nl: 'een gemeente, provincie of waterschap', en: 'a municipality, province or water board' },
  'staten-generaal': { nl: 'de Staten-Generaal', en: 'the States General' },
  rijk: { nl: 'een rijksorganisatie', en: 'a national government body' },
};

const ADVICE = 'c_99a836c7' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder e
const RESEARCH = 'c_fdaee95e' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder j
const COMPLAINTS = 'c_a870c43d' as InformationCategoryCode; // Woo art. 3.3 lid 2 onder l

/** One hint from what a body is for. */
export interface PublisherHint {
  readonly category: InformationCategoryCode;
  /** The letter of Woo art. 3.3 lid 2. */
  readonly letter: string;
  /** Added to the category's score, like a specific rule (see rules.ts: 4 is strong). */
  readonly weight: number;
  /** What kind of body, for the reason: "een rekenkamer", "a court of audit". */
  readonly body: { readonly nl: string; readonly en: string };
}

/**
 * What a body is for says what it mostly publishes, even when a title names only its subject ("Dwaallichten boven de
 * Peel", "Passend onderwijs"): a rekenkamer or a planning and research office publishes research reports (Woo art. 3.3
 * lid 2 onder j), an advisory council advice (onder e), an ombudsman its judgements on complaints (onder l), a chamber
 * of the States General the papers of its meetings (onder b: motions, reports, vote lists named after a bill). A hint,
 * not a rule: a title that names another kind ("Jaarverslag 2024", "Werkprogramma") still wins. Matched on the name.
 * Weight 6 (was 4 until update 8), chosen on the trained rows of such bodies: at 4, 87 of 103 right and 16 "don't
 * know"; at 6, 97 right, 1 wrong, 5 "don't know"; at 8 it decides even a vacancy or a press release. Since update 10
 * a hint of weight 6 also counts as a kind named at the start of the title in the calibration, unless the title names
 * another kind; and the Onderzoeksraad voor Veiligheid (the Dutch Safety Board) is a research body.
 */
const HINTS: ReadonlyArray<readonly [RegExp, PublisherHint]> = [
  [
    new RegExp(
      String.raw`rekenkamer|planbureau|\b(?:scp|cpb|pbl|wodc|rivm|ovv)\b|onderzoeksraad voor veiligheid|` +
        String.raw`wetenschappelijk onderzoek- en documentatiecentrum|kennisinstituut`,
      'i',
    ),
    {
      category: RESEARCH,
      letter: 'j',
      weight: 6,
      body: { nl: 'een rekenkamer of onderzoeksinstituut', en: 'a court of audit or research institute' },
    },
  ],
  [
    new RegExp(
      String.raw`\b(?:adviesraad|adviescollege|adviescommissie|onderwijsraad|gezondheidsraad|` +
        String.raw`raad voor (?:cultuur|het openbaar bestuur|de leefomgeving|volksgezondheid|de rechtspraak)|` +
        String.raw`sociaal-economische raad|raad van state)\b`,
      'i',
    ),
    { category: ADVICE, letter: 'e', weight: 6, body: { nl: 'een adviesorgaan', en: 'an advisory body' } },
  ],
  [
    /ombudsman|ombudscommissie|klachtencommissie/i,
    { category: COMPLAINTS, letter: 'l', weight: 6, body: { nl: 'een ombudsman', en: 'an ombudsman' } },
  ],
];

/** A chamber of the States General (recognised as such by `publisherKind`) publishes the papers of its meetings. */
const CHAMBER_HINT: PublisherHint = {
  category: STATES_GENERAL,
  letter: 'b',
  weight: 4,
  body: { nl: 'een kamer van de Staten-Generaal', en: 'a chamber of the States General' },
};

/** The hint from what the body named by `value` is for, if its name (or, for the chambers, its TOOI id) says so. */
export function publisherHint(value: string): PublisherHint | undefined {
  const text = value.trim().slice(0, 300);
  return (
    HINTS.find(([pattern]) => pattern.test(text))?.[1] ??
    (publisherKind(text) === 'staten-generaal' ? CHAMBER_HINT : undefined)
  );
}

/** TOOI organisation URIs: …/tooi/id/<list>/<code>; the Tweede and Eerste Kamer are oorg10002 and oorg10001. */
const TOOI_ID = /identifier\.overheid\.nl\/tooi\/id\/([a-z]+)\/([a-z]+\d+)\s*$/i;
const CHAMBERS = new Set(['oorg10001', 'oorg10002']);

function kindOfCode(list: string | undefined, code: string): PublisherKind | undefined {
  const c = code.toLowerCase();
  if (CHAMBERS.has(c)) return 'staten-generaal';
  const prefix = list?.toLowerCase() ?? /^[a-z]+/.exec(c)?.[0];
  switch (prefix) {
    case 'gemeente':
    case 'gm':
    case 'provincie':
    case 'pv':
    case 'waterschap':
    case 'ws':
    case 'so':
      return 'decentraal';
    case 'ministerie':
    case 'mnre':
    case 'zbo':
    case 'zb':
    case 'oorg':
      return 'rijk';
    default:
      return undefined;
  }
}

/** Names as publishers write them: "Gemeente Utrecht", "college van B&W", "Provinciale Staten van …". */
const NAMES: ReadonlyArray<[RegExp, PublisherKind]> = [
  [/^(de )?(tweede|eerste) kamer\b|staten-generaal/i, 'staten-generaal'],
  [/^(de )?(gemeente|provincie|waterschap|hoogheemraadschap|wetterskip|gemeenteraad)\b/i, 'decentraal'],
  [/^(de )?(provinciale|gedeputeerde) staten\b|burgemeester en wethouders|\bb ?(&|en) ?w\b/i, 'decentraal'],
  [/^(het )?ministerie van\b/i, 'rijk'],
];

/**
 * The kind of the publishing organisation, from its TOOI URI (`https://identifier.overheid.nl/tooi/id/gemeente/gm0344`),
 * TOOI code (`gm0344`, `mnre1025`) or name (`Gemeente Utrecht`, `Ministerie van Financiën`); `undefined` when it
 * says nothing certain (an unknown name, a foundation, a court).
 */
export function publisherKind(value: string): PublisherKind | undefined {
  const text = value.trim().slice(0, 300);
  if (text === '') return undefined;
  const uri = TOOI_ID.exec(text);
  if (uri !== null) return kindOfCode(uri[1], uri[2]!);
  if (/^(gm|pv|ws|mnre|zb|oorg|so)\d+$/i.test(text)) return kindOfCode(undefined, text);
  for (const [pattern, kind] of NAMES) if (pattern.test(text)) return kind;
  return undefined;
}
