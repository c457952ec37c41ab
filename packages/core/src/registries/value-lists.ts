/**
 * The smaller TOOI value lists a DiWoo document uses: document actions (soortHandeling), languages,
 * file formats, document relations and reasons for removal or replacement. Generated from the
 * DiWoo 0.9.8 XSD; the English labels are ours.
 */
import { tooiDocumenthandelingen } from '../generated/tooi/tooiDocumenthandelingen.js';
import { tooiDocumentrelaties } from '../generated/tooi/tooiDocumentrelaties.js';
import { tooiFiletypes } from '../generated/tooi/tooiFiletypes.js';
import { tooiRedenenVerwijderingVervanging } from '../generated/tooi/tooiRedenenVerwijderingVervanging.js';
import { tooiTalen } from '../generated/tooi/tooiTalen.js';
import { deepFreeze } from '../internal/freeze.js';
import { tooiCode, type TooiList } from './tooi.js';

/** A member of a small TOOI value list. */
export interface TooiConcept {
  /** Last segment of the URI: `c_e1ec050e`, `NLD`, `PDF`. */
  readonly code: string;
  readonly uri: string;
  /** Official label (Dutch, except for file formats, whose labels are format names). */
  readonly labelNl: string;
  /** Our English label. */
  readonly labelEn: string;
  /** The definition the list gives, when it has one (English for file formats). */
  readonly definition?: string;
}

function concepts(list: TooiList, english: Readonly<Record<string, string>> = {}): readonly TooiConcept[] {
  return deepFreeze(
    list.members.map((m): TooiConcept => {
      const code = tooiCode(m.uri);
      return {
        code,
        uri: m.uri,
        labelNl: m.label,
        labelEn: english[code] ?? m.label,
        ...(m.definition === undefined ? {} : { definition: m.definition }),
      };
    }),
  );
}

/** Kinds of document action (DiWoo `soortHandeling`, list `ccw_plooi_documenthandelingen` v2). */
export const documentActionTypes: readonly TooiConcept[] = /* @__PURE__ */ concepts(tooiDocumenthandelingen, {
  c_e1ec050e: 'signing',
  c_dfcee535: 'receipt',
  c_641ecd76: 'adoption',
});

/** Languages (list `scw_talen` v1): EU language codes such as `NLD`, plus Frisian and Papiamento. */
export const languages: readonly TooiConcept[] = /* @__PURE__ */ concepts(tooiTalen, {
  BUL: 'Bulgarian',
  DAN: 'Danish',
  DEU: 'German',
  ENG: 'English',
  EST: 'Estonian',
  FIN: 'Finnish',
  FRA: 'French',
  FRY: 'Western Frisian',
  GLE: 'Irish',
  ELL: 'Greek',
  HRV: 'Croatian',
  HUN: 'Hungarian',
  ITA: 'Italian',
  LAV: 'Latvian',
  LIT: 'Lithuanian',
  MLT: 'Maltese',
  NLD: 'Dutch',
  'PAP-AW': 'Papiamento (Aruba)',
  'PAP-CW': 'Papiamentu (Curaçao)',
  POL: 'Polish',
  POR: 'Portuguese',
  RON: 'Romanian',
  SLK: 'Slovak',
  SLV: 'Slovenian',
  SPA: 'Spanish',
  SWE: 'Swedish',
  CES: 'Czech',
});

/** File formats (list `ccw_plooi_filetypes` v4): EU file-type codes such as `PDF`. */
export const fileFormats: readonly TooiConcept[] = /* @__PURE__ */ concepts(tooiFiletypes);

/** Relations between documents (list `scw_documentrelatie` v1). */
export const documentRelationTypes: readonly TooiConcept[] = /* @__PURE__ */ concepts(tooiDocumentrelaties, {
  c_05f4a5f3: 'has attachment',
  c_07748060: 'is a response to',
  c_24ddfb9b: 'is an elaboration of',
  c_75fac459: 'refers to',
});

/** Reasons to remove or replace a published document (list `ccw_plooi_reden_intrekking_of_vervanging` v1). */
export const removalReasons: readonly TooiConcept[] = /* @__PURE__ */ concepts(tooiRedenenVerwijderingVervanging, {
  c_098c1346: 'correction of privacy-sensitive data',
  c_c77c86e0: 'correction of a procedural error',
});

/** The concept with this code or URI in one of the lists above, or undefined. */
export function conceptByCode(list: readonly TooiConcept[], codeOrUri: string): TooiConcept | undefined {
  return list.find((c) => c.code === codeOrUri || c.uri === codeOrUri);
}
