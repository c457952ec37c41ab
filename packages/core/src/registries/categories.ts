/**
 * The information categories of the Woo: the 17 categories of art. 3.3 plus the TOOI member
 * `c_816e508d` for information published voluntarily under the general duty of art. 3.1.
 *
 * Codes, URIs, Dutch labels and definitions come from the official TOOI list
 * `scw_woo_informatiecategorieen` version 4 (generated from the DiWoo 0.9.8 XSD). The article,
 * English label, plain-language explanation, whether the category applies to a municipality and
 * the date it became mandatory are ours, kept here.
 */
import { tooiInformatiecategorieen } from '../generated/tooi/tooiInformatiecategorieen.js';
import { isIsoDate, type IsoDate } from '../dates.js';
import { InvalidDateError, WooKitInputError, type LocalizedText } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { tooiCode } from './tooi.js';

/** Date the first tranche of art. 3.3 took effect by royal decree (1a, 1b, 1d, 1e, 2b). */
const TRANCHE_1 = '2024-11-01';

/** Hand-written metadata per TOOI code, in the order of the articles. */
const META = {
  // Woo 3.3 lid 1: always published of one's own accord.
  c_139c6280: {
    article: '3.3.1a',
    labelEn: 'Laws and generally binding regulations',
    explanation: {
      nl:
        'Regels die voor iedereen gelden. Bij een gemeente zijn dat vooral verordeningen. Bijvoorbeeld de ' +
        'regels voor parkeren of afval.',
      en:
        'Rules that apply to everyone. For a municipality these are mainly its by-laws, such as the rules on ' +
        'parking or waste.',
    },
    appliesToMunicipality: true,
    mandatorySince: TRANCHE_1,
  },
  c_aab6bfc7: {
    article: '3.3.1b',
    labelEn: 'Other decisions of general scope',
    explanation: {
      nl:
        'Besluiten die voor een grote groep mensen gelden, maar geen verordening zijn. Bijvoorbeeld ' +
        'beleidsregels. Daarin staat hoe de gemeente haar regels toepast.',
      en:
        'Decisions that apply to a large group of people but are not by-laws. For example policy rules, which ' +
        'say how the municipality applies its rules.',
    },
    appliesToMunicipality: true,
    mandatorySince: TRANCHE_1,
  },
  c_759721e2: {
    article: '3.3.1c',
    labelEn: 'Draft regulations with a request for advice',
    explanation: {
      nl:
        'Plannen voor nieuwe regels waarover de overheid advies vroeg aan een andere organisatie. De vraag om ' +
        'advies hoort erbij.',
      en:
        'Draft rules on which the government asked another organisation for advice. The request for advice is ' +
        'included.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_40a05794: {
    article: '3.3.1d',
    labelEn: 'Organisation and working methods',
    explanation: {
      nl:
        'Hoe de organisatie in elkaar zit en hoe zij werkt. Welke afdelingen er zijn. En wat elke afdeling doet ' +
        'en mag beslissen.',
      en:
        'How the organisation is set up and how it works: which departments there are, and what each one does ' +
        'and may decide.',
    },
    appliesToMunicipality: true,
    mandatorySince: TRANCHE_1,
  },
  c_89ee6784: {
    article: '3.3.1e',
    labelEn: 'Contact details',
    explanation: {
      nl: 'Hoe u de organisatie bereikt: adres, telefoon, e-mail en openingstijden. En hoe u om informatie vraagt.',
      en: 'How to reach the organisation: address, phone, e-mail and opening hours. And how to ask for information.',
    },
    appliesToMunicipality: true,
    mandatorySince: TRANCHE_1,
  },
  // Woo 3.3 lid 2: published unless art. 5.1 lid 1, 2 or 5 or art. 5.2 stands in the way.
  c_8c840238: {
    article: '3.3.2a',
    labelEn: 'Incoming documents of representative bodies',
    explanation: {
      nl:
        'Brieven en andere stukken die de gemeenteraad krijgt om te bespreken. Stukken over één persoon of één ' +
        'geval horen er niet bij.',
      en:
        'Letters and other documents the council receives for discussion. Documents about one person or one ' +
        'case are not included.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_c76862ab: {
    article: '3.3.2b',
    labelEn: 'Meeting documents of the States General',
    explanation: {
      nl: 'Stukken en verslagen van vergaderingen van de Eerste en Tweede Kamer. Dit geldt niet voor een gemeente.',
      en:
        'Meeting documents and reports of the Senate and the House of Representatives. This does not apply to a ' +
        'municipality.',
    },
    // Woo 3.3 lid 2 sub b: the States General only.
    appliesToMunicipality: false,
    mandatorySince: TRANCHE_1,
  },
  c_db4862c3: {
    article: '3.3.2c',
    labelEn: 'Meeting documents of decentralised authorities',
    explanation: {
      nl:
        'Stukken en verslagen van vergaderingen van de gemeenteraad en zijn commissies. Ook van provincies, ' +
        'waterschappen en samenwerkende gemeenten.',
      en:
        'Meeting documents and reports of the municipal council and its committees. Also of provinces, water ' +
        'boards and joint arrangements.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_3a248e3a: {
    article: '3.3.2d',
    labelEn: 'Agendas and decision lists of executive boards',
    explanation: {
      nl: 'De agenda en de lijst met besluiten van de vergaderingen van burgemeester en wethouders.',
      en: 'The agenda and the list of decisions of the meetings of the mayor and aldermen.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_99a836c7: {
    article: '3.3.2e',
    labelEn: 'Advice',
    explanation: {
      nl:
        'Adviezen van adviesraden en van andere organisaties die om advies zijn gevraagd. De vraag om advies ' +
        'hoort erbij. Adviezen over één persoon of één geval niet.',
      en:
        'Advice from advisory councils and from other organisations that were asked for advice, with the ' +
        'request. Not advice about one person or one case.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_8fc2335c: {
    article: '3.3.2f',
    labelEn: 'Covenants',
    explanation: {
      nl:
        'Schriftelijke afspraken van de overheid met andere organisaties. Bijvoorbeeld met bedrijven of met ' +
        'andere overheden.',
      en: 'Written agreements between the government and other organisations, such as companies or other authorities.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_c6cd1213: {
    article: '3.3.2g',
    labelEn: 'Annual plans and annual reports',
    explanation: {
      nl:
        'Plannen voor het komende jaar en verslagen over het vorige jaar. Wat de organisatie wil doen, en wat ' +
        'zij heeft gedaan.',
      en: 'Plans for the coming year and reports on the past year: what the organisation plans to do and what it did.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_cf268088: {
    article: '3.3.2h',
    labelEn: 'Subsidy obligations other than by decision',
    explanation: {
      nl:
        'Afspraken over subsidie die niet met een besluit zijn gemaakt. Dit geldt alleen voor het ministerie ' +
        'van Buitenlandse Zaken.',
      en: 'Subsidy commitments not made by a formal decision. This applies only to the Ministry of Foreign Affairs.',
    },
    // The TOOI definition adds "NB - alleen bij Min. BZ": Foreign Affairs only.
    appliesToMunicipality: false,
    mandatorySince: null,
  },
  c_3baef532: {
    article: '3.3.2i',
    labelEn: 'Woo requests and decisions',
    explanation: {
      nl:
        'Verzoeken om informatie op grond van de Woo. En de besluiten op die verzoeken, met de informatie die ' +
        'openbaar is gemaakt.',
      en: 'Requests for information under the Woo, the decisions on them and the information that was released.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_fdaee95e: {
    article: '3.3.2j',
    labelEn: 'Research reports',
    explanation: {
      nl:
        'Rapporten van onderzoek waar de organisatie om vroeg. Ze gaan over hoe de organisatie werkt of over ' +
        'haar beleid. Er staan vooral feiten in.',
      en:
        'Reports of research the organisation asked for, about how it works or about its policy. They mainly ' +
        'contain facts.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_46a81018: {
    article: '3.3.2k',
    labelEn: 'Decisions in individual cases',
    explanation: {
      nl: 'Besluiten over één persoon, bedrijf of zaak, zoals een vergunning. De wet zondert 21 soorten besluiten uit.',
      en: 'Decisions about one person, company or case, such as a permit. The law leaves out 21 kinds of decisions.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  c_a870c43d: {
    article: '3.3.2l',
    labelEn: 'Findings on complaints',
    explanation: {
      nl: 'Het schriftelijke oordeel van de organisatie over een klacht.',
      en: "The organisation's written finding on a complaint.",
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
  // Woo 3.1: the general duty to publish more than the 17 categories (inspanningsverplichting).
  c_816e508d: {
    article: '3.1',
    labelEn: 'Voluntary publication (Woo 3.1)',
    explanation: {
      nl: 'Informatie die niet in een van de 17 verplichte groepen valt. De organisatie maakt die toch zelf openbaar.',
      en: 'Information outside the 17 mandatory categories that the organisation still publishes of its own accord.',
    },
    appliesToMunicipality: true,
    mandatorySince: null,
  },
} as const;

/** TOOI code of an information category, e.g. `c_3baef532` (Woo-verzoeken en -besluiten). */
export type InformationCategoryCode = keyof typeof META;

/** Article of the Woo a category comes from: `3.3.1a` … `3.3.2l`, or `3.1` for voluntary publication. */
export type InformationCategoryArticle = (typeof META)[InformationCategoryCode]['article'];

/** One information category of the Woo (TOOI list `scw_woo_informatiecategorieen` v4). */
export interface InformationCategory {
  /** TOOI code, e.g. `c_3baef532`. */
  readonly code: InformationCategoryCode;
  /** TOOI URI, e.g. `https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532`. */
  readonly uri: string;
  /** Article of the Woo, e.g. `3.3.2i` (art. 3.3 lid 2 sub i) or `3.1`. */
  readonly article: InformationCategoryArticle;
  /** Official Dutch label (TOOI prefLabel). */
  readonly labelNl: string;
  /** Our English label. */
  readonly labelEn: string;
  /** Official Dutch definition (TOOI). */
  readonly definitionNl: string;
  /** Our plain-language explanation (Dutch at B1 level, and English). */
  readonly explanation: LocalizedText;
  /** Whether the category can apply to a municipality (false for 3.3.2b and 3.3.2h). */
  readonly appliesToMunicipality: boolean;
  /** Date the art. 3.3 letter took effect by royal decree (`YYYY-MM-DD`), or null when not (yet) in force. */
  readonly mandatorySince: IsoDate | null;
}

function buildCategories(): readonly InformationCategory[] {
  const byCode = new Map(tooiInformatiecategorieen.members.map((m) => [tooiCode(m.uri), m]));
  const list = (Object.keys(META) as InformationCategoryCode[]).map((code): InformationCategory => {
    const member = byCode.get(code);
    if (member === undefined) throw new Error(`woo-kit: category ${code} is not in the TOOI list`);
    const meta = META[code];
    return {
      code,
      uri: member.uri,
      article: meta.article,
      labelNl: member.label,
      labelEn: meta.labelEn,
      definitionNl: member.definition ?? member.label,
      explanation: meta.explanation,
      appliesToMunicipality: meta.appliesToMunicipality,
      mandatorySince: meta.mandatorySince,
    };
  });
  if (list.length !== byCode.size) throw new Error('woo-kit: the TOOI category list has members we do not describe');
  return deepFreeze(list);
}

/** All 18 information categories in article order (3.3.1a … 3.3.2l, then 3.1). Frozen. */
export const informationCategories: readonly InformationCategory[] = /* @__PURE__ */ buildCategories();

/** The 18 TOOI codes in article order. */
export const informationCategoryCodes: readonly InformationCategoryCode[] = /* @__PURE__ */ Object.freeze(
  informationCategories.map((c) => c.code),
);

/** True when `value` is the TOOI code of an information category. */
export function isInformationCategoryCode(value: unknown): value is InformationCategoryCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(META, value);
}

/** The category with this TOOI code (`c_3baef532`), or undefined. Pass a configured list to search that one. */
export function categoryByCode(
  code: string,
  categories: readonly InformationCategory[] = informationCategories,
): InformationCategory | undefined {
  return categories.find((c) => c.code === code);
}

/** The category with this TOOI URI, or undefined. */
export function categoryByUri(
  uri: string,
  categories: readonly InformationCategory[] = informationCategories,
): InformationCategory | undefined {
  return categories.find((c) => c.uri === uri);
}

/** The category of this article (`3.3.2i`, `3.1`), or undefined. */
export function categoryByArticle(
  article: string,
  categories: readonly InformationCategory[] = informationCategories,
): InformationCategory | undefined {
  return categories.find((c) => c.article === article);
}

/**
 * Local settings for the categories, keyed by TOOI code or by article. Use it when a new royal
 * decree puts a category in force (Woo 10.3) or when a municipality decides differently about
 * which categories apply to it.
 */
export interface CategoryConfig {
  readonly appliesToMunicipality?: Readonly<Record<string, boolean>>;
  readonly mandatorySince?: Readonly<Record<string, IsoDate | null>>;
}

/** A category code or article in a configuration that names no category. */
export class UnknownCategoryError extends WooKitInputError {
  readonly key: string;
  constructor(key: string, options: { path?: string } = {}) {
    const shown = JSON.stringify(key.slice(0, 40));
    super(
      'unknown-category',
      {
        nl: `Er is geen informatiecategorie met code of artikel ${shown}.`,
        en: `There is no information category with code or article ${shown}.`,
      },
      options,
    );
    this.key = key;
  }
}

/**
 * A new frozen list of categories with local settings applied. The base list is not changed.
 * Throws `UnknownCategoryError` for a key that names no category and `InvalidDateError` for a date
 * that is not `YYYY-MM-DD`.
 *
 * @example
 * const categories = withCategoryConfig({ mandatorySince: { '3.3.2i': '2026-07-01' } });
 */
export function withCategoryConfig(
  config: CategoryConfig,
  base: readonly InformationCategory[] = informationCategories,
): readonly InformationCategory[] {
  const find = (key: string, field: string): InformationCategory => {
    const found = base.find((c) => c.code === key || c.article === key);
    if (found === undefined) throw new UnknownCategoryError(key, { path: `/${field}/${key}` });
    return found;
  };
  const applies = new Map<InformationCategoryCode, boolean>();
  const since = new Map<InformationCategoryCode, IsoDate | null>();
  for (const [key, value] of Object.entries(config.appliesToMunicipality ?? {})) {
    const category = find(key, 'appliesToMunicipality');
    if (typeof value !== 'boolean') {
      throw new WooKitInputError(
        'invalid-config',
        { nl: 'Gebruik true of false bij appliesToMunicipality.', en: 'Use true or false in appliesToMunicipality.' },
        { path: `/appliesToMunicipality/${key}` },
      );
    }
    applies.set(category.code, value);
  }
  for (const [key, value] of Object.entries(config.mandatorySince ?? {})) {
    const category = find(key, 'mandatorySince');
    if (value !== null && !isIsoDate(value)) throw new InvalidDateError(value, { path: `/mandatorySince/${key}` });
    since.set(category.code, value);
  }
  return deepFreeze(
    base.map((c) => ({
      ...c,
      appliesToMunicipality: applies.get(c.code) ?? c.appliesToMunicipality,
      mandatorySince: since.has(c.code) ? (since.get(c.code) ?? null) : c.mandatorySince,
    })),
  );
}

/**
 * The categories a municipality must publish on `date` under art. 3.3: those that apply to it and
 * whose letter was in force on that day. Throws `InvalidDateError` for a bad date.
 */
export function mandatoryCategoriesOn(
  date: IsoDate,
  categories: readonly InformationCategory[] = informationCategories,
): readonly InformationCategory[] {
  if (!isIsoDate(date)) throw new InvalidDateError(date);
  // ISO dates compare correctly as strings.
  return categories.filter((c) => c.appliesToMunicipality && c.mandatorySince !== null && c.mandatorySince <= date);
}
