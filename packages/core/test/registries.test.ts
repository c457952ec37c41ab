import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  InvalidDateError,
  UnknownCategoryError,
  categoryByArticle,
  categoryByCode,
  categoryByUri,
  conceptByCode,
  documentActionTypes,
  documentRelationTypes,
  documentTypeByCode,
  documentTypeByLabel,
  documentTypeByUri,
  documentTypes,
  exceptionGroundByArticle,
  exceptionGrounds,
  fileFormats,
  informationCategories,
  informationCategoryCodes,
  isDocumentTypeCode,
  isInformationCategoryCode,
  isWithholdingGroundArticle,
  languages,
  mandatoryCategoriesOn,
  municipalities,
  municipalityByCode,
  municipalityByUri,
  removalReasons,
  tooiCode,
  withCategoryConfig,
  withholdingGroundArticles,
  type InformationCategory,
} from '../src/index.js';

const KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

// The table of woo-reference.md §1.3: article → TOOI code.
const TABLE: ReadonlyArray<[string, string]> = [
  ['3.3.1a', 'c_139c6280'],
  ['3.3.1b', 'c_aab6bfc7'],
  ['3.3.1c', 'c_759721e2'],
  ['3.3.1d', 'c_40a05794'],
  ['3.3.1e', 'c_89ee6784'],
  ['3.3.2a', 'c_8c840238'],
  ['3.3.2b', 'c_c76862ab'],
  ['3.3.2c', 'c_db4862c3'],
  ['3.3.2d', 'c_3a248e3a'],
  ['3.3.2e', 'c_99a836c7'],
  ['3.3.2f', 'c_8fc2335c'],
  ['3.3.2g', 'c_c6cd1213'],
  ['3.3.2h', 'c_cf268088'],
  ['3.3.2i', 'c_3baef532'],
  ['3.3.2j', 'c_fdaee95e'],
  ['3.3.2k', 'c_46a81018'],
  ['3.3.2l', 'c_a870c43d'],
  ['3.1', 'c_816e508d'],
];

test('there are 18 information categories in article order, with exactly the agreed fields', () => {
  assert.equal(informationCategories.length, 18);
  assert.deepEqual(
    informationCategories.map((c) => [c.article, c.code]),
    TABLE,
  );
  for (const c of informationCategories) {
    assert.deepEqual(Object.keys(c).sort(), [
      'appliesToMunicipality',
      'article',
      'code',
      'definitionNl',
      'explanation',
      'labelEn',
      'labelNl',
      'mandatorySince',
      'uri',
    ]);
    assert.equal(c.uri, `${KERN}${c.code}`);
    assert.ok(c.labelNl.length > 0 && c.labelEn.length > 0 && c.definitionNl.length > 0);
    assert.ok(c.explanation.nl.length > 0 && c.explanation.en.length > 0);
  }
  assert.deepEqual(
    informationCategoryCodes,
    TABLE.map(([, code]) => code),
  );
});

test('plain-language explanations use short sentences (B1)', () => {
  for (const c of informationCategories) {
    for (const sentence of c.explanation.nl.split(/(?<=\.)\s+/)) {
      assert.ok(sentence.split(/\s+/).length <= 22, `${c.article}: sentence too long: ${sentence}`);
    }
  }
});

test('categories and their nested data are frozen', () => {
  assert.ok(Object.isFrozen(informationCategories));
  const first = informationCategories[0]!;
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.explanation));
  assert.throws(() => {
    (first as { labelEn: string }).labelEn = 'changed';
  }, TypeError);
});

test('categories are found by code, URI and article', () => {
  const woo = categoryByCode('c_3baef532');
  assert.equal(woo?.article, '3.3.2i');
  assert.equal(woo?.labelNl, 'Woo-verzoeken en -besluiten');
  assert.equal(categoryByUri(`${KERN}c_3baef532`), woo);
  assert.equal(categoryByArticle('3.3.2i'), woo);
  assert.equal(categoryByArticle('3.1')?.code, 'c_816e508d');
  assert.equal(categoryByCode('c_nope'), undefined);
  assert.equal(categoryByArticle('3.3.3a'), undefined);
  assert.ok(isInformationCategoryCode('c_816e508d'));
  assert.ok(!isInformationCategoryCode('toString'));
  assert.ok(!isInformationCategoryCode(42));
});

test('3.3.2b and 3.3.2h do not apply to a municipality; the other 16 do', () => {
  const notApplying = informationCategories.filter((c) => !c.appliesToMunicipality).map((c) => c.article);
  assert.deepEqual(notApplying, ['3.3.2b', '3.3.2h']);
});

test('tranche 1 (1 November 2024) made 1a, 1b, 1d, 1e and 2b mandatory; the rest is not yet in force', () => {
  const since = informationCategories.filter((c) => c.mandatorySince !== null);
  assert.deepEqual(
    since.map((c) => c.article),
    ['3.3.1a', '3.3.1b', '3.3.1d', '3.3.1e', '3.3.2b'],
  );
  assert.ok(since.every((c) => c.mandatorySince === '2024-11-01'));
  // For a municipality: four categories from that date on, none before.
  assert.deepEqual(
    mandatoryCategoriesOn('2024-11-01').map((c) => c.article),
    ['3.3.1a', '3.3.1b', '3.3.1d', '3.3.1e'],
  );
  assert.deepEqual(mandatoryCategoriesOn('2024-10-31'), []);
  assert.throws(() => mandatoryCategoriesOn('2024-02-30'), InvalidDateError);
});

test('withCategoryConfig returns a new frozen list and leaves the default alone', () => {
  const configured = withCategoryConfig({
    mandatorySince: { '3.3.2i': '2026-07-01', c_8fc2335c: '2026-07-01', '3.3.1a': null },
    appliesToMunicipality: { '3.3.2h': true, c_db4862c3: false },
  });
  assert.notEqual(configured, informationCategories);
  assert.ok(Object.isFrozen(configured) && Object.isFrozen(configured[0]));
  assert.equal(categoryByArticle('3.3.2i', configured)?.mandatorySince, '2026-07-01');
  assert.equal(categoryByArticle('3.3.2f', configured)?.mandatorySince, '2026-07-01');
  assert.equal(categoryByArticle('3.3.1a', configured)?.mandatorySince, null);
  assert.equal(categoryByArticle('3.3.2h', configured)?.appliesToMunicipality, true);
  assert.equal(categoryByArticle('3.3.2c', configured)?.appliesToMunicipality, false);
  // The default list is unchanged.
  assert.equal(categoryByArticle('3.3.2i')?.mandatorySince, null);
  assert.equal(categoryByArticle('3.3.1a')?.mandatorySince, '2024-11-01');
  assert.equal(categoryByArticle('3.3.2h')?.appliesToMunicipality, false);
  assert.ok(mandatoryCategoriesOn('2026-07-01', configured).some((c) => c.article === '3.3.2i'));
  // Configurations stack.
  const twice = withCategoryConfig({ mandatorySince: { '3.3.2j': '2027-01-01' } }, configured);
  assert.equal(categoryByArticle('3.3.2i', twice)?.mandatorySince, '2026-07-01');
  assert.equal(categoryByArticle('3.3.2j', twice)?.mandatorySince, '2027-01-01');
});

test('withCategoryConfig rejects unknown categories and bad values with typed errors', () => {
  assert.throws(
    () => withCategoryConfig({ mandatorySince: { '3.3.9z': '2026-01-01' } }),
    (e: unknown) => {
      assert.ok(e instanceof UnknownCategoryError);
      assert.equal(e.code, 'unknown-category');
      assert.ok(e.messages.nl.includes('3.3.9z') && e.messages.en.includes('3.3.9z'));
      return true;
    },
  );
  assert.throws(() => withCategoryConfig({ mandatorySince: { '3.3.2i': '2026-02-30' } }), { code: 'invalid-date' });
  assert.throws(() => withCategoryConfig({ appliesToMunicipality: { '3.3.2i': 'yes' as unknown as boolean } }), {
    code: 'invalid-config',
  });
});

test('exception grounds cover Woo chapter 5 with their kind', () => {
  assert.deepEqual(
    exceptionGrounds.map((g) => g.article),
    [
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
      '5.3',
      '5.4',
      '5.5',
      '5.6',
      '5.7',
    ],
  );
  const kind = (a: string): string | undefined => exceptionGroundByArticle(a)?.kind;
  for (const a of ['5.1.1a', '5.1.1b', '5.1.1c', '5.1.1d', '5.1.1e']) assert.equal(kind(a), 'absolute');
  for (const a of ['5.1.2a', '5.1.2e', '5.1.2i', '5.1.5', '5.2']) assert.equal(kind(a), 'relative');
  assert.equal(kind('5.4'), 'temporary');
  for (const a of ['5.5', '5.6', '5.7']) assert.equal(kind(a), 'specialAccess');
  const fiveThree = exceptionGroundByArticle('5.3');
  assert.equal(fiveThree?.kind, 'extraReasons');
  assert.equal(fiveThree?.isGround, false);
  assert.equal(exceptionGroundByArticle('5.1.2e')?.labelNl, 'Eerbiediging van de persoonlijke levenssfeer');
  assert.equal(exceptionGroundByArticle('5.9'), undefined);
  for (const g of exceptionGrounds) {
    assert.ok(g.labelNl && g.labelEn && g.explanation.nl && g.explanation.en, g.article);
    assert.equal(g.isGround, isWithholdingGroundArticle(g.article));
  }
  assert.deepEqual(
    exceptionGrounds.filter((g) => g.isGround).map((g) => g.article),
    [...withholdingGroundArticles],
  );
  assert.ok(Object.isFrozen(exceptionGrounds) && Object.isFrozen(exceptionGrounds[0]));
});

test('91 document types, found by code, URI and label', () => {
  assert.equal(documentTypes.length, 91);
  assert.equal(new Set(documentTypes.map((d) => d.code)).size, 91);
  // Codes quoted in woo-reference.md §5.3.
  const expected: Record<string, string> = {
    c_7652d853: 'brief',
    c_465163c9: 'besluit',
    c_93b0d113: 'beschikking',
    c_386e74cb: 'convenant',
    c_d506b718: 'advies',
    c_a40458df: 'adviesaanvraag',
    c_f90465b3: 'agenda',
    c_d4a4792f: 'besluitenlijst',
    c_81cc2eb5: 'Gemeenteblad',
    c_1cf18f83: 'Wob-/Woo-verzoek',
    c_4f50ca9c: 'beslissing op Wob-/Woo-verzoek',
    c_df2cb56e: 'zienswijze',
    c_aebfec50: 'subsidiebeschikking',
    c_9ecc0007: 'organisatiegegevens',
  };
  for (const [code, label] of Object.entries(expected)) {
    const type = documentTypeByCode(code);
    assert.equal(type?.labelNl, label, code);
    assert.equal(documentTypeByUri(`${KERN}${code}`), type);
    assert.equal(documentTypeByLabel(` ${label.toUpperCase()} `), type);
  }
  assert.ok(documentTypeByCode('c_fbaa7e4b')?.definitionNl?.includes('art 1:3 lid 4 Awb'));
  assert.equal(
    documentTypeByCode('c_fbaa7e4b')?.legalReference,
    'jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&lid=4',
  );
  assert.equal(documentTypeByLabel('geen soort'), undefined);
  assert.ok(isDocumentTypeCode('c_386e74cb') && !isDocumentTypeCode('c_3baef532'));
  assert.ok(Object.isFrozen(documentTypes[0]));
});

test('municipalities: 605 TOOI entries, gm0363 is Amsterdam', () => {
  assert.equal(municipalities.length, 605);
  const amsterdam = municipalityByCode('gm0363');
  assert.deepEqual(amsterdam, {
    code: 'gm0363',
    uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
    labelNl: 'gemeente Amsterdam',
    name: 'Amsterdam',
  });
  assert.equal(municipalityByCode('GM0363'), amsterdam);
  assert.equal(municipalityByCode('0363'), amsterdam);
  assert.equal(municipalityByUri(amsterdam!.uri), amsterdam);
  assert.equal(municipalityByCode('gm9999'), undefined);
  assert.ok(municipalities.every((m) => /^gm\d{4}$/.test(m.code) && m.uri.endsWith(m.code)));
});

test('the small DiWoo value lists', () => {
  assert.deepEqual(
    documentActionTypes.map((a) => [a.code, a.labelNl, a.labelEn]),
    [
      ['c_e1ec050e', 'ondertekening', 'signing'],
      ['c_dfcee535', 'ontvangst', 'receipt'],
      ['c_641ecd76', 'vaststelling', 'adoption'],
    ],
  );
  assert.equal(languages.length, 27);
  assert.equal(conceptByCode(languages, 'NLD')?.uri, 'http://publications.europa.eu/resource/authority/language/NLD');
  assert.equal(conceptByCode(languages, 'NLD')?.labelEn, 'Dutch');
  assert.ok(
    languages.every((l) => l.labelEn !== l.labelNl),
    'every language has an English label',
  );
  assert.equal(fileFormats.length, 19);
  assert.equal(
    conceptByCode(fileFormats, 'http://publications.europa.eu/resource/authority/file-type/PDF')?.code,
    'PDF',
  );
  assert.deepEqual(
    documentRelationTypes.map((r) => r.code),
    ['c_05f4a5f3', 'c_07748060', 'c_24ddfb9b', 'c_75fac459'],
  );
  assert.deepEqual(
    removalReasons.map((r) => r.code),
    ['c_098c1346', 'c_c77c86e0'],
  );
  assert.equal(tooiCode(`${KERN}c_3baef532`), 'c_3baef532');
});

test('an InformationCategory is assignable from the registry (type check)', () => {
  const c: InformationCategory | undefined = informationCategories[0];
  assert.ok(c);
});

test('@woo-kit/core/categories: the same objects as the main entry, and only the light modules', async () => {
  const main = (await import('../src/index.js')) as Record<string, unknown>;
  const entry = (await import('../src/categories.js')) as Record<string, unknown>;
  const names = Object.keys(entry);
  for (const name of ['categoryByCode', 'documentTypeByLabel', 'WooKitInputError', 'DUTCH_MONTH_NAMES', 'tooiCode'])
    assert.ok(names.includes(name), name);
  for (const name of names) assert.equal(entry[name], main[name], name);
  // What makes the whole package slow to load in Node stays out: schemas, validators, organisation lists, DiWoo.
  for (const name of ['validateWooDecision', 'organisationByUri', 'municipalities', 'fromDiwooSitemap'])
    assert.ok(name in main && !names.includes(name), name);
  // The package exports it under that name, pointing at the built module.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, { default: string }>;
  };
  assert.equal(pkg.exports['./categories']?.default, './dist/categories.js');
});
