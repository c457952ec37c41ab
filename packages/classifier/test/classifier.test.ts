import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { WooKitInputError, informationCategories, documentTypes } from '@woo-kit/core';
import {
  classify,
  createClassifier,
  DEFAULT_THRESHOLD,
  normalizeTitle,
  RULES,
  rulesFiledAsLaws,
  DOCUMENT_TYPE_HINTS,
  publisherHint,
  publisherKind,
  type PublisherKind,
} from '../src/index.js';
import { CATEGORY_CODES } from '../src/categories.js';
import { MODEL } from '../src/generated/model.js';
import { base64Bytes, decodeBase64, decodeModel, encodeBase64, encodeModelRows, type ModelData } from '../src/model.js';
import { hashFeature } from '../src/features.js';
import { titleWithoutPrefix } from '../src/normalize.js';

const officialCodes = new Set(informationCategories.map((c) => c.code));

test('normalizeTitle: accents, case, punctuation, B&W forms, abbreviations', () => {
  assert.equal(normalizeTitle('Besluitenlijst B&W 14-01-2025'), 'besluitenlijst benw 14 01 2025');
  assert.equal(normalizeTitle('College van B. en W.'), 'college van benw');
  assert.equal(normalizeTitle('burgemeester en wethouders'), 'benw');
  assert.equal(normalizeTitle('Financiële  Verordening\t(2024)'), 'financiele verordening 2024');
  assert.equal(normalizeTitle('Besluit-Wob verzoek'), 'besluit wob verzoek');
  assert.equal(normalizeTitle('RIB 2024-12'), 'raadsinformatiebrief 2024 12');
  assert.equal(normalizeTitle('Besluitenlijst GS'), 'besluitenlijst gedeputeerde staten');
  assert.equal(normalizeTitle('a\u0000b\u001fc\u200bd'), 'a b c d');
  assert.equal(normalizeTitle(''), '');
  assert.equal(normalizeTitle(42), '');
  assert.equal(normalizeTitle('x'.repeat(1_000_000)).length, 400);
});

test('rules: each rule matches a typical title and has texts in both languages', () => {
  const examples: Record<string, string> = {
    'woo-decision': 'Besluit op Woo-verzoek over e-mails',
    'woo-request': 'Woo-verzoek over stikstof',
    'woo-inventory': 'Inventarislijst documenten',
    'contact-details': 'Contactgegevens gemeente',
    'contact-how-to-request': 'Hoe dien ik een Woo-verzoek in',
    'contact-reachability': 'Bereikbaarheid stadhuis',
    'organisation-mandate': 'Mandaatregister 2024',
    'board-decision-list': 'Besluitenlijst B&W 3 maart',
    'board-decisions': 'Collegebesluiten week 3',
    'decision-list': 'Besluitenlijst 3 maart',
    'council-meeting-document': 'Agenda raadsvergadering 4 juli',
    'council-proposal': 'Raadsvoorstel sporthal',
    'council-words': 'Stemming in de gemeenteraad',
    'council-motion-number': '24M35 Maatwerk toepassen in het vervolg van de woondeals',
    'incoming-document': 'Ingekomen stuk van de provincie',
    'incoming-letter': 'Brief van de provincie aan de gemeenteraad',
    'incoming-sender': 'Brief van Stichting Groen Dorp over de kap van bomen',
    'states-general': 'Kamerbrief over de Woo',
    'states-general-member': 'Motie van het lid Rooderkerk over groene marktcreatie',
    'advice-head': 'Advies over de sporthal',
    'advice-body': 'Reactie op advies van de adviesraad',
    'advice-compound': 'Welstandsadvies dakkapel',
    'draft-regulation-advice': 'Adviesaanvraag ontwerpverordening jeugdhulp',
    'draft-regulation': 'Ontwerpverordening jeugdhulp',
    'regulation-head': 'Verordening afvalstoffen 2025',
    'regulation-words': 'Tweede wijziging APV',
    'policy-rule': 'Beleidsregels bijzondere bijstand',
    'general-decision': 'Besluit tot vaststelling van de tarieven',
    covenant: 'Convenant Veilig Uitgaan',
    agreement: 'Samenwerkingsovereenkomst energie',
    'annual-plan-report': 'Jaarverslag 2023',
    'planning-control': 'Programmabegroting 2025',
    'subsidy-obligation': 'Subsidieverplichtingen Buitenlandse Zaken',
    'research-report': 'Onderzoeksrapport jeugdzorg',
    'research-words': 'Rapport brandveiligheid',
    'research-head': 'Evaluatie pilot',
    disposition: 'Omgevingsvergunning Kerkstraat 3',
    'disposition-words': 'Verleende toestemming',
    'complaint-judgement': 'Klachtbeslissing 2024-1',
    complaint: 'Klacht over de afvalinzameling',
    'voluntary-communication': 'Persbericht nieuwe brug',
    'voluntary-policy': 'Visie op de binnenstad',
    'organisation-words': 'Werkwijze van de afdelingen',
    'council-letter-meeting': 'Raadsinformatiebrief warmtenet',
    decree: 'Besluit van 4 juli 2024, houdende wijziging van het Besluit kwaliteit leefomgeving',
    'regulation-generic': 'Regeling thuiswerken',
    'official-gazette': 'Gemeenteblad 2024, 12345',
    'official-gazette-decision': 'Staatscourant 2024, 1234',
    'policy-document': 'Beleidsnota armoede',
    'agreement-generic': 'Overeenkomst grondverkoop',
    'planning-words': 'Voortgangsrapportage project',
    'foreign-affairs': 'Ministerie van Buitenlandse Zaken',
    'traffic-decision': 'Gemeente Zwolle - reserveren van twee parkeerplaatsen voor het opladen van elektrische auto’s',
    'spatial-plan': 'Vaststelling bestemmingsplan Buitengebied, herziening 2023',
    'states-general-proceedings': 'Vergadering nr. 23, item 5 (2023-2024) - Mededelingen',
    permission: 'Toestemming voor het plaatsen van een schuur aan Dorpsweg 3',
    'disposition-company': 'Concentratiebesluit Allerzorg B.V. - Flexiekids B.V.',
    'disposition-case-party': 'HAS2021_Z31713 Enexis Netbeheer B.V.',
    'draft-disposition': 'Kennisgeving ontwerpbesluit Wabo Chemours',
    'decree-amendment': 'Besluit tot wijziging van het Besluit kinderopvang',
    'woo-partial-decision': 'Tweede deelbesluit stikstof',
    'states-general-paper-form': 'Verslag houdende een lijst van vragen en antwoorden',
    'council-meeting-item': 'Raadsvergadering - Vaststellen van de agenda',
    'council-meeting-date': 'Commissie Bestuur 12 maart 2024',
    'states-general-dossier-text': '36600-XVII, eindtekst',
    'states-general-bill': 'Wijziging van de Omgevingswet in verband met de versterking van de regie',
    'research-kind': 'Maatschappelijke kosten-batenanalyse Lelylijn',
  };
  for (const rule of RULES) {
    const example = examples[rule.id];
    assert.ok(example !== undefined, `no example for rule ${rule.id}`);
    assert.ok(rule.pattern.test(normalizeTitle(example)), `rule ${rule.id} does not match "${example}"`);
    assert.ok(officialCodes.has(rule.category), `rule ${rule.id} points to unknown code`);
    assert.ok(rule.reason.nl.length > 10 && rule.reason.en.length > 10);
  }
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'rule ids are unique');
  // A mandate decision applies generally (3.3.1b); the register of mandates is about the organisation (3.3.1d).
  assert.ok(ruleMatches('policy-rule', 'Mandaatbesluit gemeente Voerendaal 2023'));
  assert.ok(!ruleMatches('organisation-mandate', 'Mandaatbesluit 2023'));
  // The motion number is the title's start, not a motorway or a surface.
  for (const title of ['M13a GL LA Groen in de wijk', 'AcM1 Onderzoek loondispensatie', 'JR.M03 Tegen de jaarrekening'])
    assert.ok(ruleMatches('council-motion-number', title), title);
  for (const title of ['A12 verbreding', 'M2 per woning', 'Motie 12', 'Besluit M12']) {
    assert.ok(!ruleMatches('council-motion-number', title), title);
  }
  // The kingdom's council of ministers, the minutes of a board meeting and the college's "conform" decisions are
  // agendas and decision lists of an executive board (3.3.2d).
  assert.ok(ruleMatches('board-decision-list', 'Agenda rijksministerraad 26 juni 2026'));
  assert.ok(ruleMatches('board-decision-list', 'Openbaar verslag vergadering GS Utrecht 24-04-2018'));
  for (const title of [
    'Conformbesluitenlijst openbaar t/m 11 oktober 2018',
    'Conformlijst openbaar',
    'Comformbesluiten',
  ])
    assert.ok(ruleMatches('board-decisions', title), title);
  assert.ok(!ruleMatches('board-decisions', 'Conform advies van de commissie'));
  // "Van het lid … over" is the parliament's motion; Amsterdam's council writes "van het lid … inzake".
  const member = 'states-general-member';
  assert.ok(ruleMatches(member, 'Motie van het lid Van Nispen c.s. over een concreet plan'));
  assert.ok(ruleMatches(member, 'Gewijzigde motie van de leden Bushoff en Dijk over tariefdifferentiatie'));
  assert.ok(!ruleMatches(member, 'Motie van de leden Vroege, Grooten en Boomsma inzake territoriale commissies'));
});

test(
  'a title that names a Woo request is about that request: permits, covenants or reports named after it are its ' +
    'subject',
  () => {
    for (const title of [
      '2021-0493 Wob-besluit over de weigering van een exploitatievergunning',
      'Besluit op Woo-verzoek over convenanten met woningcorporaties',
      'Woo-besluit over het onderzoeksrapport brandveiligheid',
      'Deelbesluit 4 Wob-verzoek over visvergunningen',
    ]) {
      const r = classify({ title });
      assert.equal(r.ranking[0]!.category, 'c_3baef532', title);
    }
    // Without the Woo words the same subject decides.
    assert.equal(classify({ title: 'Weigering exploitatievergunning Simoca B.V.' }).ranking[0]!.category, 'c_46a81018');
  },
);

test('a draft decision on a permit is a draft beschikking; a draft amendment of a decree is a draft regulation', () => {
  for (const title of [
    'Kennisgeving ontwerpbesluit Wabo Chemours',
    'Ontwerpbesluit omgevingsvergunning Windpark Delfzijl',
    'Kennisgeving ontwerpbesluit Wet natuurbescherming Tata Steel',
  ]) {
    const r = classify({ title });
    assert.equal(r.category, 'c_46a81018', title);
    assert.ok(!r.reasons.some((reason) => reason.kind === 'rule' && reason.id === 'draft-regulation'), title);
  }
  for (const title of [
    'Ontwerpbesluit tot wijziging van het Besluit natuurbescherming',
    'Voorhang ontwerpbesluit tot wijziging Uitvoeringsbesluit Meststoffenwet',
  ])
    assert.equal(classify({ title }).ranking[0]!.category, 'c_759721e2', title);
});

test('an amendment of a named decree is a regulation; of a decision on one case or a mandate it is not', () => {
  for (const title of [
    'Besluit tot wijziging van het Besluit kinderopvang',
    'Besluit houdende wijziging van het Besluit activiteiten leefomgeving',
    'Wijziging van het Besluit kinderopvang',
  ])
    assert.equal(classify({ title }).category, 'c_139c6280', title);
  for (const title of [
    'Besluit tot wijziging van het besluit op bezwaar van 3 maart 2024',
    'Besluit tot intrekking van het Besluit mandaat',
    'Ontwerpbesluit tot wijziging van het Besluit natuurbescherming',
  ])
    assert.notEqual(classify({ title }).ranking[0]!.category, 'c_139c6280', title);
});

test('a monument designation is a beschikking; a road closure, an amending regulation, a partial Woo decision', () => {
  // Titles written for this test (no real row names a monument designation, a road closure or a wijzigingsregeling).
  for (const title of [
    'Aanwijzing gemeentelijk monument Kerkstraat 12',
    'Aanwijzingsbesluit gemeentelijk monument Molen De Hoop',
    'Besluit tot aanwijzing van Dorpsstraat 3 als gemeentelijk monument',
  ]) {
    const r = classify({ title });
    assert.equal(r.category, 'c_46a81018', title);
    assert.ok(!r.reasons.some((reason) => reason.id === 'policy-rule'), title);
  }
  // A designation that applies generally stays a decision of general scope (3.3.1b).
  for (const title of ['Aanwijzingsbesluit toezichthouders', 'Besluit aanwijzing veiligheidsrisicogebied'])
    assert.equal(classify({ title }).category, 'c_aab6bfc7', title);
  // Closing a road to the public (Wegenwet art. 9) concerns everyone: 3.3.1b.
  assert.equal(classify({ title: 'Onttrekking aan de openbaarheid Kerkpad' }).category, 'c_aab6bfc7');
  assert.equal(classify({ title: 'Wijzigingsregeling subsidiebepalingen OCW' }).category, 'c_139c6280');
  // A partial decision on a large Woo request (Woo art. 4.2a) and the inventory of a Woo decision.
  assert.equal(classify({ title: 'Eerste deelbesluit' }).category, 'c_3baef532');
  assert.equal(classify({ title: 'Productierapport' }).ranking[0]!.category, 'c_3baef532');
});

test('research named as a compound or by its study design is a research report (3.3.2j)', () => {
  // Titles written for this test. A Wmo client experience survey is yearly research by law (Wmo 2015 art. 2.5.1).
  for (const title of [
    'Cliëntervaringsonderzoek Wmo 2023',
    'Klanttevredenheidsonderzoek 2024',
    'Praktijkonderzoek naar re-integratie',
    'Achtergrondstudie woningmarkt',
    'Casestudy Groningen gaswinning',
  ])
    assert.equal(classify({ title }).category, 'c_fdaee95e', title);
  // A Woo decision about such research stays a Woo decision.
  assert.equal(
    classify({ title: 'Wob-besluit inzake Inspectieonderzoek naar bejegening slachtoffers' }).category,
    'c_3baef532',
  );
});

test("the forms of a bill and of a committee's list of questions are parliamentary papers (3.3.2b)", () => {
  for (const title of [
    'Voorstel van wet',
    'Gewijzigd voorstel van wet',
    'Lijst van vragen en antwoorden over de jaarverslagen 2023',
  ])
    assert.equal(classify({ title }).category, 'c_c76862ab', title);
});

test('the class list is exactly the official list of 18 categories from core', () => {
  assert.deepEqual([...CATEGORY_CODES].sort(), [...officialCodes].sort());
  assert.deepEqual([...MODEL.classes].sort(), [...officialCodes].sort());
});

test('document type hints refer to real TOOI document types and official categories', () => {
  const typeCodes = new Set(documentTypes.map((d) => d.code));
  for (const [code, hints] of Object.entries(DOCUMENT_TYPE_HINTS)) {
    assert.ok(typeCodes.has(code), `unknown document type ${code}`);
    for (const h of hints) assert.ok(officialCodes.has(h.category));
  }
});

test('every one of the 18 categories is reachable with default settings', () => {
  const examples: Record<string, string> = {
    c_139c6280: 'Verordening afvalstoffenheffing 2025',
    c_aab6bfc7: 'Beleidsregels bijzondere bijstand 2025',
    c_759721e2: 'Adviesaanvraag ontwerpverordening jeugdhulp 2025',
    c_40a05794: 'Mandaatregister gemeente Ede 2024',
    c_89ee6784: 'Contactgegevens gemeente Ede',
    c_8c840238: 'Raadsinformatiebrief voortgang warmtenet',
    c_c76862ab: 'Kamerbrief over de voortgang van de Woo',
    c_db4862c3: 'Agenda raadsvergadering 30 januari 2025',
    c_3a248e3a: 'Besluitenlijst B&W 14 januari 2025',
    c_99a836c7: 'Advies van de Adviesraad Sociaal Domein over armoede',
    c_8fc2335c: 'Convenant Zorg- en Veiligheidshuis',
    c_c6cd1213: 'Jaarverslag 2023 gemeente Ede',
    c_cf268088: 'Subsidieverplichtingen ministerie van Buitenlandse Zaken 2024',
    c_3baef532: 'Besluit op Woo-verzoek over de rondweg',
    c_fdaee95e: 'Onderzoeksrapport integriteit',
    c_46a81018: 'Omgevingsvergunning Hoofdstraat 12 (beschikking)',
    c_a870c43d: 'Klachtbeslissing bejegening Burgerzaken',
    c_816e508d: 'Persbericht: gemeente opent nieuwe brug',
  };
  assert.equal(Object.keys(examples).length, 18);
  for (const [code, title] of Object.entries(examples)) {
    const result = classify({ title });
    assert.equal(result.category, code, `"${title}" gave ${result.category}`);
    assert.ok(result.confidence >= DEFAULT_THRESHOLD);
  }
});

test('a result has a ranking of 3, reasons in both languages, and the threshold used', () => {
  const result = classify({ title: 'Besluitenlijst college van B en W 12 maart 2025' });
  assert.equal(result.ranking.length, 3);
  assert.equal(result.ranking[0]!.category, result.category);
  assert.ok(result.ranking[0]!.score >= result.ranking[1]!.score);
  assert.equal(result.threshold, DEFAULT_THRESHOLD);
  assert.ok(result.reasons.some((r) => r.kind === 'rule' && r.id === 'board-decision-list'));
  for (const r of result.reasons) assert.ok(r.message.nl !== '' && r.message.en !== '');
});

test('document type evidence: by URI, code or label; unknown types are named and ignored', () => {
  const byUri = classify({
    title: 'Afspraken over jeugdzorg',
    documentType: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_386e74cb',
  });
  assert.equal(byUri.category, 'c_8fc2335c');
  assert.ok(byUri.reasons.some((r) => r.kind === 'documentType' && r.id === 'c_386e74cb'));
  assert.equal(classify({ title: 'Afspraken over jeugdzorg', documentType: 'c_386e74cb' }).category, 'c_8fc2335c');
  assert.equal(classify({ title: 'Afspraken over jeugdzorg', documentType: 'Convenant' }).category, 'c_8fc2335c');
  const unknown = classify({ title: 'Afspraken', documentType: 'no such type' });
  assert.ok(unknown.reasons.some((r) => r.kind === 'documentType' && r.id === 'unknown'));
});

test('publisherKind: TOOI URI, TOOI code or name; unknown organisations give undefined', () => {
  const cases: Array<[string, PublisherKind | undefined]> = [
    ['https://identifier.overheid.nl/tooi/id/gemeente/gm0344', 'decentraal'],
    ['https://identifier.overheid.nl/tooi/id/provincie/pv26', 'decentraal'],
    ['https://identifier.overheid.nl/tooi/id/waterschap/ws0155', 'decentraal'],
    ['https://identifier.overheid.nl/tooi/id/so/so0896', 'decentraal'],
    ['https://identifier.overheid.nl/tooi/id/ministerie/mnre1025', 'rijk'],
    ['https://identifier.overheid.nl/tooi/id/zbo/zb000300', 'rijk'],
    ['https://identifier.overheid.nl/tooi/id/oorg/oorg10002', 'staten-generaal'],
    ['gm0363', 'decentraal'],
    ['MNRE1025', 'rijk'],
    ['oorg10001', 'staten-generaal'],
    ['Gemeente Utrecht', 'decentraal'],
    ['gemeenteraad van Huizen', 'decentraal'],
    ['college van burgemeester en wethouders van Tilburg', 'decentraal'],
    ['Provincie Utrecht', 'decentraal'],
    ['Gedeputeerde Staten van Gelderland', 'decentraal'],
    ['Hoogheemraadschap van Rijnland', 'decentraal'],
    ['Wetterskip Fryslân', 'decentraal'],
    ['Ministerie van Financiën', 'rijk'],
    ['Tweede Kamer der Staten-Generaal', 'staten-generaal'],
    ['Eerste Kamer', 'staten-generaal'],
    ['UWV', undefined],
    ['Stichting Gemeentelijke Ombudsman', undefined],
    ['https://identifier.overheid.nl/tooi/id/col/col01', undefined],
    ['', undefined],
  ];
  for (const [value, kind] of cases) assert.equal(publisherKind(value), kind, value);
});

test('the publisher rules out categories its kind of body cannot have, and says why with the article', () => {
  // Woo art. 3.3 lid 2 onder b: only the chambers have vergaderstukken Staten-Generaal.
  const motion = 'Motie van het lid De Vries over de kermis';
  const all = createClassifier({ threshold: 0 });
  for (const publisher of ['Gemeente Eindhoven', 'gm0772', { name: 'gemeente Eindhoven' }]) {
    const r = all.classify({ title: motion, publisher });
    assert.notEqual(r.category, 'c_c76862ab');
    assert.ok(r.ranking.every((x) => x.category !== 'c_c76862ab' || x.score === 0));
  }
  // onder a and c: a ministry has no ingekomen stukken of a council and no council papers.
  for (const title of ['Ingekomen stukken raadsvergadering 12 maart', 'Raadsvoorstel vaststelling begroting']) {
    const r = all.classify({ title, publisher: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1025' });
    assert.ok(r.category !== 'c_8c840238' && r.category !== 'c_db4862c3', title);
    const reason = r.reasons.find((x) => x.kind === 'publisher');
    assert.ok(reason !== undefined && /Woo art\. 3\.3 lid 2 onder [ac]/.test(reason.message.nl), title);
    assert.equal(reason.weight, 0);
    assert.ok(reason.message.en.includes('national government body'));
  }
  // onder c and d: the States General have neither council papers nor agendas of an executive board.
  const agenda = all.classify({ title: 'Agenda procedurevergadering', publisher: 'Tweede Kamer der Staten-Generaal' });
  assert.ok(agenda.category !== 'c_db4862c3' && agenda.category !== 'c_3a248e3a');
  // An organisation it does not recognise, or none, changes nothing.
  for (const title of [motion, 'Besluit op uw Woo-verzoek', 'Stukken 2024'])
    assert.deepEqual(classify({ title, publisher: 'Stichting Onbekend' }), classify({ title }));
});

test('what the publisher is for hints at a category, and a title that names its kind still wins', () => {
  assert.equal(publisherHint('Zuidelijke Rekenkamer')?.category, 'c_fdaee95e');
  assert.equal(publisherHint('Sociaal en Cultureel Planbureau')?.category, 'c_fdaee95e');
  // The Dutch Safety Board investigates: its reports are research reports (onder j), named after the event.
  assert.equal(publisherHint('Onderzoeksraad voor Veiligheid')?.category, 'c_fdaee95e');
  assert.equal(publisherHint('Onderwijsraad')?.category, 'c_99a836c7');
  assert.equal(publisherHint('Adviesraad Sociaal Domein Ede')?.category, 'c_99a836c7');
  assert.equal(publisherHint('Nationale ombudsman')?.category, 'c_a870c43d');
  assert.equal(publisherHint('Tweede Kamer der Staten-Generaal')?.category, 'c_c76862ab');
  assert.equal(publisherHint('https://identifier.overheid.nl/tooi/id/oorg/oorg10001')?.category, 'c_c76862ab');
  assert.equal(publisherHint('Gemeente Utrecht'), undefined);
  const subject = createClassifier({ threshold: 0 }).classify({
    title: 'Dwaallichten boven de Peel',
    publisher: 'Zuidelijke Rekenkamer',
  });
  assert.equal(subject.ranking[0]!.category, 'c_fdaee95e');
  const reason = subject.reasons.find((r) => r.kind === 'publisher' && r.id === 'publisher-hint');
  assert.ok(reason !== undefined && reason.message.nl.includes('Woo art. 3.3 lid 2 onder j'));
  assert.ok(reason.message.en.includes('court of audit'));
  assert.equal(classify({ title: 'Jaarverslag 2024', publisher: 'Zuidelijke Rekenkamer' }).category, 'c_c6cd1213');
  assert.equal(classify({ title: 'Jaarplan 2025', publisher: 'Algemene Rekenkamer' }).category, 'c_c6cd1213');
  assert.equal(classify({ title: 'Convenant Veilig Uitgaan', publisher: 'Onderwijsraad' }).category, 'c_8fc2335c');
  // The body's purpose counts like a kind named at the start of the title, unless the title names another kind.
  const ombudsman = 'Jaarverslag van de Nationale ombudsman, de Kinderombudsman en de Veteranenombudsman over 2024';
  assert.notEqual(classify({ title: ombudsman, publisher: 'Nationale ombudsman' }).category, 'c_a870c43d');
  const plain = classify({ title: 'Brand in Schiphol-Oost' });
  const hinted = classify({ title: 'Brand in Schiphol-Oost', publisher: 'Onderzoeksraad voor Veiligheid' });
  assert.equal(plain.category, null);
  assert.ok(hinted.confidence >= DEFAULT_THRESHOLD && hinted.category === 'c_fdaee95e');
  // The reason names the publisher's purpose, not a fixed form in the title.
  const strength = hinted.reasons.find((r) => r.id === 'evidence-strength')!;
  assert.ok(strength.message.en.includes('the organisation mostly publishes'), strength.message.en);
  assert.ok(!strength.message.en.includes('the title starts with'), strength.message.en);
  assert.ok(strength.message.nl.includes('de organisatie publiceert vooral'), strength.message.nl);
  // A vote list of the Tweede Kamer is named after its date only; the chamber makes it one of its papers (onder b).
  const votes = classify({
    title: 'Definitieve stemmingslijst donderdag 15 mei 2025',
    publisher: 'Tweede Kamer der Staten-Generaal',
  });
  assert.equal(votes.category, 'c_c76862ab');
  assert.ok(votes.reasons.some((r) => r.id === 'publisher-hint' && r.message.nl.includes('onder b')));
});

test('traffic decisions and spatial plans: onder b by law, as the Woo-index files them or onder a on request', () => {
  const titles = [
    'Verkeersbesluit eenrichtingsverkeer Kerkstraat',
    'Gemeente Almere - Aanwijzen en inrichten van een gehandicaptenparkeerplaats op kenteken ten behoeve van de ' +
      'Vanillestraat 35 -',
    'Vaststelling bestemmingsplan Centrum 2023',
  ];
  const wooIndex = createClassifier({ trafficDecisionsAndPlans: 'laws' });
  for (const title of titles) {
    const legal = classify({ title });
    assert.equal(legal.category, 'c_aab6bfc7', title);
    const rule = legal.reasons.find(
      (r) => r.kind === 'rule' && (r.id === 'traffic-decision' || r.id === 'spatial-plan'),
    );
    assert.ok(rule !== undefined && rule.category === 'c_aab6bfc7' && rule.message.nl.includes('onder b'), title);
    assert.ok(rule.message.en.includes('3.3(1)(b)'));
    const filed = wooIndex.classify({ title });
    assert.equal(filed.category, 'c_139c6280', title);
    assert.equal(filed.confidence, legal.confidence, 'the same evidence, the other category');
    const moved = filed.reasons.find((r) => r.kind === 'rule' && r.id === rule.id);
    assert.ok(moved !== undefined && moved.category === 'c_139c6280' && moved.message.nl.includes('Woo-index'));
    assert.ok(moved.message.en.includes('3.3(1)(a)'));
    assert.equal(classify({ title }, { trafficDecisionsAndPlans: 'laws' }).category, 'c_139c6280');
  }
  // Other titles do not change; a council's proposal to adopt a plan stays a council paper either way.
  for (const title of ['Beleidsregels bijzondere bijstand 2024', 'Verordening op de heffing van leges 2025']) {
    assert.deepEqual(wooIndex.classify({ title }), classify({ title }), title);
  }
  assert.equal(wooIndex.classify({ title: 'Raadsvoorstel vaststelling bestemmingsplan Kern' }).category, 'c_db4862c3');
  // As the Woo-index files them since November 2023: only the spatial plan moves to onder a.
  const now = createClassifier({ trafficDecisionsAndPlans: 'wooIndex' });
  for (const title of titles.slice(0, 2)) assert.deepEqual(now.classify({ title }), classify({ title }), title);
  const plan = now.classify({ title: titles[2]! });
  assert.equal(plan.category, 'c_139c6280');
  assert.equal(plan.confidence, classify({ title: titles[2]! }).confidence);
  const planRule = plan.reasons.find((r) => r.kind === 'rule' && r.id === 'spatial-plan');
  assert.ok(
    planRule !== undefined && planRule.category === 'c_139c6280' && planRule.message.nl.includes('omgevingsplan'),
  );
  assert.ok(planRule.message.en.includes('Omgevingswet art. 22.1'));
  assert.equal(classify({ title: titles[2]! }, { trafficDecisionsAndPlans: 'wooIndex' }).category, 'c_139c6280');
  assert.equal(classify({ title: titles[0]! }, { trafficDecisionsAndPlans: 'wooIndex' }).category, 'c_aab6bfc7');
  assert.deepEqual([...rulesFiledAsLaws('wooIndex')], ['spatial-plan']);
  assert.equal(rulesFiledAsLaws('generalDecisions').size, 0);
  assert.throws(
    () => createClassifier({ trafficDecisionsAndPlans: 'awb' as never }),
    (e: unknown) =>
      e instanceof WooKitInputError &&
      e.code === 'classifier-invalid-options' &&
      (e as { path?: string }).path === '/trafficDecisionsAndPlans',
  );
});

test('an item of the Handelingen is a paper of the chamber, whatever its own title', () => {
  for (const title of [
    'Vergadering nr. 23, item 5 (2023-2024) - Mededelingen',
    'Vergadering nr. 24, item 12 (2023-2024) - Lijst van ingekomen stukken',
    'Vergadering nr. 11, item 4 (2023-2024) - Sluiting',
  ]) {
    const result = classify({ title });
    assert.equal(result.category, 'c_c76862ab', title);
    assert.ok(
      result.reasons.some((r) => r.id === 'states-general-proceedings' && r.message.nl.includes('Handelingen')),
    );
  }
  // Without the citation, a council's list of incoming documents is not one.
  assert.notEqual(classify({ title: 'Lijst van ingekomen stukken raad 12 maart 2024' }).category, 'c_c76862ab');
});

test('papers of a council meeting are vergaderstukken, also when they are about a by-law or a plan', () => {
  for (const title of [
    'Raadsvergadering - Verordening afvalstoffenheffing 2025',
    'Raadsvergadering op 2024-03-14',
    'Gemeenteraad 14-03-2024',
    'Statencommissie Mobiliteit 6 maart 2024',
    'Oproepbrief raadsvergadering 26 mei 2024',
    'Algemene Beschouwingen VVD 2024',
    'Inhoud voorstel aan Raad m.b.t. vaststelling bestemmingsplan Noord',
    'Aanbiedingsbrief aan de raad inzake de Legesverordening 2025',
    'Rb 12 Verordening maatschappelijke ondersteuning 2025',
  ]) {
    const result = classify({ title });
    assert.equal(result.category, 'c_db4862c3', title);
  }
  // A meeting before the dash is not the name of a body: the rest is an item on its agenda, not the title proper.
  assert.equal(titleWithoutPrefix('Raadsvergadering - Parkeerverordening 2025'), '');
  assert.equal(titleWithoutPrefix('Gemeente Ede - Parkeerverordening 2025'), 'parkeerverordening 2025');
  // The by-law itself, without the council's papers around it, stays a regulation.
  assert.equal(classify({ title: 'Verordening afvalstoffenheffing 2025' }).category, 'c_139c6280');
});

test('a motion named with its outcome, a commitment or an announcement of an alderman is a council paper', () => {
  // Team-written, in the forms of a council information system's registers (Gemeentewet art. 169).
  for (const title of [
    'Aangenomen motie over het jaarverslag 2023 van de GGD',
    'Ingetrokken amendement op de Verordening maatschappelijke ondersteuning 2025',
    'Verworpen motie Onderzoek naar de ijsbaan',
    'Toezegging wethouder over het onderzoek naar de ijsbaan',
    'Toezegging van het college over de evaluatie van het parkeerbeleid',
    'Mededeling burgemeester over de evaluatie van het evenementenbeleid',
  ]) {
    assert.equal(classify({ title }).category, 'c_db4862c3', title);
    assert.ok(ruleMatches('council-proposal', title), title);
  }
  // A college's written announcement stays an incoming document; a promised subsidy is no council paper; a
  // parliament's motion "van het lid" stays a parliamentary paper.
  assert.equal(classify({ title: 'Collegemededeling over de ijsbaan' }).category, 'c_8c840238');
  assert.ok(!ruleMatches('council-proposal', 'Toezegging subsidie dorpshuis 2024'));
  assert.equal(classify({ title: 'Motie van het lid Jansen over de ijsbaan' }).category, 'c_c76862ab');
});

/** Whether the rule `id` matches the title (normalised as the classifier does). */
function ruleMatches(id: string, title: string): boolean {
  const rule = RULES.find((r) => r.id === id);
  assert.ok(rule !== undefined, `no rule ${id}`);
  return rule.pattern.test(normalizeTitle(title));
}

/** Each title, classified on its own, gets the given category code. */
function assertCategories(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [title, code] of cases) assert.equal(classify({ title }).category, code, title);
}

test('a joint arrangement is a regulation; disclosure is a Woo decision; a kind of survey is research', () => {
  assertCategories([
    ['Gemeenschappelijke regeling Veiligheidsregio Utrecht 2024', 'c_139c6280'],
    ['Eerste wijziging Gemeenschappelijke Regeling GGD Hollands Noorden', 'c_139c6280'],
    ['Openbaarmaking documenten over windmolens', 'c_3baef532'],
    ['Verzoek op grond van de Wet open overheid over de Omgevingswet', 'c_3baef532'],
    ['Bewonersenquête 2024', 'c_fdaee95e'],
  ]);
  assert.ok(ruleMatches('research-head', 'Bodemonderzoek Molenstraat'));
  // Advice and annual reports are not research, nor is a policy on active disclosure a Woo decision.
  assert.ok(!ruleMatches('research-head', 'Adviesrapport Welstand'));
  assert.ok(!ruleMatches('research-head', 'Jaarrapport 2024'));
  assert.ok(!ruleMatches('woo-request', 'Beleidsregel actieve openbaarmaking'));
});

test("a bill and a vote list are the parliament's; a raadsadres is incoming; street names apply generally", () => {
  assertCategories([
    ['Regels over de betaalbaarheid van huurwoningen (Wet betaalbare huur)', 'c_c76862ab'],
    ['Stemmingslijst Wet betaalbare huur', 'c_c76862ab'],
    ['36813, bijgewerkt t/m nr. 5 (NvW d.d. 1 oktober 2025)', 'c_c76862ab'],
    // A council's or the Staten's vote list is a paper of their meeting (onder c).
    ['Stemmingslijst raadsvergadering 12 maart 2024', 'c_db4862c3'],
    ['Stemmingsuitslagen Provinciale Staten 3 juli 2024', 'c_db4862c3'],
    ['Raadsadres over de speeltuin in de Oosterparkbuurt', 'c_8c840238'],
    ['Verzoekschrift aan de raad over de hondenbelasting', 'c_8c840238'],
    ['E-mail aan de gemeenteraad over windmolens', 'c_8c840238'],
    ['Ingezonden stuk over het zwembad', 'c_8c840238'],
    ['Tussenevaluatie programma Aardgasvrije Wijken', 'c_fdaee95e'],
    ['Akoestisch onderzoek Stationsweg', 'c_fdaee95e'],
    ['Resultaten bewonersonderzoek 2023', 'c_fdaee95e'],
    ['Verlening subsidie Stichting Buurtwerk 2024', 'c_46a81018'],
    ['Sluiting woning Opiumwet Dorpsstraat 5', 'c_46a81018'],
    ['Vaststelling subsidieplafond 2025', 'c_aab6bfc7'],
    ['Beslissing op verzoek ex artikel 4.1 Woo', 'c_3baef532'],
    ['Woo 2024-123 bomenkap Stationsplein', 'c_3baef532'],
    ['Verzoek ingevolge de Wet open overheid over de sporthal', 'c_3baef532'],
    ['Openbaar gemaakte stukken over stikstof', 'c_3baef532'],
    ['Besluitenlijst week 11 2024', 'c_3a248e3a'],
    ['Vastgestelde besluitenlijst 5 maart 2024', 'c_3a248e3a'],
    ['Werkplan 2025 Rekenkamercommissie', 'c_c6cd1213'],
    ['Oordeel klacht over bejegening', 'c_a870c43d'],
    ['Fiche: Verordening digitale euro', 'c_c76862ab'],
    ['Verslag Landbouw- en Visserijraad 26 mei 2025', 'c_c76862ab'],
    ['Tijdelijke regeling opvang ontheemden', 'c_139c6280'],
    ['Financiële verordening 2024', 'c_139c6280'],
    ['Inspraak- en participatieverordening', 'c_139c6280'],
    // Naming a street and closing a road concern everyone (3.3.1b); a council's proposal stays a council paper.
    ['Straatnaambesluit Nieuwbouwwijk De Hoven', 'c_aab6bfc7'],
    ['Onttrekking aan het openbaar verkeer van een weg', 'c_aab6bfc7'],
    ['Raadsvoorstel Financiële verordening 2024', 'c_db4862c3'],
  ]);
  // A body's own by-law and an act in force ("Wet van <date>") are not bills.
  assert.ok(!ruleMatches('states-general-bill', 'Wijziging van de Algemene plaatselijke verordening 2024'));
  assert.ok(!ruleMatches('states-general-bill', 'Wet van 5 juli 2024 tot wijziging van de Participatiewet'));
  // The opening hours of shops are not the body's own contact details.
  assert.ok(ruleMatches('contact-details', 'Openingstijden gemeentehuis'));
  assert.ok(!ruleMatches('contact-details', 'Besluit openingstijden winkels op zondag'));
});

test('a letter from outside the body or to the council is incoming; a letter to the Raad van State is not', () => {
  assertCategories([
    ['Brief van Stichting Groen Dorp over de kap van bomen', 'c_8c840238'],
    ['Brief van bewoners Kerkstraat inzake parkeeroverlast', 'c_8c840238'],
    ['Brief VNG over de meicirculaire gemeentefonds', 'c_8c840238'],
    ['Brief Provincie Utrecht aan de raad over het toezicht op de begroting 2025', 'c_8c840238'],
    // Letters of a committee or members of parliament are the chamber's papers.
    ['Brief van de vaste commissie voor Europese Zaken over het behandelvoorbehoud', 'c_c76862ab'],
  ]);
  const incoming = RULES.filter((r) => r.category === 'c_8c840238');
  const toCouncilOfState = normalizeTitle('Brief aan de Raad van State over het wetsvoorstel');
  assert.ok(incoming.every((r) => !r.pattern.test(toCouncilOfState)));
  assert.ok(!ruleMatches('incoming-sender', 'Brief van de minister van BZK over de septembercirculaire'));
});

test('a decision list with the board first, a traffic decision in one word, who may supervise', () => {
  assertCategories([
    ['GS-besluitenlijst 18 april 2017', 'c_3a248e3a'],
    ['B&W-besluitenlijst 3 maart 2024', 'c_3a248e3a'],
    ['Verzamelverkeersbesluit laadpalen', 'c_aab6bfc7'],
    // Who may supervise applies to everyone (onder b), though the title names a by-law (APV).
    ['Aanwijzing van BOA van Natuurmonumenten als toezichthouder APV gemeente Ede', 'c_aab6bfc7'],
    // The council's decision list stays a council paper (onder c), and so do its decisions and forum reports.
    ['Besluitenlijst raadsvergadering 12 maart 2024', 'c_db4862c3'],
    ['Besluiten Provinciale Staten 18 oktober 2017', 'c_db4862c3'],
    ['Forumverslag 14-05-2018', 'c_db4862c3'],
  ]);
});

test('description and text count, but less than the title', () => {
  const result = classify({
    title: 'Stukken over de sporthal',
    description: 'Besluit op het Woo-verzoek over de sporthal',
  });
  assert.equal(result.ranking[0]!.category, 'c_3baef532');
  assert.ok(result.reasons.some((r) => r.kind === 'rule' && r.message.en.includes('(in the description)')));
  // `summary` is the older name of the same field.
  assert.deepEqual(
    classify({ title: 'Stukken over de sporthal', summary: 'Besluit op het Woo-verzoek' }).ranking,
    classify({ title: 'Stukken over de sporthal', description: 'Besluit op het Woo-verzoek' }).ranking,
  );
});

test('a core Publication can be classified as it is; `organisation` is read as the publisher', () => {
  const publication = {
    id: 'p1',
    title: 'Definitieve stemmingslijst donderdag 15 mei 2025',
    description: 'Stemmingen over moties en wetsvoorstellen',
    informationCategories: [],
    publisher: {
      name: 'Tweede Kamer der Staten-Generaal',
      uri: 'https://identifier.overheid.nl/tooi/id/oorg/oorg10002',
    },
    documentActions: [],
  };
  assert.equal(classify(publication).category, 'c_c76862ab');
  // Data files name the publishing body `organisation` (as the real corpus and core's WooDecision do).
  const row = {
    title: 'Definitieve stemmingslijst donderdag 15 mei 2025',
    organisation: 'Tweede Kamer der Staten-Generaal',
  };
  assert.deepEqual(classify(row), classify({ title: row.title, publisher: row.organisation }));
  // `publisher` wins when both are there; a wrong type names the field it came from.
  assert.deepEqual(
    classify({ ...row, publisher: 'Gemeente Utrecht' }),
    classify({ title: row.title, publisher: 'Gemeente Utrecht' }),
  );
  assert.throws(
    () => classify({ title: 'x', organisation: 3 } as never),
    (e: unknown) =>
      (e as { code: string; path: string }).code === 'classifier-invalid-field' &&
      (e as { path: string }).path === '/organisation',
  );
});

test('abstains below the threshold; the threshold is configurable', () => {
  const vague = classify({ title: 'Stukken 2024' });
  assert.equal(vague.category, null);
  assert.equal(vague.reasons[0]!.kind, 'abstain');
  assert.equal(vague.ranking.length, 3);
  assert.notEqual(classify({ title: 'Stukken 2024' }, { threshold: 0 }).category, null);
  const strict = createClassifier({ threshold: 0.999999 });
  assert.equal(strict.threshold, 0.999999);
});

test('deterministic: the same input always gives the same result', () => {
  const input = {
    title: 'Raadsvoorstel vaststelling jaarrekening 2023',
    summary: 'De raad stelt de jaarrekening vast',
  };
  const a = JSON.stringify(classify(input));
  for (let i = 0; i < 5; i++) assert.equal(JSON.stringify(classify(input)), a);
  assert.equal(JSON.stringify(createClassifier().classify(input)), a);
});

test('odd text never throws and gives only official codes (property test)', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('Besluitenlijst B&W 3 maart', 'Woo-besluit ', 'Convenant '),
      ),
      fc.option(fc.string(), { nil: undefined }),
      (title, summary) => {
        const result = classify(summary === undefined ? { title } : { title, summary });
        if (result.category !== null) assert.ok(officialCodes.has(result.category));
        for (const r of result.ranking) assert.ok(officialCodes.has(r.category));
        assert.ok(result.confidence >= 0 && result.confidence <= 1);
      },
    ),
    { numRuns: 300, seed: 42 },
  );
});

test('bad text: empty, 1 MB, control characters and other scripts give a clean answer or abstention', () => {
  const empty = classify({ title: '' });
  assert.equal(empty.category, null);
  assert.equal(empty.reasons[0]!.id, 'no-text');
  assert.equal(classify({ title: '   \t\n' }).category, null);
  const huge = classify({ title: `Besluitenlijst B&W 3 maart ${'x'.repeat(1_000_000)}` });
  assert.equal(huge.category, 'c_3a248e3a');
  assert.equal(classify({ title: '\u0000\u0001\u0002\u001b[31m' }).category, null);
  assert.equal(classify({ title: '議事録 ٢٠٢٤ протокол' }).category, null);
  assert.equal(classify({ title: 'Besluitenlijst B&W\u0000 3 maart' }).category, 'c_3a248e3a');
  assert.equal(classify({ title: 'Besluitenlijst B&W', text: 'x'.repeat(1_000_000) }).category, 'c_3a248e3a');
});

test('wrong types throw WooKitInputError with a stable code and a path', () => {
  const cases: Array<[unknown, string, string]> = [
    [null, 'classifier-invalid-input', ''],
    ['Besluitenlijst', 'classifier-invalid-input', ''],
    [[], 'classifier-invalid-input', ''],
    [{}, 'classifier-invalid-field', '/title'],
    [{ title: 42 }, 'classifier-invalid-field', '/title'],
    [{ title: 'x', summary: 1 }, 'classifier-invalid-field', '/summary'],
    [{ title: 'x', documentType: {} }, 'classifier-invalid-field', '/documentType'],
    [{ title: 'x', text: [] }, 'classifier-invalid-field', '/text'],
    [{ title: 'x', publisher: 3 }, 'classifier-invalid-field', '/publisher'],
    [{ title: 'x', publisher: { uri: 3 } }, 'classifier-invalid-field', '/publisher'],
    [{ title: 'x', publisher: ['Gemeente Utrecht'] }, 'classifier-invalid-field', '/publisher'],
  ];
  for (const [input, code, path] of cases) {
    assert.throws(
      () => classify(input as never),
      (e: unknown) => e instanceof WooKitInputError && e.code === code && e.path === path && e.messages.nl !== '',
    );
  }
  for (const threshold of [-0.1, 1.5, Number.NaN, '0.5']) {
    assert.throws(
      () => createClassifier({ threshold: threshold as number }),
      (e: unknown) => e instanceof WooKitInputError && e.code === 'classifier-invalid-threshold',
    );
  }
  // Null fields are treated as missing.
  assert.doesNotThrow(() => classify({ title: 'x', summary: null } as never));
});

test('model data: base64 round trip, stable hashing, size at most 200 kB gzip', () => {
  const bytes = Uint8Array.from([0, 1, 2, 250, 255, 128, 7]);
  for (let n = 0; n <= bytes.length; n++)
    assert.deepEqual(decodeBase64(encodeBase64(bytes.slice(0, n))), bytes.slice(0, n));
  assert.equal(hashFeature('wbesluitenlijst'), hashFeature('wbesluitenlijst'));
  const source = readFileSync(new URL('../src/generated/model.ts', import.meta.url));
  assert.ok(gzipSync(source, { level: 9 }).length <= 200 * 1024);
  // decodeModel throws RangeError; createClassifier turns it into a typed error with the RangeError as its cause.
  assert.throws(() => decodeModel({ ...MODEL, rows: MODEL.rows + 1 }), RangeError);
  assert.throws(
    () => createClassifier({ model: { ...MODEL, rows: MODEL.rows + 1 } }),
    (e: unknown) =>
      e instanceof WooKitInputError &&
      e.code === 'classifier-invalid-model' &&
      e.path === '/model' &&
      e.cause instanceof RangeError &&
      e.messages.nl.startsWith('Het model kan niet worden gelezen') &&
      e.messages.en.startsWith('The model cannot be read'),
  );
  assert.equal(createClassifier({ model: MODEL }).classify({ title: 'Jaarverslag 2023' }).category, 'c_c6cd1213');
});

test('model data: the sparse layout (format 2) round-trips; the dense layout of earlier versions still reads', () => {
  assert.equal(MODEL.format, 2);
  // The engine's own base64 decoder (Node's Buffer here) and the plain one give the same bytes.
  assert.deepEqual(new Uint8Array(base64Bytes(MODEL.data)), decodeBase64(MODEL.data));
  const model = decodeModel(MODEL);
  const k = MODEL.classes.length;
  const buckets: number[] = [];
  for (let b = 0; b < model.index.length; b++) if (model.index[b]! >= 0) buckets.push(b);
  assert.equal(buckets.length, MODEL.rows);
  // Encoding the decoded rows again gives the shipped data, byte for byte.
  const rows = new Int8Array(buckets.length * k);
  buckets.forEach((b, row) => rows.set(model.weights.subarray(model.index[b]!, model.index[b]! + k), row * k));
  assert.equal(encodeBase64(encodeModelRows(buckets, rows, k)), MODEL.data);
  // The same model in the dense layout (no `format`): same lookups, same answers.
  const sparseBytes = decodeBase64(MODEL.data);
  const deltas = sparseBytes.length - (buckets.length * Math.ceil(k / 8) + model.weights.filter((w) => w !== 0).length);
  const { format: _sparse, ...withoutFormat } = MODEL;
  const dense: ModelData = {
    ...withoutFormat,
    data: encodeBase64(Uint8Array.from([...sparseBytes.subarray(0, deltas), ...new Uint8Array(rows.buffer)])),
  };
  const fromDense = decodeModel(dense);
  assert.deepEqual(fromDense.index, model.index);
  assert.deepEqual(fromDense.weights, model.weights);
  for (const title of ['Jaarverslag 2023', 'Besluitenlijst B&W 14 januari 2025', 'Notitie'])
    assert.deepEqual(createClassifier({ model: dense }).classify({ title }), classify({ title }));
  // A small model by hand: weights -128…127, classes past the first mask byte, a row without weights.
  const byHand = [
    0,
    -128,
    0,
    127,
    0,
    0,
    0,
    0,
    0,
    1,
    0,
    -1,
    ...new Array<number>(12).fill(0),
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    -3,
    0,
    0,
    9,
  ];
  const small = encodeModelRows([0, 5, 300], Int8Array.from(byHand), 12);
  const decoded = decodeModel({
    ...MODEL,
    bits: 9,
    classes: MODEL.classes.slice(0, 12),
    bias: MODEL.bias.slice(0, 12),
    rows: 3,
    format: 2,
    data: encodeBase64(small),
  });
  assert.deepEqual([...decoded.weights], byHand);
  assert.deepEqual([decoded.index[0], decoded.index[5], decoded.index[300], decoded.index[1]], [0, 12, 24, -1]);
  // Data that does not fit its header is refused, never read past.
  const broken = (data: Uint8Array): ModelData => ({
    ...MODEL,
    bits: 9,
    classes: MODEL.classes.slice(0, 12),
    bias: MODEL.bias.slice(0, 12),
    rows: 3,
    format: 2,
    data: encodeBase64(data),
  });
  assert.throws(() => decodeModel(broken(small.subarray(0, small.length - 1))), RangeError);
  assert.throws(() => decodeModel(broken(Uint8Array.from([...small, 0]))), RangeError);
  assert.throws(() => decodeModel(broken(small.subarray(0, 5))), RangeError);
  assert.throws(() => encodeModelRows([3, 3], new Int8Array(24), 12), RangeError);
});

test('model data: a header that is not one, or an unknown format, is named', () => {
  const broken: Array<[unknown, RegExp]> = [
    [null, /not an object/],
    [{ ...MODEL, format: 3 }, /model format 3 is not known/],
    [{ ...MODEL, data: undefined }, /no base64 text/],
    [{ ...MODEL, classes: 'c_3baef532' }, /classes are not a list/],
    [{ ...MODEL, bits: 40 }, /bits are not a number from 1 to 24/],
    [{ ...MODEL, rows: -1 }, /rows do not fit/],
    [{ ...MODEL, scale: Number.NaN }, /scale is no number/],
    [{ ...MODEL, bias: MODEL.bias.slice(1) }, /bias is not one number per class/],
  ];
  for (const [model, message] of broken) {
    assert.throws(() => decodeModel(model as ModelData), message);
    assert.throws(
      () => createClassifier({ model: model as ModelData }),
      (e: unknown) => e instanceof WooKitInputError && e.code === 'classifier-invalid-model' && message.test(e.message),
    );
  }
  // Nothing else is affected: the shipped model and a copy of it still read.
  assert.equal(
    createClassifier({ model: { ...MODEL } }).classify({ title: 'Jaarverslag 2023' }).category,
    'c_c6cd1213',
  );
});

test('the browser bundle has no eval, new Function or require', () => {
  const bundle = new URL('../dist/bundle/woo-kit-classifier.min.js', import.meta.url);
  if (!existsSync(bundle)) return; // built by scripts/build.mjs
  const code = readFileSync(bundle, 'utf8');
  assert.ok(!/\beval\(|new Function\(|\brequire\(/.test(code));
});
