/**
 * Short names for the TOOI codes of the Woo information categories (scw_woo_informatiecategorieen,
 * version 4, as embedded in DiWoo 0.9.8). Only the codes live here, to keep the rules readable; the
 * labels, definitions and the list itself come from `@woo-kit/core` (`informationCategories`).
 */
import type { InformationCategoryCode } from '@woo-kit/core/categories';

/** TOOI codes of the 18 information categories by a short English name, checked against core's type. */
export const CATEGORY = {
  /** 3.3.1a wetten en algemeen verbindende voorschriften */
  laws: 'c_139c6280',
  /** 3.3.1b overige besluiten van algemene strekking */
  generalDecisions: 'c_aab6bfc7',
  /** 3.3.1c ontwerpen van wet- en regelgeving met adviesaanvraag */
  drafts: 'c_759721e2',
  /** 3.3.1d organisatie en werkwijze */
  organisation: 'c_40a05794',
  /** 3.3.1e bereikbaarheidsgegevens */
  contact: 'c_89ee6784',
  /** 3.3.2a bij vertegenwoordigende organen ingekomen stukken */
  incoming: 'c_8c840238',
  /** 3.3.2b vergaderstukken Staten-Generaal */
  statesGeneral: 'c_c76862ab',
  /** 3.3.2c vergaderstukken decentrale overheden */
  councilMeetings: 'c_db4862c3',
  /** 3.3.2d agenda's en besluitenlijsten bestuurscolleges */
  boardAgendas: 'c_3a248e3a',
  /** 3.3.2e adviezen */
  advice: 'c_99a836c7',
  /** 3.3.2f convenanten */
  covenants: 'c_8fc2335c',
  /** 3.3.2g jaarplannen en jaarverslagen */
  annual: 'c_c6cd1213',
  /** 3.3.2h subsidieverplichtingen anders dan met beschikking */
  subsidyObligations: 'c_cf268088',
  /** 3.3.2i Woo-verzoeken en -besluiten */
  wooRequests: 'c_3baef532',
  /** 3.3.2j onderzoeksrapporten */
  research: 'c_fdaee95e',
  /** 3.3.2k beschikkingen */
  dispositions: 'c_46a81018',
  /** 3.3.2l klachtoordelen */
  complaints: 'c_a870c43d',
  /** art. 3.1 inspanningsverplichting (published of one's own accord, none of the 17) */
  voluntary: 'c_816e508d',
} as const satisfies Record<string, InformationCategoryCode>;

/** A TOOI code of an information category, as the classifier knows them. */
export type CategoryCode = (typeof CATEGORY)[keyof typeof CATEGORY];

/** The 18 codes in a fixed order: the order of the model's classes. */
export const CATEGORY_CODES: readonly CategoryCode[] = Object.values(CATEGORY);
