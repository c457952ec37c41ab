/**
 * Hand-written rules: Dutch title conventions and words from the official TOOI definitions of the
 * categories (DiWoo 0.9.8 value lists). Each rule adds `weight` to one category's score when its
 * pattern matches the normalised text (see `normalizeTitle`). Weights are on the same scale as the
 * model's scores: 2 is a hint, 4 is strong, 6 or more nearly decides. The training script trains the
 * model on top of these rules, so the model learns what the rules miss.
 *
 * Rules come in two kinds. A **specific** rule matches a title convention or a term of the official
 * definition ("Besluitenlijst B&W", "Verordening", "Convenant", "Besluit op Woo-verzoek"); it is strong
 * evidence, and more so at the start of the title. A **generic** rule matches a word that fits several
 * categories ("rapportage", "notitie", "presentatie", "memo", "overeenkomst", "begroting"); it only
 * tips the balance, gets no start-of-title bonus, and on its own never gives a confident answer (the
 * calibration in `calibration.ts` counts specific and generic evidence separately).
 */
import type { LocalizedText } from '@woo-kit/core/categories';
import { CATEGORY as C, type CategoryCode } from './categories.js';

/** One explainable rule. */
export interface Rule {
  /** Stable id, shown in reasons (`woo-decision`, `council-motion`, …). */
  readonly id: string;
  readonly category: CategoryCode;
  readonly weight: number;
  /** Tested against normalised text: lowercase, no accents, words separated by single spaces. */
  readonly pattern: RegExp;
  /** Why this rule points to its category, in plain Dutch (B1) and English. */
  readonly reason: LocalizedText;
  /** A generic word that fits several categories: weak evidence that cannot decide on its own. */
  readonly generic: boolean;
}

const rule = (id: string, category: CategoryCode, weight: number, pattern: RegExp, nl: string, en: string): Rule => ({
  id,
  category,
  weight,
  pattern,
  reason: { nl, en },
  generic: false,
});
/** A generic rule: one word that fits several categories. The reason says it counts little. */
const hint = (id: string, category: CategoryCode, weight: number, pattern: RegExp, nl: string, en: string): Rule => ({
  id,
  category,
  weight,
  pattern,
  reason: {
    nl: `${nl} Dat is een algemeen woord; het telt weinig.`,
    en: `${en} That is a generic word, so it counts little.`,
  },
  generic: true,
});

// A word that ends after a group of words is written `(?!\w)`, not `\b`: where the character before is always a letter
// or digit the two match the same, and V8 compiles `\b` after a long alternation several times slower (measured: the
// first title waited 45 ms for all patterns, now 22 ms). Where the group can end in a space ("boa s?"), `\b` stays.

// Reusable pieces of patterns.
const WOO = String.raw`(?:woo|wob|wet open overheid|wet openbaarheid van bestuur)`;
const COLLEGE =
  String.raw`(?:benw|college|collegevergadering|gedeputeerde staten|dagelijks bestuur|db|` +
  String.raw`(?:rijks)?ministerraad|bestuurscollege|colleges?)`;
// "raad" but not the Council of the EU ("Raad Buitenlandse Zaken"), the Council of State or advisory councils ("Raad
// voor Cultuur"; "Raad voorstel …" is the council).
const RAAD =
  String.raw`raad(?! (?:buitenlandse|algemene zaken|landbouw|justitie|economische|werkgelegenheid|` +
  String.raw`concurrentievermogen|milieu|vervoer|onderwijs|ecofin|van state|van europa|van toezicht|` +
  String.raw`van bestuur|van advies|voor)(?!\w))`;
const COUNCIL =
  String.raw`(?:${RAAD}|gemeenteraad|raadsvergadering|raadscommissie|(?<!vaste )commissie|` +
  String.raw`commissievergadering|provinciale staten|statenvergadering|statencommissie|` +
  String.raw`algemeen bestuur|algemene bestuursvergadering|ab|verenigde vergadering|eilandsraad|` +
  String.raw`deelraad|stadsdeelcommissie|raadsavond|informatieavond raad)`;

// The acts under which a body decides on permits and exemptions: a draft decision under one of them is a draft
// beschikking (rule draft-disposition), never a draft regulation (rule draft-regulation).
const PERMIT_ACTS =
  String.raw`(?:wabo|wet (?:algemene bepalingen omgevingsrecht|natuurbescherming|milieubeheer)|wnb|waterwet|` +
  String.raw`flora en faunawet|ontgrondingenwet|mijnbouwwet)`;

// The designation of one building as a monument (Erfgoedwet, erfgoedverordening): a decision about that property and
// its owner, a beschikking (rule disposition), not a designation that applies generally (rule policy-rule).
const MONUMENT = String.raw`(?:(?:gemeentelijk|provinciaal) ?|rijks)monument`;
const NOT_OF_A_MONUMENT = String.raw`(?!(?: \w+){0,3}? (?:als |tot )?${MONUMENT}(?!\w))`;

// A date as normalised text: "14 maart 2024", "14 mrt", "14 03 2024", "2024 03 14", optionally with the weekday.
const DATE =
  String.raw`(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) )?(?:\d{1,2} (?:januari|februari|maart|` +
  String.raw`april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|` +
  String.raw`okt|nov|dec)(?: \d{4})?|\d{1,2} \d{1,2} \d{2,4}|\d{4} \d{2} \d{2})`;

/** The rules, in no particular order; every matching rule counts once. */
export const RULES: readonly Rule[] = [
  // 3.3.2i Woo-verzoeken en -besluiten
  rule(
    'woo-decision',
    C.wooRequests,
    10,
    new RegExp(
      String.raw`\b(?:(?:deel|openbaarmakings|inventaris)?(?:besluit|` +
        String.raw`beslissing)(?: \d+)?(?: op| inzake)?(?: het| een| uw)? ?${WOO}|(?:besluit|beslissing) op (?:het |` +
        String.raw`uw )?bezwaar\b.*\b${WOO}|${WOO} ?(?:besluit|deelbesluit|beslissing|bezwaar|besluiten)|` +
        // "Beslissing op verzoek ex artikel 4.1 Woo", "Besluit op uw verzoek om informatie (Woo)".
        String.raw`(?:besluit|beslissing) op (?:het |uw |een )?(?:\w+ )?verzoek\b.*\b${WOO})`,
    ),
    'De titel noemt een besluit op een Woo- of Wob-verzoek.',
    'The title names a decision on a Woo or Wob request.',
  ),
  rule(
    'woo-request',
    C.wooRequests,
    4.5,
    new RegExp(
      String.raw`\b(?:${WOO} ?(?:verzoek|verzoeken|dossier|publicatie|documenten|inventaris|inventarislijst)|` +
        String.raw`verzoek om (?:openbaarmaking|informatie)|openbaarmakingsbesluit|` +
        String.raw`openbaar ?gemaakte (?:documenten|stukken|informatie|e ?mails)|` +
        // "Woo 2024-123 …", "Besluit inzake informatieverzoek …" (not "een informatieverzoek indienen": how to ask).
        String.raw`^${WOO} \d{2,4}(?!\w)|(?:besluit|beslissing) (?:op|inzake) (?:het |uw |een )?informatieverzoek|` +
        String.raw`besluit op (?:het |uw )?verzoek om informatie|` +
        // "Openbaarmaking documenten over …", "Besluit openbaarmaking informatie …", "Verzoek op grond van de Woo";
        // not "actieve openbaarmaking", which is a policy.
        String.raw`(?:besluit (?:tot |op |inzake )?)?openbaarmaking (?:van )?(?:de |het )?(?:documenten|` +
        String.raw`informatie|stukken|e ?mails|correspondentie)|` +
        String.raw`(?:verzoek|aanvraag|besluit|beslissing) (?:op grond van|in het kader van|ingevolge|krachtens) ` +
        String.raw`(?:de )?${WOO})`,
    ),
    'De titel noemt een Woo- of Wob-verzoek.',
    'The title names a Woo or Wob request.',
  ),
  rule(
    'woo-inventory',
    C.wooRequests,
    2,
    // "Productierapport": the inventory export of the Woo platforms, the form real Woo decisions list documents in.
    /\b(?:inventarislijst|documentenlijst|inventaris van documenten|gelakte documenten|productierapport)(?!\w)/,
    'De titel noemt een inventarislijst van documenten, zoals bij een Woo-besluit.',
    'The title names an inventory of documents, as a Woo decision has.',
  ),
  // A large Woo request is decided in parts (Woo art. 4.2a): "Deelbesluit 3", "Tweede deelbesluit stikstof". All 122
  // real titles with "deelbesluit" are Woo decisions, but they also name the Woo, so this weight was not fitted on
  // them.
  rule(
    'woo-partial-decision',
    C.wooRequests,
    3,
    /\b(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|laatste|\d+e) )?deelbesluit(?:en)?(?!\w)/,
    'De titel noemt een deelbesluit: een groot Woo-verzoek wordt in delen besloten (Woo art. 4.2a).',
    'The title names a partial decision: a large Woo request is decided in parts (Woo art. 4.2a).',
  ),

  // 3.3.1e bereikbaarheidsgegevens
  rule(
    'contact-details',
    C.contact,
    6,
    new RegExp(
      String.raw`\b(?:contactgegevens|contactinformatie|bereikbaarheidsgegevens|contactpersoon|` +
        String.raw`contactpersonen|contactformulier|telefoonnummers?|e ?mailadres(?:sen)?|postadres|` +
        String.raw`bezoekadres|openingstijden(?! (?:van )?(?:de )?(?:winkels|horeca|supermarkten))|` +
        String.raw`klantcontactcentrum|openbaarheidscentrum|woo contactpersoon|` +
        String.raw`woo loket|contact opnemen|zo neemt u contact)(?!\w)`,
    ),
    'De titel gaat over contactgegevens of bereikbaarheid.',
    'The title is about contact details or how to reach the body.',
  ),
  rule(
    'contact-how-to-request',
    C.contact,
    9,
    new RegExp(
      String.raw`\b(?:(?:${WOO} ?|informatie)verzoek(?:en)? (?:indienen|doen|aanvragen|insturen)|(?:hoe|zo|` +
        String.raw`waar) (?:dient?|doet?|vraag|kunt|kan)\b.*\b(?:verzoek|informatie)|verzoek om informatie indienen)`,
    ),
    'De titel legt uit hoe je een verzoek om informatie indient.',
    'The title explains how to submit a request for information.',
  ),
  hint(
    'contact-reachability',
    C.contact,
    2,
    /\b(?:bereikbaarheid|bereikbaar|adresgegevens|adressen)(?!\w)/,
    'De titel noemt bereikbaarheid of adressen.',
    'The title mentions how to reach the body or addresses.',
  ),

  // 3.3.1d organisatie en werkwijze
  rule(
    'organisation-mandate',
    C.organisation,
    6,
    new RegExp(
      String.raw`\b(?:mandaatregister|mandaatlijst|delegatieregister|organisatiebesluit|organisatieverordening|` +
        (String.raw`organisatieregeling|organogram|organisatieschema|organisatiestructuur|organisatieonderdelen|` +
          String.raw`organisatie en werkwijze|`) +
        String.raw`portefeuilleverdeling|bevoegdhedenregister|directiestatuut|bestuursreglement|` +
        String.raw`instellingsbesluit|taken en bevoegdheden|nevenfuncties|nevenwerkzaamheden|` +
        String.raw`reglement van orde (?:voor|van) (?:de vergaderingen van )?(?:het college|` +
        String.raw`gedeputeerde staten|het dagelijks bestuur|dagelijks bestuur)|huishoudelijk reglement|` +
        String.raw`ambtelijke organisatie)(?!\w)`,
    ),
    'De titel gaat over de organisatie, de taken of de bevoegdheden (zoals het mandaatregister).',
    'The title is about the organisation, its tasks or powers (such as the register of mandates).',
  ),
  hint(
    'organisation-words',
    C.organisation,
    2,
    /\b(?:werkwijze|afdelingen|teamindeling|samenstelling|taakverdeling|portefeuilles?)(?!\w)/,
    'De titel noemt de werkwijze, de afdelingen of de samenstelling.',
    'The title mentions working methods, departments or composition.',
  ),

  // 3.3.2d agenda's en besluitenlijsten bestuurscolleges
  rule(
    'board-decision-list',
    C.boardAgendas,
    7,
    new RegExp(
      String.raw`\b(?:(?:openbare )?besluitenlijst(?:en)?|agenda|(?:openbare )?besluiten|` +
        String.raw`notulen|(?:openbaar )?verslag)\b(?: \w+){0,5} ${COLLEGE}(?!\w)`,
    ),
    'De titel is een agenda of besluitenlijst van het college (B&W, GS of een dagelijks bestuur).',
    'The title is an agenda or decision list of an executive board (B&W, GS or an executive committee).',
  ),
  rule(
    'board-decisions',
    C.boardAgendas,
    6,
    new RegExp(
      String.raw`\b(?:collegebesluiten|collegebesluitenlijst|besluitenlijst ?benw|benw ?besluiten|` +
        String.raw`benw besluitenlijst|collegeagenda|agenda collegevergadering|gs ?besluiten|` +
        String.raw`gedeputeerde staten besluiten|besluitenlijst gedeputeerde staten|(?:rijks)?ministerraad|` +
        // The college's list of decisions taken as proposed ("conformbesluitenlijst", also misspelt "comform").
        String.raw`co[nm]formbesluit(?:en|enlijst)?|co[nm]form besluitenlijst|co[nm]formlijst|` +
        String.raw`collegevergadering|gedeputeerde staten vergadering|` +
        // A weekly list: "Besluitenlijst week 11 2024" (a council meets monthly and names its meeting).
        String.raw`^(?:openbare )?besluitenlijst(?:en)? (?:van )?week \d+)(?!\w)`,
    ),
    'De titel noemt besluiten of de vergadering van het college.',
    'The title names decisions or the meeting of the executive board.',
  ),
  rule(
    'decision-list',
    C.boardAgendas,
    3,
    // "GS-besluitenlijst …", "B&W-besluitenlijst …": the board named first, joined to the word.
    new RegExp(
      String.raw`^(?:openbare |vastgestelde |definitieve |gewijzigde )?` +
        String.raw`(?:(?:benw|gedeputeerde staten|db|college) )?besluitenlijst(?:en)?(?!\w)`,
    ),
    'De titel begint met "Besluitenlijst".',
    'The title starts with "Besluitenlijst" (decision list).',
  ),

  // 3.3.2c vergaderstukken decentrale overheden
  rule(
    'council-meeting-document',
    C.councilMeetings,
    7,
    new RegExp(
      String.raw`\b(?:besluitenlijst(?:en)?|besluiten|agenda|notulen|verslag|vergaderstukken|audioverslag|` +
        String.raw`videoverslag|` +
        String.raw`conceptverslag|actielijst|lijst van toezeggingen|stemmingslijst|stemmingsuitslagen?)(?!\w)` +
        String.raw`(?: \w+){0,5} ${COUNCIL}(?!\w)`,
    ),
    'De titel is een agenda, verslag of besluitenlijst van de raad, de Staten of een commissie.',
    'The title is an agenda, minutes or decision list of the council, the provincial states or a committee.',
  ),
  rule(
    'council-proposal',
    C.councilMeetings,
    8,
    new RegExp(
      String.raw`^(?:raadsvoorstel|raadsbesluit|statenvoorstel|statenbesluit|` +
        String.raw`(?:inhoud )?voorstel (?:aan )?(?:de )?(?:gemeente)?${RAAD}|` +
        String.raw`voorstel aan (?:het algemeen bestuur|provinciale staten)|` +
        // The letter that sends a proposal to the council, a council memo, a proposal's number ("Rb 63", "RV 48").
        String.raw`aanbiedingsbrief (?:aan )?(?:de )?(?:leden van de )?(?:gemeente)?raad|raadsnotitie|` +
        String.raw`r[bv] ?\d{1,3}|debatonderwerp|` +
        // The convocation of a meeting; a group's contribution to the council's general debate.
        String.raw`oproepbrief|algemene beschouwing(?:en)?|` +
        String.raw`initiatiefvoorstel|voordracht|raadsvoordracht|ontwerpbesluit raad|` +
        // A motion or amendment named with what became of it in the meeting ("Ingetrokken motie …", "Aangenomen
        // amendement …"); a commitment (toezegging) the college made to the council, an announcement (mededeling) of
        // an alderman or the mayor in its meeting (Gemeentewet art. 169). A college's written "collegemededeling" stays
        // an incoming document (rule incoming-document).
        String.raw`(?:(?:ingetrokken|aangenomen|verworpen|aangehouden|vervallen) )?(?:motie|moties|amendement)|` +
        String.raw`toezegging(?:en)? (?:van (?:de |het )?)?(?:wethouder|burgemeester|gedeputeerde|portefeuillehouder|` +
        String.raw`college)|mededeling(?:en)? (?:van (?:de )?)?` +
        String.raw`(?:wethouder|burgemeester|gedeputeerde|portefeuillehouder)|` +
        String.raw`amendementen|subamendement|raadsvragen|schriftelijke vragen|technische vragen|` +
        String.raw`vragen ex artikel|vragen van de fractie|beantwoording (?:schriftelijke|technische) vragen|` +
        String.raw`beantwoording art(?:ikel)? \d+ vragen|toezeggingenlijst|termijnagenda|` +
        String.raw`lijst van toezeggingen|raadsagenda|raadsnotulen|raadsverslag|zienswijze (?:op |` +
        String.raw`over )?(?:de )?(?:ontwerp)?(?:begroting|jaarrekening|jaarstukken))(?!\w)`,
    ),
    'De titel begint met een raadsstuk: raadsvoorstel, motie, amendement of raadsvragen.',
    'The title starts with a council document: proposal, motion, amendment or council questions.',
  ),
  rule(
    'council-meeting-date',
    C.councilMeetings,
    7,
    // "Gemeenteraad 14-03-2024", "Commissie Bestuur 12 maart 2024", "Raadsavond 5 maart": a meeting of the council,
    // the Staten or one of their committees, titled by its date and nothing else.
    new RegExp(
      String.raw`^(?:(?:openbare|besluitvormende|oordeelsvormende|beeldvormende) )?(?:vergadering (?:van )?(?:de )?)?` +
        String.raw`(?:gemeenteraad|raad|raadscommissie|provinciale staten|algemeen bestuur|raadsavond|` +
        String.raw`raadsinformatieavond|politieke markt|` +
        String.raw`(?:raads|staten)?commissie(?! m e r| voor de m| van advies)(?: \w+){1,4}?)` +
        String.raw`(?: vergadering)?(?: van| op)? ${DATE}$`,
    ),
    'De titel is een vergadering van de raad, de Staten of een commissie, genoemd naar de datum.',
    'The title is a meeting of the council, the provincial states or a committee, named by its date.',
  ),
  rule(
    'council-meeting-item',
    C.councilMeetings,
    8,
    // "Raadsvergadering 12 maart 2024", "Raadsvergadering - Vaststellen van de agenda": a meeting of the council or
    // the Staten, or an item on its agenda (harvests of council information name an item after its meeting).
    new RegExp(
      String.raw`^(?:openbare )?(?:raadsvergadering|gemeenteraadsvergadering|statenvergadering|` +
        String.raw`commissievergadering|vergadering van de (?:gemeente)?raad|` +
        String.raw`vergadering (?:van )?provinciale staten)(?!\w)`,
    ),
    'De titel is een vergadering van de raad of de Staten, of een punt op de agenda daarvan.',
    'The title is a meeting of the council or the provincial states, or an item on its agenda.',
  ),
  rule(
    'council-words',
    C.councilMeetings,
    3.5,
    new RegExp(
      String.raw`\b(?:raadsvoorstel|raadsbesluit|statenvoorstel|raadsvergadering|statenvergadering|` +
        String.raw`raadscommissie|commissievergadering|motie|amendement|raadsvragen|raadsfractie|fractie|` +
        String.raw`gemeenteraad|provinciale staten|algemeen bestuur|rekenkamercommissie|raadsleden|raadslid|` +
        String.raw`statenleden|vragenuur|beeldvormende|oordeelsvormende|besluitvormende|begrotingswijziging|` +
        String.raw`zienswijze (?:op|over) de (?:ontwerp)?begroting|` +
        // Some councils call their committee meetings a forum ("Forumverslag 14-05-2018", "Raadsforum").
        String.raw`forumverslag|raadsforum|forumvergadering)(?!\w)`,
    ),
    'De titel noemt de raad, de Staten of een raadsstuk.',
    'The title mentions the council, the provincial states or a council document.',
  ),
  // Councils and Staten number their motions and amendments in the title: "M13a GL …", "AcM1 …", "VM2 …",
  // "24M35 …" (year + number), "JR.M03 …". Not a plain "A12" (a motorway) nor "M2" followed by a unit.
  rule(
    'council-motion-number',
    C.councilMeetings,
    5,
    /^(?:\d+ )?(?:\d{2}(?:a|m)|acm|vm|jrm|jr m|am|m)\d{1,3}[a-z]?\b(?! (?:km|m|meter|kilometer|per)(?!\w))/,
    'De titel begint met het nummer van een motie of amendement (zoals M12 of 24A3).',
    'The title starts with the number of a motion or amendment (such as M12 or 24A3).',
  ),

  // 3.3.2a bij vertegenwoordigende organen ingekomen stukken
  rule(
    'incoming-document',
    C.incoming,
    7,
    new RegExp(
      String.raw`\b(?:ingekomen stuk(?:ken)?|lijst (?:van )?ingekomen stukken|ingekomen brief|` +
        String.raw`ingekomen brieven|ingezonden brief|raadsinformatiebrief|raadsinformatiebrieven|` +
        String.raw`raadsinfobrief|raadsbrief|raadsmemo|raadsmededeling|collegebrief|collegemededeling|` +
        String.raw`statenbrief|statenmededeling|informatiememo|informatiebrief aan (?:de ${RAAD}|` +
        String.raw`het algemeen bestuur|provinciale staten)|memo aan de (?:gemeenteraad|${RAAD})|` +
        String.raw`brief aan de (?:gemeenteraad|${RAAD})|brief aan provinciale staten|` +
        String.raw`brief aan het algemeen bestuur|petitie|burgerbrief|burgerinitiatief|raadsadres(?:sen)?|` +
        String.raw`adres aan de (?:gemeente|stadsdeel)?${RAAD}|` +
        String.raw`verzoekschrift aan (?:de (?:gemeenteraad|${RAAD})|provinciale staten)|` +
        // Mail, an open letter or a plea sent to the council ("E-mail aan de gemeenteraad over …", "Open brief aan
        // de raadsleden"), and what came in ("Ingezonden stuk", "Binnengekomen brief", "Ingekomen e-mail").
        String.raw`(?:e ?mail|mail|open brief|correspondentie|verzoek|oproep|noodkreet) aan (?:de |alle )?` +
        String.raw`(?:gemeenteraad|${RAAD}|raadsleden|raadsfracties|staten(?! generaal)|statenleden|` +
        String.raw`leden van de (?:gemeente)?raad|provinciale staten|algemeen bestuur)|` +
        String.raw`brief aan (?:de |alle )?(?:raadsleden|staten(?! generaal)|statenleden)|` +
        String.raw`ingezonden stuk(?:ken)?|binnengekomen (?:brief|stuk|post|e ?mail)|` +
        String.raw`ingekomen (?:e ?mail|mail|post))(?!\w)`,
    ),
    'De titel is een ingekomen stuk of een brief aan de raad of de Staten.',
    'The title is an incoming document or a letter to the council or the provincial states.',
  ),
  rule(
    'incoming-letter',
    C.incoming,
    3,
    new RegExp(
      String.raw`\b(?:brief\b(?: van)?(?: \S+){0,10}? aan (?:de |het |alle )?(?:gemeenteraad|${RAAD}|raadsleden|` +
        String.raw`provinciale staten|algemeen bestuur|statenleden)|aan de gemeenteraad|` +
        String.raw`aan de leden van de (?:gemeente)?raad|aan provinciale staten)(?!\w)`,
    ),
    'De titel is een brief gericht aan de raad of de Staten.',
    'The title is a letter addressed to the council or the provincial states.',
  ),
  // A letter named after who sent it, when that is not the body itself: residents, a foundation or association,
  // another government ("Brief van Stichting Groen Dorp over de kap van bomen", "Brief VNG over de meicirculaire").
  // Letters of a minister or of committees and members of parliament are left out: they are the chambers' papers.
  rule(
    'incoming-sender',
    C.incoming,
    3,
    new RegExp(
      String.raw`^(?:afschrift )?(?:brief|e ?mail|mail|schrijven)(?: van)? (?:de |het )?(?:stichting|vereniging|` +
        String.raw`bewoners?|buurtbewoners|omwonenden|inwoners?|insprekers?|vng|provincie|gedeputeerde staten|` +
        String.raw`waterschap|hoogheemraadschap|veiligheidsregio|ggd|omgevingsdienst|inspectie|woningcorporatie|` +
        String.raw`belangenvereniging|dorpsraad|wijkraad|ondernemersvereniging|actiegroep|platform|cooperatie|` +
        String.raw`kamer van koophandel)(?!\w)`,
    ),
    'De titel is een brief van iemand buiten de organisatie, zoals inwoners, een stichting of een andere overheid.',
    'The title is a letter from someone outside the body, such as residents, a foundation or another government.',
  ),
  // A council information letter is an incoming document, but some bodies file it with the meeting documents.
  hint(
    'council-letter-meeting',
    C.councilMeetings,
    1.5,
    /\b(?:raadsinformatiebrief|raadsinfobrief|raadsmemo|raadsmededeling|statenbrief|statenmededeling)(?!\w)/,
    'Een raadsinformatiebrief of statenbrief hoort soms bij de vergaderstukken.',
    'A council information letter is sometimes filed with the meeting documents.',
  ),

  // 3.3.2b vergaderstukken Staten-Generaal
  rule(
    'states-general',
    C.statesGeneral,
    8.5,
    new RegExp(
      String.raw`\b(?:tweede kamer|eerste kamer|staten generaal|kamerbrief|kamerbrieven|kamerstuk(?:ken)?|` +
        String.raw`kamervragen|kamervraag|kamerlid|kamerleden|kamercommissie|vaste commissie voor|` +
        String.raw`procedurevergadering|handelingen|commissiedebat|plenair debat|notaoverleg|wetgevingsoverleg|` +
        String.raw`memorie van (?:toelichting|antwoord)|nota naar aanleiding van het verslag|` +
        String.raw`nota van wijziging|aanhangsel van de handelingen|verenigde vergadering der staten generaal|` +
        String.raw`het lid|de leden \w+ en \w+|brief regering|geannoteerde agenda|raad (?:buitenlandse zaken|` +
        String.raw`algemene zaken)|eu raad|europese raad|commissie voor de verzoekschriften|` +
        String.raw`regeling van werkzaamheden|schriftelijk overleg|feitelijke vragen|vaste kamercommissies?|` +
        String.raw`convocatie|lijst met eu voorstellen|` +
        // The government's assessment of a new EU proposal ("Fiche: …", "BNC-fiche …") and the reports of the
        // Councils of the EU are sent to the House.
        String.raw`bnc fiche|landbouw en visserijraad|ecofinraad|ecofin raad|jbz raad|milieuraad|transportraad|` +
        String.raw`telecomraad|energieraad|epsco raad|epscoraad|eurogroep)(?!\w)|^fiche(?!\w)`,
    ),
    'De titel noemt de Tweede of Eerste Kamer of een Kamerstuk.',
    'The title mentions the House of Representatives, the Senate or a parliamentary paper.',
  ),
  // The forms of two papers of the chambers (Grondwet art. 82-87, Reglement van Orde Tweede Kamer): a bill as put
  // before a chamber ("Voorstel van wet", "Gewijzigd voorstel van wet") and the written questions of a committee
  // ("Lijst van vragen …", "Verslag houdende een lijst van vragen en antwoorden"), whatever subject follows.
  rule(
    'states-general-paper-form',
    C.statesGeneral,
    5,
    /^(?:gewijzigd )?voorstel van wet(?!\w)|^(?:verslag houdende een )?lijst van vragen(?!\w)/,
    'De titel heeft de vorm van een Kamerstuk: een voorstel van wet of een lijst van vragen van een Kamercommissie.',
    "The title has the form of a parliamentary paper: a bill before a chamber or a committee's list of questions.",
  ),
  // The parliament titles a motion "Motie van het lid Rooderkerk over …"; most councils and Staten name the party
  // or number it ("Motie GL over …", "M13a …"), and Amsterdam's council, which also says "van het lid", writes
  // "inzake" ("Motie van de leden Vroege en Poot inzake …"). So "van het lid/de leden <names> over" outranks the
  // council's motion rule.
  rule(
    'states-general-member',
    C.statesGeneral,
    9,
    new RegExp(
      String.raw`^(?:(?:nader )?gewijzigde )?(?:motie|amendement|subamendement)\w* van (?:het lid|de leden) ` +
        String.raw`(?:(?!inzake(?!\w))\S+ ){1,10}?over(?!\w)`,
    ),
    'De titel is een motie of amendement "van het lid" of "van de leden" over iets: zo noemt de Tweede Kamer haar ' +
      'leden.',
    'The title is a motion or amendment "of the member(s)", as the House of Representatives or the Senate names them.',
  ),
  // An item of the Handelingen (the verbatim report of a sitting of a chamber), cited by sitting number, item number
  // and parliamentary year: "Vergadering nr. 23, item 5 (2023-2024) - Mededelingen". Under such a heading even
  // "Mededelingen", "Sluiting" or "Lijst van ingekomen stukken" is a paper of the chamber (Woo art. 3.3 lid 2 onder b).
  rule(
    'states-general-proceedings',
    C.statesGeneral,
    9,
    new RegExp(
      String.raw`^(?:handelingen (?:i{1,2} )?)?vergadering (?:nr |nummer )?\d+ item \d+ ` +
        String.raw`(?:19|20)\d\d (?:19|20)\d\d(?!\w)|^presentie en opening(?!\w)`,
    ),
    'De titel is een onderdeel van de Handelingen: vergadering, punt en vergaderjaar van een Kamer.',
    'The title is an item of the Handelingen (a chamber’s proceedings): sitting, item and parliamentary year.',
  ),
  // The parliament's own papers named by a dossier number or a sitting, not by their kind: the text of a bill as
  // passed or as amended so far ("36600-XVII, eindtekst"; "36813, bijgewerkt t/m nr. 5"), the list of votes of a
  // sitting ("Definitieve stemmingslijst dinsdag 4 maart 2025") and the plenary planning by week. A council's or the
  // Staten's vote list names the council, and then the council's rules decide.
  rule(
    'states-general-dossier-text',
    C.statesGeneral,
    8,
    new RegExp(
      String.raw`^\d{5}(?: [a-z]{1,5})? (?:eindtekst|bijgewerkt t m nr)(?!\w)|` +
        String.raw`^(?:definitieve )?(?:stemmingslijst|stemmingsuitslagen?)\b(?!.*\b(?:raad|gemeenteraad|` +
        String.raw`raadsvergadering|provinciale staten|statenvergadering|algemeen bestuur)(?!\w))|` +
        String.raw`^langetermijnagenda (?:incl stemmingslijst )?week \d+(?!\w)`,
    ),
    'De titel is de tekst van een wetsvoorstel bij een Kamerstuknummer, een stemmingslijst of de planning per week ' +
      'van de Tweede Kamer.',
    'The title is the text of a bill under a parliamentary dossier number, a list of votes or the plenary planning ' +
      'by week of the House.',
  ),
  // A bill is titled by what it changes or regulates: "Wijziging van de Omgevingswet in verband met …", "Regels over
  // de betaalbaarheid van huurwoningen (Wet betaalbare huur)", "Goedkeuring van het … Verdrag", "Vaststelling van de
  // begrotingsstaat van …". A law once in force is cited as "Wet van <date>, houdende …" or by its short title, and a
  // body's own by-law is a "Verordening", so these openings point to the parliament's papers on the bill (onder b).
  rule(
    'states-general-bill',
    C.statesGeneral,
    4,
    new RegExp(
      String.raw`^(?:wijziging van (?:de|het) (?:\w+ ){0,6}?\w*wet(?!\w)|regels (?:over|inzake|omtrent)(?!\w)|` +
        String.raw`goedkeuring van (?:het|de) (?:\w+ ){0,12}?verdrag(?!\w)|(?:vaststelling|wijziging) van de ` +
        String.raw`begrotingsstaten?(?!\w))`,
    ),
    'De titel is de naam van een wetsvoorstel ("Wijziging van de … wet", "Regels over …"): een stuk van de Kamer.',
    'The title is the name of a bill ("Wijziging van de … wet", "Regels over …"): a paper of the parliament.',
  ),

  // 3.3.2e adviezen
  rule(
    'advice-head',
    C.advice,
    6,
    new RegExp(
      String.raw`^(?:(?:ongevraagd|gevraagd|eind|definitief|voorlopig|concept|zwaarwegend|regionaal|` +
        String.raw`gezamenlijk) ?)?(?:advies|adviezen|adviesrapport|adviesbrief|advisering)(?!\w)`,
    ),
    'De titel begint met "Advies".',
    'The title starts with "Advies" (advice).',
  ),
  rule(
    'advice-body',
    C.advice,
    3.5,
    new RegExp(
      String.raw`\b(?:advies (?:van|door)|adviesraad|adviesraden|adviescommissie|adviescollege|adviesorgaan|` +
        String.raw`raad van state|raad voor|sociaal economische raad|participatieraad|cliëntenraad|` +
        String.raw`clientenraad|seniorenraad|jongerenraad|onderwijsraad|gezondheidsraad|wmo raad|` +
        String.raw`wmo adviesraad|adviesraad sociaal domein|omgevingsadviesraad|welstandscommissie|` +
        String.raw`commissie ruimtelijke kwaliteit|mer commissie|commissie m e r|` +
        String.raw`commissie voor de milieueffectrapportage|voorlichting van de afdeling advisering|` +
        String.raw`adviesaanvraag|advies aan|ongevraagd advies|reactie op (?:het )?advies)(?!\w)`,
    ),
    'De titel noemt een adviesraad of adviescommissie.',
    'The title mentions an advisory council or committee.',
  ),
  hint(
    'advice-compound',
    C.advice,
    2,
    /\b\w{3,}advies(?!\w)|\badvies(?!\w)/,
    'De titel noemt een advies.',
    'The title mentions advice.',
  ),

  // 3.3.1c ontwerpen van wet- en regelgeving met adviesaanvraag
  rule(
    'draft-regulation-advice',
    C.drafts,
    6,
    new RegExp(
      String.raw`\b(?:adviesaanvraag|advies ?aanvraag|verzoek om advies|consultatie|internetconsultatie|` +
        String.raw`consultatieversie|voorhang|inspraakversie)\b.*\b(?:ontwerp|concept|verordening|regeling|` +
        String.raw`wetsvoorstel|wet|besluit|beleidsregels?|amvb|nadere regels)\w*|\b(?:ontwerp|` +
        String.raw`concept)\w* ?(?:verordening|regeling|wetsvoorstel|wet|beleidsregels?|amvb|` +
        String.raw`algemene maatregel van bestuur|nadere regels|besluit van algemene strekking|` +
        String.raw`omgevingsverordening|huisvestingsverordening|keur)\w*\b.*\b(?:adviesaanvraag|advies|` +
        String.raw`consultatie|inspraak|ter advisering|voor advies)`,
    ),
    'De titel noemt een ontwerp van een regeling en een adviesaanvraag.',
    'The title names a draft regulation and a request for advice.',
  ),
  rule(
    'draft-regulation',
    C.drafts,
    3.5,
    new RegExp(
      String.raw`\b(?:ontwerpverordening|conceptverordening|ontwerp verordening|concept verordening|` +
        String.raw`ontwerpregeling|conceptregeling|ontwerp regeling|wetsvoorstel|conceptwetsvoorstel|` +
        // A draft decision on a permit or exemption is a draft beschikking, not a draft regulation (rule below).
        String.raw`ontwerpbesluit(?!.*\b(?:\w*vergunning|\w*ontheffing|aanvraag|\w*beschikking|` +
        String.raw`maatwerkvoorschriften?|${PERMIT_ACTS})(?!\w))|internetconsultatie|consultatie|voorhang|` +
        String.raw`ontwerpbeleidsregels?|` +
        String.raw`conceptbeleidsregels?|concept beleidsregels?|ontwerp beleidsregels?|ontwerp amvb)(?!\w)`,
    ),
    'De titel noemt een ontwerp of concept van een regeling.',
    'The title names a draft of a regulation.',
  ),

  // 3.3.1a wetten en algemeen verbindende voorschriften
  rule(
    'regulation-head',
    C.laws,
    6,
    new RegExp(
      String.raw`^(?:(?:\w+ )?(?:wijziging|wijzigingsverordening|intrekking|vaststelling|eerste wijziging|` +
        String.raw`tweede wijziging|derde wijziging|besluit tot wijziging van de|verbeterblad|` +
        String.raw`besluit tot vaststelling van de) ?)?(?:tijdelijke |bijzondere |aanvullende )?` +
        // A by-law named with an adjective or a pair ("Financiële verordening", "Inspraak- en participatie…").
        String.raw`(?:(?:algemene|financiele|gemeentelijke|provinciale|regionale|integrale|\w+ en) \w*verordening|` +
        String.raw`\w*verordening|algemene plaatselijke verordening|` +
        String.raw`keur|wet|regeling|(?:verzamel)?wijzigingsregeling|reglement|nadere regels|omgevingsplan|` +
        String.raw`legesverordening|tarieventabel|` +
        String.raw`verordening|gemeenschappelijke regeling|instructieregels)(?!\w)`,
    ),
    'De titel begint met een verordening, wet, regeling of nadere regels: algemeen verbindende voorschriften.',
    'The title starts with a by-law, act, regulation or further rules: generally binding regulations.',
  ),
  // An amendment of a named decree of the Crown, an algemene maatregel van bestuur (Grondwet art. 89): "Besluit tot
  // wijziging van het Besluit kinderopvang", "Wijziging van het Uitvoeringsbesluit Meststoffenwet". Not a decision on
  // one case or a mandate ("… van het besluit op bezwaar …", "… van het Besluit mandaat …"), and not a draft, which
  // starts with "Ontwerpbesluit" (3.3.1c).
  rule(
    'decree-amendment',
    C.laws,
    6,
    new RegExp(
      String.raw`^(?:besluit (?:van \d{1,2} \w+ \d{4} )?(?:tot|houdende) )?(?:wijziging|intrekking) van het ` +
        String.raw`(?:uitvoerings)?besluit (?!(?:op|van|inzake|tot|over|d d|dd|d|nr|nummer|mandaat|mandatering|` +
        String.raw`aanwijzing|benoeming|subsidie\w*|omgevingsvergunning|verkeers\w*|college|raad|burgemeester)(?!\w))` +
        String.raw`[a-z]\w{3,}`,
    ),
    'De titel wijzigt een besluit met een eigen naam, zoals een algemene maatregel van bestuur: algemeen ' +
      'verbindende voorschriften.',
    'The title amends a named decree, such as an order in council (algemene maatregel van bestuur): generally ' +
      'binding regulations.',
  ),
  rule(
    'regulation-words',
    C.laws,
    4,
    new RegExp(
      String.raw`\b(?:\w*verordening(?:en)?|algemene plaatselijke verordening|apv|nadere regels|keur|` +
        String.raw`omgevingsplan|tarieventabel|staatsblad|ministeriele regeling|algemene maatregel van bestuur|` +
        String.raw`amvb|subsidieregeling|uitvoeringsregeling)(?!\w)`,
    ),
    'De titel noemt een verordening, nadere regels of een andere algemeen verbindende regeling.',
    'The title mentions a by-law, further rules or another generally binding regulation.',
  ),
  rule(
    'decree',
    C.laws,
    6,
    new RegExp(
      String.raw`^(?:\w+ \d+ \d+ )?(?:besluit|wet|regeling) van (?:de (?:minister|` +
        String.raw`staatssecretaris) van [\w ]+ van )?\d{1,2} \w+ \d{4}\b.*\b(?:houdende|tot wijziging|` +
        String.raw`tot vaststelling|tot intrekking)(?!\w)`,
    ),
    'De titel heeft de vorm van een wet, algemene maatregel van bestuur of ministeriële regeling ("… van ' +
      '[datum], houdende …").',
    'The title has the form of an act, order in council or ministerial regulation ("… of [date], containing …").',
  ),
  hint(
    'regulation-generic',
    C.laws,
    2,
    /\b(?:\w*regeling|\w+reglement)(?!\w)/,
    'De titel noemt een regeling of reglement.',
    'The title mentions a regulation or rules.',
  ),
  hint(
    'official-gazette',
    C.laws,
    2,
    /\b(?:gemeenteblad|provinciaal blad|waterschapsblad|staatscourant|blad gemeenschappelijke regeling)(?!\w)/,
    'De titel noemt een officieel publicatieblad; daarin staan verordeningen, maar ook andere besluiten.',
    'The title names an official gazette; it publishes by-laws but other decisions too.',
  ),
  hint(
    'official-gazette-decision',
    C.generalDecisions,
    1.5,
    /\b(?:gemeenteblad|provinciaal blad|waterschapsblad|staatscourant|blad gemeenschappelijke regeling)(?!\w)/,
    'Een officieel publicatieblad bevat ook besluiten van algemene strekking.',
    'An official gazette also publishes decisions of general scope.',
  ),

  // 3.3.1b overige besluiten van algemene strekking
  rule(
    'policy-rule',
    C.generalDecisions,
    6,
    new RegExp(
      String.raw`\b(?:\w*beleidsregels?|\w*beleidsregel(?:en|ing)|aanwijzingsbesluit${NOT_OF_A_MONUMENT}|` +
        // A mandate or delegation decision applies generally (the register of mandates is organisation, 3.3.1d).
        String.raw`\w*mandaatbesluit\w*|\w*mandaatregeling\w*|mandaat volmacht|mandaat en volmacht|besluit mandaat|` +
        String.raw`volmachtbesluit|delegatiebesluit|` +
        String.raw`voorbereidingsbesluit|gebiedsaanwijzing|aanwijzing (?:van )?(?:een )?(?:gebied|` +
        String.raw`veiligheidsrisicogebied|cameratoezicht|locaties?|toezichthouders)|` +
        // "Aanwijzing van BOA van Staatsbosbeheer als toezichthouder APV": who may supervise, for everyone.
        String.raw`aanwijzing (?:van )?(?:\w+ ){0,6}?als toezichthouders?|` +
        String.raw`aanwijzing (?:van )?(?:de |een )?(?:boa s?|buitengewoon opsporingsambtena\w*)|` +
        String.raw`besluit (?:tot )?aanwijzing${NOT_OF_A_MONUMENT}|aanwijzingsbesluiten|` +
        String.raw`besluit van algemene strekking|subsidieplafond(?:s)?|plafondbesluit|` +
        String.raw`projectbesluit|peilbesluit|legger|vaststelling (?:van )?(?:de )?(?:tarieven|` +
        String.raw`beleid|kaders?|plafond)|` +
        // Naming streets, closing a road to public traffic and shop hours concern everyone, not one applicant.
        String.raw`straatnaambesluit|straatnaamgeving|vaststelling (?:van )?(?:een |de )?straatna(?:am|men)|` +
        String.raw`onttrekking(?:sbesluit)? (?:van (?:\w+ ){1,6}?)?aan (?:het openbaar verkeer|de openbaarheid)|` +
        String.raw`winkeltijden|koopzondagen|` +
        String.raw`openingstijden (?:van )?(?:de )?winkels)\b`,
    ),
    'De titel noemt een beleidsregel of een ander besluit voor iedereen (van algemene strekking).',
    'The title names a policy rule or another decision that applies generally.',
  ),
  // Traffic decisions (verkeersbesluiten, art. 15 Wegenverkeerswet 1994) and zoning plans. In law a traffic decision
  // and a bestemmingsplan are besluiten van algemene strekking: onder b, the default. The national Woo-index
  // (organisaties.overheid.nl, "Locaties Woo-documenten") files the announcement type "ruimtelijk plan of
  // omgevingsdocument" under "wetten en algemeen verbindende voorschriften" (onder a), and did so for "verkeersbesluit
  // of -mededeling" too until autumn 2023. `createClassifier({ trafficDecisionsAndPlans: 'wooIndex' })` files them as
  // the Woo-index does now, `'laws'` both onder a (see `TrafficDecisionsAndPlans`). (An omgevingsplan under
  // the Omgevingswet is generally binding: onder a either way, rule `regulation-words`.) Titles in the Gemeenteblad
  // often name only the measure and the street.
  rule(
    'traffic-decision',
    C.generalDecisions,
    6,
    new RegExp(
      String.raw`\b(?:(?:verzamel|tijdelijk|gewijzigd|definitief|concept)?verkeersbesluit(?:en)?|` +
        String.raw`verkeersmaatregel\w*|(?:gehandicapten|invaliden|oplaad|laad)` +
        String.raw`parkeerplaats(?:en)?|parkeerplaats(?:en)? (?:voor|uitsluitend)|oplaadvak(?:ken)?|` +
        String.raw`oplaadplaats(?:en)?|` +
        String.raw`opladen van elektrische|parkeerverbod|stopverbod|verbod (?:stil te staan|te parkeren|` +
        String.raw`in te rijden)|inrijverbod|eenrichtingsverkeer|(?:gewichts|breedte|snelheids|hoogte|lengte|` +
        String.raw`aslast)beperking|geslotenverklaring|bord [a-l] ?\d+\w*|rvv(?: 1990)?)(?!\w)`,
    ),
    'De titel is een verkeersbesluit of noemt een verkeersmaatregel (zoals een parkeerplaats of een verbod). Een ' +
      'verkeersbesluit geldt voor iedereen: een besluit van algemene strekking (Woo art. 3.3 lid 1 onder b).',
    'The title is a traffic decision or names a traffic measure (such as a parking space or a ban). A traffic ' +
      'decision applies to everyone: a decision of general scope (Woo art. 3.3(1)(b)).',
  ),
  rule(
    'spatial-plan',
    C.generalDecisions,
    6,
    /\b(?:bestemmingsplan|wijzigingsplan|uitwerkingsplan|inpassingsplan)(?!\w)/,
    'De titel noemt een bestemmingsplan of ander ruimtelijk plan: een besluit van algemene strekking (Woo art. ' +
      '3.3 lid 1 onder b).',
    'The title names a zoning plan or another spatial plan: a decision of general scope (Woo art. 3.3(1)(b)).',
  ),

  hint(
    'policy-document',
    C.generalDecisions,
    2,
    /\b(?:beleidskader|beleidsplan|beleidsnota|beleidsnotitie|circulaire|richtlijn|instructie)(?!\w)/,
    'De titel noemt een beleidsstuk; dat is soms een besluit van algemene strekking.',
    'The title names a policy document; that is sometimes a decision of general scope.',
  ),
  hint(
    'general-decision',
    C.generalDecisions,
    1.5,
    new RegExp(
      String.raw`^besluit (?:tot|van|houdende|over|inzake) (?:vaststelling|wijziging|intrekking|` +
        String.raw`aanwijzing)(?!\w)|\b(?:beleid|tarieven|kader)(?!\w)`,
    ),
    'De titel noemt het vaststellen van beleid, een kader of tarieven.',
    'The title names the adoption of policy, a framework or rates.',
  ),

  // 3.3.2f convenanten
  rule(
    'covenant',
    C.covenants,
    7,
    /\b\w*convenant\w*(?!\w)/,
    'De titel noemt een convenant.',
    'The title names a covenant.',
  ),
  rule(
    'agreement',
    C.covenants,
    4,
    new RegExp(
      String.raw`\b(?:samenwerkingsovereenkomst|bestuursovereenkomst|intentieverklaring|intentieovereenkomst|` +
        String.raw`bestuursakkoord|bestuursafspraken|samenwerkingsafspraken|prestatieafspraken|afsprakenkader|` +
        String.raw`regio deal|regiodeal|green deal|city deal|woondeal|gebiedsovereenkomst)(?!\w)`,
    ),
    'De titel noemt afspraken of een overeenkomst tussen overheden en andere partijen.',
    'The title names agreements between public bodies and other parties.',
  ),
  hint(
    'agreement-generic',
    C.covenants,
    2,
    new RegExp(
      String.raw`\b(?:deal|pact|manifest|overeenkomst|akkoord|samenwerkingsagenda|raamovereenkomst|` +
        String.raw`anterieure overeenkomst|afspraken)(?!\w)`,
    ),
    'De titel noemt een overeenkomst of afspraken.',
    'The title mentions an agreement.',
  ),

  // 3.3.2g jaarplannen en jaarverslagen
  rule(
    'annual-plan-report',
    C.annual,
    7,
    new RegExp(
      String.raw`\b\w*(?:jaarverslag|jaarverslagen|jaarplan|jaarplannen|jaarrekening|jaarstukken|` +
        String.raw`jaarrapportage|jaarrapport|jaarverantwoording|jaaroverzicht|jaarprogramma|jaarbericht|` +
        String.raw`jaarwerkplan|jaarevaluatie|jaarcijfers)\w*(?!\w)|` +
        // The plan of work for one year ("Werkplan 2025 Rekenkamercommissie", "Onderzoeksprogramma 2024").
        String.raw`^(?:\w+ )?(?:werkplan|werkprogramma|onderzoeksprogramma|onderzoeksplan) (?:\w+ )?\d{4}\b(?! \d{4})`,
    ),
    'De titel is een jaarplan of jaarverslag.',
    'The title is an annual plan or annual report.',
  ),
  rule(
    'planning-control',
    C.annual,
    4,
    new RegExp(
      String.raw`\b(?:programmabegroting|meerjarenbegroting|primitieve begroting|begroting \d{4}|kadernota|` +
        String.raw`voorjaarsnota|najaarsnota|perspectiefnota|bestuursrapportage|burap|verantwoordingsrapport|` +
        String.raw`bestuursverslag|maatschappelijk verslag|sociaal jaarverslag|uitvoeringsprogramma vth|` +
        String.raw`vth uitvoeringsprogramma)(?!\w)`,
    ),
    'De titel is een begroting of verslag over de uitvoering van de taken (planning en verantwoording).',
    'The title is a budget or report on carrying out the tasks (planning and accountability).',
  ),
  hint(
    'planning-words',
    C.annual,
    2,
    new RegExp(
      String.raw`\b(?:\w*begroting|tussenrapportage|voortgangsrapportage|werkplan|uitvoeringsplan|` +
        String.raw`uitvoeringsprogramma|activiteitenplan|meerjarenplan|bedrijfsplan|ondernemingsplan|` +
        String.raw`kwartaalrapportage|halfjaarrapportage|jaarplanning|jaaragenda)(?!\w)`,
    ),
    'De titel noemt een begroting, werkplan of voortgangsrapportage.',
    'The title mentions a budget, work plan or progress report.',
  ),

  // 3.3.2h subsidieverplichtingen anders dan met beschikking
  rule(
    'subsidy-obligation',
    C.subsidyObligations,
    9,
    new RegExp(
      String.raw`\b(?:subsidieverplichting(?:en)?|subsidieovereenkomst(?:en)?|subsidieregister|` +
        String.raw`subsidie overeenkomst|overzicht (?:verstrekte |verleende )?subsidies|` +
        String.raw`subsidies? (?:anders dan|zonder) (?:met |bij )?(?:een )?beschikking|bijdrage overeenkomst|` +
        String.raw`bijdrageovereenkomst|grant agreement|grant arrangement|activiteitenovereenkomst|` +
        String.raw`financieringsovereenkomst)(?!\w)`,
    ),
    'De titel noemt een subsidieverplichting zonder beschikking (zoals bij Buitenlandse Zaken).',
    'The title names a subsidy obligation without a disposition (as at Foreign Affairs).',
  ),
  hint(
    'foreign-affairs',
    C.subsidyObligations,
    2,
    /\b(?:ontwikkelingssamenwerking|buitenlandse zaken|bz|buza|ministerie van buitenlandse zaken)(?!\w)/,
    'De titel noemt Buitenlandse Zaken of ontwikkelingssamenwerking; alleen daar bestaan ' +
      'subsidieverplichtingen zonder beschikking.',
    'The title mentions Foreign Affairs or development aid, the only place with subsidy obligations without a ' +
      'disposition.',
  ),

  // 3.3.2j onderzoeksrapporten
  rule(
    'research-report',
    C.research,
    6.5,
    new RegExp(
      String.raw`\b(?:onderzoeksrapport(?:en)?|eindrapport|eindrapportage|evaluatierapport|` +
        String.raw`evaluatieonderzoek|rekenkamerrapport|rekenkameronderzoek|rekenkamerbrief|rapport rekenkamer|` +
        String.raw`onderzoeksverslag|feitenonderzoek|feitenrelaas|haalbaarheidsstudie|` +
        String.raw`haalbaarheidsonderzoek|effectmeting|quickscan|quick scan|second opinion|doorlichting|` +
        String.raw`beleidsdoorlichting|audit|auditrapport|verkennend onderzoek|inspectierapport|` +
        String.raw`milieueffectrapport|effectrapportage|nulmeting|impactanalyse|` +
        // One scan for the compounds: "Bewonersenquête", "Klanttevredenheidsonderzoek", "Praktijkonderzoek naar …".
        String.raw`\w*(?:enquete|(?:tevredenheids|belevings|ervarings)onderzoek|onderzoek naar)|` +
        String.raw`marktverkenning|rapport van bevindingen|extern onderzoek|` +
        String.raw`(?:tussen|eind|midterm|proces|beleids|programma)evaluatie|(?:mid term|ex ante|ex post) ` +
        String.raw`evaluatie)(?!\w)`,
    ),
    'De titel is een rapport van onderzoek of een evaluatie.',
    'The title is a research report or an evaluation.',
  ),
  rule(
    'research-head',
    C.research,
    3,
    new RegExp(
      String.raw`^(?:eind|tussen|deel|periodieke |externe )?(?:rapport|evaluatie|onderzoek|onderzoeksrapport|` +
        String.raw`verkenning|monitor)\b(?! \d)|` +
        // A compound whose head names research ("Bodemonderzoek …", "Taxatierapport …", "Bewonersenquête 2024");
        // not advice, annual or progress reports, the investigation of a complaint, nor a Woo inventory
        // ("Productierapport").
        String.raw`^(?!advies|jaar|voortgangs|klacht|verantwoordings|productie)\w{3,}(?:onderzoek|rapport|enquete|` +
        String.raw`studie|analyse|monitor)(?!\w)`,
    ),
    'De titel begint met "Rapport", "Onderzoek", "Evaluatie" of een soort onderzoek ("Bodemonderzoek").',
    'The title starts with "Rapport" (report), "Onderzoek" (research), "Evaluatie" or a kind of research ' +
      '("Bodemonderzoek", soil survey).',
  ),
  // Kinds of research named by their method or subject matter ("Kosten-batenanalyse …", "Akoestisch onderzoek …",
  // "Literatuurstudie …", "Resultaten bewonersonderzoek 2023"), not by the word "rapport".
  rule(
    'research-kind',
    C.research,
    5,
    new RegExp(
      String.raw`\b(?:(?:maatschappelijke )?kosten ?baten ?analyses?|mkba|onderzoeksrapportage|literatuurstudie|` +
        String.raw`verkennende studie|achtergrondstudie|scenariostudie|case ?study|casestudie|casusonderzoek|` +
        String.raw`trendrapport|trendanalyse|(?:akoestisch|archeologisch|ecologisch|` +
        String.raw`bouwhistorisch|explosieven|verkennend|kwalitatief|kwantitatief) (?:bureau)?onderzoek)(?!\w)|` +
        String.raw`^(?:analyse van|benchmark|(?:de )?(?:resultaten|uitkomsten) (?:van )?(?:het |de |een )?` +
        String.raw`\w*(?:onderzoek|peiling|enquete))(?!\w)`,
    ),
    'De titel noemt een soort onderzoek ("Kosten-batenanalyse", "Akoestisch onderzoek", "Literatuurstudie").',
    'The title names a kind of research ("Kosten-batenanalyse", cost-benefit analysis; "Akoestisch onderzoek", noise ' +
      'survey; "Literatuurstudie", literature review).',
  ),
  hint(
    'research-words',
    C.research,
    2,
    new RegExp(
      String.raw`\b(?:peiling|benchmark|monitor|monitoring|rapport|rapportage|evaluatie|onderzoek|analyse|` +
        String.raw`scan|verkenning|\w+onderzoek|\w+analyse|\w+evaluatie|\w+studie|studie)(?!\w)`,
    ),
    'De titel noemt een rapport, onderzoek of evaluatie.',
    'The title mentions a report, research or an evaluation.',
  ),

  // 3.3.2k beschikkingen
  rule(
    'disposition',
    C.dispositions,
    7,
    new RegExp(
      String.raw`\b(?:(?<!(?:anders dan|zonder) (?:met |bij )?(?:een )?)\w*beschikking(?:en)?|` +
        String.raw`\w*vergunning(?:en)?|\w*ontheffing(?:en)?|last onder (?:dwangsom|bestuursdwang)|dwangsom|` +
        String.raw`bestuursdwang|bestuurlijke boete|boetebesluit|handhavingsbesluit|gedoogbesluit|` +
        String.raw`gedoogbeschikking|sluitingsbevel|tijdelijk huisverbod|maatwerkvoorschrift(?:en)?|` +
        String.raw`besluit op (?:de )?aanvraag|beslissing op (?:de )?aanvraag|besluit op (?:het )?bezwaar|` +
        String.raw`beslissing op (?:het )?bezwaar|beslissing op bezwaarschrift|vaststelling subsidie|` +
        String.raw`subsidieverlening|subsidievaststelling|omgevingsvergunning|besluit tot (?:benoeming|ontslag|` +
        String.raw`herbenoeming)|benoemingsbesluit|` +
        // Regulators' decisions on one case: a merger, a dispute between two parties, an enforcement request.
        String.raw`concentratiebesluit|fusiebesluit|geschilbesluit|sanctiebesluit|handhavingsverzoek|` +
        // A grant to one party ("Verlening subsidie Stichting Buurtwerk"), not a ceiling for everyone; the closing
        // of one house or building (the mayor's power under art. 13b Opiumwet).
        String.raw`(?:verlening|toekenning|toewijzing|weigering|afwijzing|intrekking) (?:van )?(?:de |een )?` +
        String.raw`subsidie\b(?! ?plafond)|subsidietoekenning|subsidietoewijzing|sluiting (?:van )?(?:de |het |een )?` +
        String.raw`(?:woning|pand|lokaal|bedrijfspand|inrichting|horecagelegenheid|bedrijf)(?!\w)|13b opiumwet|` +
        // Designating one building as a monument (see MONUMENT).
        String.raw`(?:aanwijzing|aanwijzingsbesluit) (?:\w+ ){0,3}?(?:als |tot )?${MONUMENT}|monumentaanwijzing)(?!\w)`,
    ),
    'De titel noemt een beschikking: een besluit voor één persoon of bedrijf, zoals een vergunning.',
    'The title names a disposition: a decision about one person or company, such as a permit.',
  ),
  // A draft decision on one case, laid open for views before the decision (Awb afd. 3.4): under the permit acts,
  // "Kennisgeving ontwerpbesluit Wabo Chemours", "Ontwerpbesluit Wet natuurbescherming Windpark …". Not a draft
  // amendment of a decree ("Ontwerpbesluit tot wijziging van het Besluit …"), which is a draft regulation (3.3.1c).
  rule(
    'draft-disposition',
    C.dispositions,
    5,
    new RegExp(
      String.raw`\bontwerp ?besluit\b(?!.*\b(?:tot wijziging|houdende|wijziging van het)(?!\w))` +
        String.raw`.*\b${PERMIT_ACTS}(?!\w)`,
    ),
    'De titel noemt een ontwerpbesluit onder een vergunningswet: een ontwerp van een besluit voor één geval ' +
      '(Awb afdeling 3.4).',
    'The title names a draft decision under a permit act: a draft of a decision in one case (Awb division 3.4).',
  ),
  rule(
    'permission',
    C.dispositions,
    5,
    new RegExp(
      String.raw`^(?:(?:intrekking (?:van (?:de )?)?)?toestemming|huisnummerbesluit|` +
        String.raw`kennisgeving huisnummerbesluit)(?!\w)|\bhuisnummer(?:besluit|ing)(?!\w)`,
    ),
    'De titel geeft toestemming voor één geval (in gewone taal voor een vergunning) of is een huisnummerbesluit.',
    'The title grants permission in one case (plain words for a permit) or is a house-number decision.',
  ),
  hint(
    'disposition-words',
    C.dispositions,
    2,
    new RegExp(
      String.raw`\b(?:aanvraag om|verleend|verleende|geweigerd|geweigerde|weigering|toekenning|afwijzing|` +
        String.raw`intrekking van de|aanwijzing als|erkenning|aanschrijving|kennisgeving|ter inzage|bouwen van|` +
        String.raw`kappen van|slopen van|plaatsen van|het realiseren van|perceel|kadastraal)(?!\w)`,
    ),
    'De titel noemt een aanvraag, verlening of weigering voor één geval.',
    'The title names an application, grant or refusal in one case.',
  ),
  // An individual decision names the company it is addressed to ("… Holding B.V.", "… GmbH").
  // A decision register or gazette that titles each decision with its case number and the one party it is for:
  // "HAS2021_Z31713 Enexis Netbeheer B.V." (a water board's permits), "2011/2363-5, Nuclear Cargo + Service GmbH" (the
  // ANVS). Only a case number, a named company, foundation, association or public body, and at most a status or place.
  rule(
    'disposition-case-party',
    C.dispositions,
    5,
    new RegExp(
      // The cheap test of the case number first, so most titles fail before the look through the whole title.
      String.raw`^(?=(?:[a-z]{2,6} ){0,2}(?:[a-z]{0,6}\d{4,}|\d{4} \d{3,}))` +
        String.raw`(?!.*\b(?:besluit|beslissing|wob|woo|verzoek|brief|motie|raad|agenda|verslag|rapport|` +
        String.raw`advies)(?!\w))` +
        String.raw`(?:[a-z]{2,6} ){0,2}(?:[a-z]{0,6}\d{4,}[a-z\d]*|\d{4} \d{3,}[a-z\d]*)(?: [a-z]?\d+[a-z\d]*){0,3} ` +
        String.raw`(?:[a-z]\w* ){0,6}?(?:b v|bv|n v|nv|gmbh|c v|u a|v o f|vof|holding|(?:stichting|vereniging|` +
        String.raw`cooperatie|maatschap|gemeente|provincie) [a-z]\w*(?: [a-z]\w*){0,4})` +
        String.raw`(?: (?:nieuw|wijziging|intrekking|verlenging|te [a-z]\w*))?$`,
    ),
    'De titel is alleen een zaaknummer en de naam van één partij (een bedrijf of organisatie): zo staat een besluit ' +
      'op een aanvraag in een register of publicatieblad.',
    'The title is only a case number and the name of one party (a company or organisation), as a decision on an ' +
      'application is listed in a register or gazette.',
  ),
  hint(
    'disposition-company',
    C.dispositions,
    1.5,
    /\b(?:b v|n v|v o f|gmbh|holding|maatschap)(?!\w)/,
    'De titel noemt een bedrijf, zoals bij een besluit voor één bedrijf.',
    'The title names a company, as a decision about one company does.',
  ),

  // 3.3.2l klachtoordelen
  rule(
    'complaint-judgement',
    C.complaints,
    8,
    new RegExp(
      String.raw`\b(?:klachtoordeel|klachtoordelen|klachtbeslissing|klachtbeslissingen|klachtafhandeling|` +
        String.raw`klachtbehandeling|klachtadvies|klachtuitspraak|oordeel (?:(?:over|op|inzake) )?(?:de |een |` +
        String.raw`uw )?klacht|beslissing op (?:de |een |uw )?klacht|afhandeling (?:van )?(?:de |een |` +
        String.raw`uw )?klacht|(?:on)?gegronde klacht|klacht (?:is |deels )?(?:on)?gegrond|klachtencommissie|` +
        String.raw`klachtcommissie|klachtadviescommissie|ombudsman|ombudscommissie|rapport ombudsman)(?!\w)`,
    ),
    'De titel is een oordeel of beslissing over een klacht.',
    'The title is a finding or decision on a complaint.',
  ),
  hint(
    'complaint',
    C.complaints,
    2.5,
    /\bklacht(?:en)? (?:over|tegen|van|inzake|betreffende)(?!\w)|^klacht(?!\w)|\b(?:on)?gegrond(?!\w)/,
    'De titel noemt een klacht.',
    'The title mentions a complaint.',
  ),

  // art. 3.1 inspanningsverplichting: published voluntarily, none of the 17. Only words that
  // positively show voluntary publication (press release, speech, brochure) count as specific.
  rule(
    'voluntary-communication',
    C.voluntary,
    5,
    new RegExp(
      String.raw`\b(?:nieuwsbericht(?:en)?|persbericht(?:en)?|\w*nieuwsbrief|\w*brochure|\w*folder|flyer|` +
        String.raw`factsheet|infographic|toespraak|speech|webinar|podcast|publieksversie|magazine|` +
        String.raw`persconferentie|veelgestelde vragen|bewonersbrief|coalitieakkoord|collegeakkoord|` +
        String.raw`collegeprogramma|bestuursprogramma|bestuursakkoord \d{4} \d{4})(?!\w)`,
    ),
    'De titel is voorlichting (persbericht, toespraak, brochure) of een programma dat de overheid uit ' +
      'zichzelf openbaar maakt: geen van de 17 categorieën.',
    'The title is public information (press release, speech, brochure) or a programme published of the ' +
      "body's own accord: none of the 17 categories.",
  ),
  hint(
    'voluntary-policy',
    C.voluntary,
    2,
    new RegExp(
      String.raw`\b(?:presentatie|video|uitnodiging|informatieavond|handreiking|handleiding|toolkit|` +
        String.raw`plattegrond|dataset|open data|dashboard|blog|column|interview|nieuws|lezing|jubileum|` +
        String.raw`fotoboek|campagne|communicatieplan|faq|leidraad|\w*visie|routekaart|actieplan|` +
        String.raw`plan van aanpak|\w*strategie|agenda voor|nota|notitie|position paper|kaart|gebiedsprogramma|` +
        String.raw`programma)(?!\w)`,
    ),
    'De titel noemt een presentatie, nota, visie, kaart of plan: dat wordt vaak uit eigen beweging openbaar ' +
      'gemaakt, maar kan ook bij een andere categorie horen.',
    "The title mentions a presentation, memo, vision, map or plan: often published of the body's own " +
      'accord, but it may belong to another category.',
  ),
];

/**
 * Where traffic decisions and spatial plans go.
 * - `generalDecisions` (the default): both are overige besluiten van algemene strekking, Woo art. 3.3 lid 1 onder b,
 *   the legal reading (a traffic decision and a zoning plan are besluiten van algemene strekking).
 * - `wooIndex`: as the national Woo-index files them since November 2023: the announcement type "ruimtelijk plan of
 *   omgevingsdocument" under wetten en algemeen verbindende voorschriften (onder a), "verkeersbesluit of
 *   -mededeling" under onder b (organisaties.overheid.nl "Locaties Woo-documenten", 23 November 2023: plans onder a
 *   for 403 of 403 bodies, traffic decisions onder b for 425 of 445). Since the Omgevingswet (1 January 2024) the
 *   bestemmingsplannen in force are part of the omgevingsplan (Omgevingswet art. 22.1), which is generally binding.
 * - `laws`: both onder a, as the Woo-index filed them until autumn 2023 (and still does for traffic decisions of 20 of
 *   445 bodies).
 */
export type TrafficDecisionsAndPlans = (typeof TRAFFIC_DECISIONS_AND_PLANS)[number];

/** The values of `TrafficDecisionsAndPlans`, the default first. */
export const TRAFFIC_DECISIONS_AND_PLANS = ['generalDecisions', 'wooIndex', 'laws'] as const;

/** The rules whose category follows `TrafficDecisionsAndPlans`. */
export const TRAFFIC_AND_PLAN_RULES: ReadonlySet<string> = new Set(['traffic-decision', 'spatial-plan']);

const NONE: ReadonlySet<string> = new Set();
const PLANS: ReadonlySet<string> = new Set(['spatial-plan']);

/** The rules whose category moves to onder a under `convention`. */
export function rulesFiledAsLaws(convention: TrafficDecisionsAndPlans): ReadonlySet<string> {
  return convention === 'laws' ? TRAFFIC_AND_PLAN_RULES : convention === 'wooIndex' ? PLANS : NONE;
}

/** What the reason of a moved rule adds: why it now points to onder a. */
const FILED_AS_LAW: Readonly<Record<string, LocalizedText>> = {
  'spatial-plan': {
    nl:
      ' Uw organisatie volgt de Woo-index: die zet ruimtelijke plannen bij wet- en regelgeving (Woo art. 3.3 lid 1 ' +
      'onder a). Sinds de Omgevingswet horen bestemmingsplannen bij het omgevingsplan (art. 22.1 Omgevingswet).',
    en:
      ' Your organisation follows the Woo-index, which files spatial plans under laws and regulations (Woo art. ' +
      '3.3(1)(a)). Since the Omgevingswet, zoning plans are part of the omgevingsplan (Omgevingswet art. 22.1).',
  },
  'traffic-decision': {
    nl:
      ' Uw organisatie zet verkeersbesluiten bij wet- en regelgeving (Woo art. 3.3 lid 1 onder a), zoals de ' +
      'Woo-index tot november 2023 deed.',
    en:
      ' Your organisation files traffic decisions under laws and regulations (Woo art. 3.3(1)(a)), as the Woo-index ' +
      'did until November 2023.',
  },
};
const wooIndexRules = new Map<string, Rule>();

/** The rule filed under onder a: same pattern and weight, other category and reason. */
export function wooIndexFilingOf(rule: Rule): Rule {
  let out = wooIndexRules.get(rule.id);
  if (out === undefined) {
    const extra = FILED_AS_LAW[rule.id] ?? { nl: '', en: '' };
    out = {
      ...rule,
      category: C.laws,
      reason: { nl: rule.reason.nl + extra.nl, en: rule.reason.en + extra.en },
    };
    wooIndexRules.set(rule.id, out);
  }
  return out;
}
