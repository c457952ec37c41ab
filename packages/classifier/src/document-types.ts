/**
 * Evidence from the TOOI document type (documentsoort, ccw_plooi_documentsoorten version 7, in
 * DiWoo 0.9.8). DiWoo and TOOI have no official mapping from document type to information category
 * (they are independent axes); these hints are ours. They follow woo-reference.md §5.4 and the
 * mapping the Ministry of VWS uses on its Woo platform (convenant, Woo-besluit, jaarverslag,
 * onderzoeksrapport, beschikking, klacht, advies). A hint adds `weight` to a category's score.
 * Weights are lower where a document type fits more than one category (agenda: college or council).
 */
import { CATEGORY as C, type CategoryCode } from './categories.js';

/** One hint: this document type points to this category with this weight. */
export interface DocumentTypeHint {
  readonly category: CategoryCode;
  readonly weight: number;
}

const h = (category: CategoryCode, weight: number): DocumentTypeHint => ({ category, weight });

/** Hints per TOOI document type code (…/tooi/def/thes/kern/c_…); the comment gives the TOOI label. */
export const DOCUMENT_TYPE_HINTS: Readonly<Record<string, readonly DocumentTypeHint[]>> = {
  c_1cf18f83: [h(C.wooRequests, 8)], // Wob-/Woo-verzoek
  c_4f50ca9c: [h(C.wooRequests, 9)], // beslissing op Wob-/Woo-verzoek
  c_386e74cb: [h(C.covenants, 8)], // convenant
  c_a6f44748: [h(C.annual, 8)], // jaarplan
  c_3d782f30: [h(C.annual, 8)], // jaarverslag
  c_dfa0ff1f: [h(C.annual, 4)], // begroting
  c_99d3e284: [h(C.annual, 4)], // verantwoordingsrapport
  c_cccba364: [h(C.annual, 2), h(C.research, 1.5)], // voortgangsrapport
  c_6f49bf34: [h(C.research, 7)], // onderzoeksrapport
  c_38ba44de: [h(C.research, 6)], // evaluatierapport
  c_4efe1293: [h(C.research, 4)], // inspectierapport
  c_3300f29a: [h(C.research, 3)], // rapport
  c_d506b718: [h(C.advice, 7)], // advies
  c_9b2d26fc: [h(C.advice, 7)], // advies Raad van State
  c_7051a61f: [h(C.advice, 5)], // adviesdocument
  c_a40458df: [h(C.advice, 4), h(C.drafts, 3)], // adviesaanvraag
  c_0e425c23: [h(C.advice, 2)], // adviesvoorstel
  c_0d0e9b52: [h(C.drafts, 3)], // nader rapport
  c_f90465b3: [h(C.boardAgendas, 3), h(C.councilMeetings, 3)], // agenda
  c_d4a4792f: [h(C.boardAgendas, 4), h(C.councilMeetings, 2.5)], // besluitenlijst
  c_7f9dffa7: [h(C.councilMeetings, 5)], // vergaderstuk
  c_42e406dd: [h(C.councilMeetings, 5)], // vergaderverslag
  c_a1dae55d: [h(C.councilMeetings, 4)], // termijnagenda
  c_bf0f9c95: [h(C.councilMeetings, 5), h(C.statesGeneral, 2)], // motie
  c_de27ae7a: [h(C.incoming, 8)], // ingekomen stuk
  c_7ab92a02: [h(C.incoming, 2)], // document van burger
  c_93b0d113: [h(C.dispositions, 8)], // beschikking
  c_aebfec50: [h(C.dispositions, 8)], // subsidiebeschikking
  c_c1956ef0: [h(C.dispositions, 7)], // aanwijzingsbeschikking
  c_acb44d77: [h(C.dispositions, 7)], // benoemingsbeschikking
  c_1c7656ac: [h(C.dispositions, 8)], // beschikking tot handhaving
  c_45be34e9: [h(C.dispositions, 8)], // beschikking tot opleggen boete
  c_a55b7649: [h(C.dispositions, 8)], // beschikking tot opleggen last onder bestuursdwang
  c_566a4430: [h(C.dispositions, 8)], // beschikking tot opleggen last onder dwangsom
  c_2ab17960: [h(C.dispositions, 7)], // erkenningsbeschikking
  c_2c0438f4: [h(C.dispositions, 7)], // instemmingsbeschikking
  c_f7dc55d9: [h(C.dispositions, 8)], // ontheffingsbeschikking
  c_002fc258: [h(C.dispositions, 7)], // vergunning
  c_30e8b503: [h(C.dispositions, 5)], // concessie
  c_dad2a6ed: [h(C.dispositions, 3)], // vergunningaanvraag
  c_d943ca24: [h(C.dispositions, 3)], // ontheffingsaanvraag
  c_5824891d: [h(C.dispositions, 2)], // subsidieaanvraag
  c_06a67c95: [h(C.dispositions, 3)], // bezwaarschrift
  c_ef935990: [h(C.complaints, 5)], // klacht
  c_81cc2eb5: [h(C.laws, 4), h(C.generalDecisions, 2.5)], // Gemeenteblad
  c_bdc265d5: [h(C.laws, 4), h(C.generalDecisions, 2.5)], // Provinciaal blad
  c_c97b118a: [h(C.laws, 4), h(C.generalDecisions, 2.5)], // Waterschapsblad
  c_12cd7b9b: [h(C.laws, 4), h(C.generalDecisions, 2.5)], // Blad gemeenschappelijke regeling
  c_852da199: [h(C.laws, 4), h(C.generalDecisions, 2.5)], // Afkondigingsblad
  c_61e3099a: [h(C.laws, 6)], // Staatsblad
  c_0670bae1: [h(C.laws, 3), h(C.generalDecisions, 2)], // Staatscourant
  c_b3179555: [h(C.laws, 5)], // Tractatenblad
  c_d2a6707c: [h(C.laws, 8)], // ministeriële regeling
  c_995d4fe9: [h(C.laws, 6)], // regeling
  c_fbaa7e4b: [h(C.generalDecisions, 8)], // beleidsregel
  c_41ac5574: [h(C.generalDecisions, 5)], // richtlijn
  c_3eb5572a: [h(C.generalDecisions, 3)], // circulaire
  c_9376c730: [h(C.generalDecisions, 2), h(C.voluntary, 2)], // beleidsnota
  c_10eb451d: [h(C.generalDecisions, 1.5), h(C.voluntary, 2)], // beleidsdocument
  c_33d7570c: [h(C.statesGeneral, 4), h(C.drafts, 3)], // voorstel van wet
  c_11305262: [h(C.statesGeneral, 5)], // memorie van toelichting
  c_1422b182: [h(C.statesGeneral, 6)], // memorie van antwoord
  c_622408c6: [h(C.statesGeneral, 6)], // nadere memorie van antwoord
  c_8f5898e5: [h(C.statesGeneral, 6)], // nota n.a.v. het nader verslag
  c_bee85371: [h(C.statesGeneral, 6)], // nota n.a.v. het verslag
  c_c2052ba5: [h(C.statesGeneral, 6)], // nota van wijziging
  c_a17ef403: [h(C.statesGeneral, 8)], // Handelingen
  c_49599e6c: [h(C.statesGeneral, 8)], // Kamerbrief
  c_056a75e1: [h(C.statesGeneral, 8)], // Kamerstuk
  c_dc6ba2eb: [h(C.statesGeneral, 8)], // Kamervraag
  c_6d494ab6: [h(C.statesGeneral, 8)], // Kamervraag met antwoord
  c_03c52ba0: [h(C.statesGeneral, 8)], // Kamervraag zonder antwoord
  c_1986dbe5: [h(C.statesGeneral, 6)], // parlementair document
  c_9ecc0007: [h(C.organisation, 6), h(C.contact, 3)], // organisatiegegevens
  c_7eba29ad: [h(C.voluntary, 6)], // persbericht
  c_c2f56984: [h(C.voluntary, 6)], // nieuwsbericht
  c_97f44ea5: [h(C.voluntary, 6)], // brochure
  c_2aedadff: [h(C.voluntary, 6)], // toespraak
  c_6604fe5b: [h(C.voluntary, 5)], // mediatekst
  c_75007d14: [h(C.voluntary, 5)], // communicatie-uiting
  c_4bd6c154: [h(C.voluntary, 3)], // diplomatieke verklaring
  c_b3a6a7fc: [h(C.voluntary, 3)], // kaart
  c_3a121159: [h(C.voluntary, 3)], // formulier
  c_6bbc9177: [h(C.voluntary, 2)], // publicatie
  c_5b1055aa: [h(C.annual, 2), h(C.voluntary, 1.5)], // plan
};

const CODE_IN_URI = /(?:^|\/)(c_[0-9a-f]{8})$/;

/** The TOOI code in a document type URI or bare code, or undefined. */
export function documentTypeCodeFromUri(value: string): string | undefined {
  return CODE_IN_URI.exec(value.trim())?.[1];
}
