import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DiwooError,
  SITEMAP_MAX_URLS,
  WooKitError,
  categoryByCode,
  examplePublication,
  fromDiwooSitemap,
  readSitemapIndex,
  replaceNonXmlCharacters,
  toDiwooSitemap,
  type Publication,
} from '../src/index.js';
import { escapeAttribute, escapeText, utf8Length } from '../src/diwoo/xml-text.js';
import { isSitemapLoc, toXsdDateTime } from '../src/diwoo/values.js';
import { parseXml, type XmlElement } from '../src/diwoo/xml-parse.js';
import { minimalPublication as minimal } from './diwoo-arbitraries.js';

const DIWOO = 'https://standaarden.overheid.nl/diwoo/metadata/';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const only = (xml: string): XmlElement => parseXml(xml);
const diwooOf = (xml: string): XmlElement => {
  const url = only(xml).children[0]!;
  const document = url.children.find((c) => c.localName === 'Document')!;
  return document.children[0]!;
};
const names = (element: XmlElement): string[] => element.children.map((c) => c.localName);
const child = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.find((c) => c.localName === name);
  assert.ok(found, `no ${name} in ${element.localName}`);
  return found;
};

test('escaping: & < > " \' and CR are escaped, characters XML cannot carry become U+FFFD', () => {
  assert.equal(escapeText(`a & b < c > d " e ' f`), 'a &amp; b &lt; c &gt; d &quot; e &apos; f');
  assert.equal(escapeText('line\r\nnext\ttab'), 'line&#13;\nnext\ttab');
  assert.equal(escapeText('\u0000\u0001\u0008\u000B\u000C\u001F'), '\uFFFD'.repeat(6));
  assert.equal(escapeText('\uD800x\uDC00\uFFFE\uFFFF'), '\uFFFDx\uFFFD\uFFFD\uFFFD');
  assert.equal(
    escapeText('😀 \u{10FFFF} \u007F \u0085 שלום'),
    '😀 \u{10FFFF} \u007F \u0085 שלום',
    'pairs, DEL, NEL and RTL text stay',
  );
  assert.equal(escapeAttribute('a\tb\nc\rd"'), 'a&#9;b&#10;c&#13;d&quot;');
  assert.equal(replaceNonXmlCharacters('ok\u0002'), 'ok\uFFFD');
  assert.equal(utf8Length('aé€😀\uD800'), 1 + 2 + 3 + 4 + 3);
});

test('the example publication: envelope, namespaces and every DiWoo element in XSD order', () => {
  const { files, index, skipped } = toDiwooSitemap([examplePublication]);
  assert.deepEqual(skipped, []);
  assert.equal(index, undefined);
  assert.equal(files.length, 1);
  const [file] = files;
  assert.equal(file!.name, 'diwoo-sitemap.xml');
  assert.equal(file!.urlCount, 1);
  assert.ok(
    file!.xml.startsWith(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/"',
    ),
  );
  const root = only(file!.xml);
  assert.equal(root.namespace, SITEMAP);
  assert.equal(root.localName, 'urlset');
  const url = root.children[0]!;
  assert.deepEqual(names(url), ['loc', 'lastmod', 'Document']);
  assert.equal(child(url, 'loc').text, examplePublication.url);
  assert.equal(child(url, 'lastmod').text, '2025-04-15T10:00:00+02:00', 'default lastmod: the latest document action');
  const diwoo = diwooOf(file!.xml);
  assert.equal(diwoo.namespace, DIWOO);
  // The order of DiWooType's declarations (the xs:all allows any order; we keep the declared one).
  assert.deepEqual(names(diwoo), [
    'identifiers',
    'publisher',
    'titelcollectie',
    'omschrijvingen',
    'classificatiecollectie',
    'creatiedatum',
    'language',
    'format',
    'documenthandelingen',
  ]);
  assert.equal(child(child(diwoo, 'identifiers'), 'identifier').text, examplePublication.id);
  const publisher = child(diwoo, 'publisher');
  assert.equal(publisher.text, 'gemeente Utrecht');
  assert.equal(publisher.attributes.get('resource'), 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344');
  assert.deepEqual(names(child(diwoo, 'titelcollectie')), ['officieleTitel', 'verkorteTitels']);
  assert.deepEqual(names(child(diwoo, 'classificatiecollectie')), ['informatiecategorieen', 'documentsoorten']);
  const category = child(child(child(diwoo, 'classificatiecollectie'), 'informatiecategorieen'), 'informatiecategorie');
  assert.equal(category.text, 'Woo-verzoeken en -besluiten');
  assert.equal(category.attributes.get('resource'), 'https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532');
  const type = child(child(child(diwoo, 'classificatiecollectie'), 'documentsoorten'), 'documentsoort');
  assert.equal(type.text, 'beslissing op Wob-/Woo-verzoek');
  assert.equal(type.attributes.get('resource'), 'https://identifier.overheid.nl/tooi/def/thes/kern/c_4f50ca9c');
  assert.equal(child(diwoo, 'creatiedatum').text, '2025-04-15');
  assert.equal(child(diwoo, 'language').text, 'Nederlands');
  assert.equal(
    child(diwoo, 'language').attributes.get('resource'),
    'http://publications.europa.eu/resource/authority/language/NLD',
  );
  assert.equal(child(diwoo, 'format').text, 'PDF');
  assert.equal(
    child(diwoo, 'format').attributes.get('resource'),
    'http://publications.europa.eu/resource/authority/file-type/PDF',
  );
  const action = child(child(diwoo, 'documenthandelingen'), 'documenthandeling');
  assert.deepEqual(names(action), ['soortHandeling', 'atTime']);
  assert.equal(child(action, 'soortHandeling').text, 'ondertekening');
  assert.equal(
    child(action, 'soortHandeling').attributes.get('resource'),
    'https://identifier.overheid.nl/tooi/def/thes/kern/c_e1ec050e',
  );
  assert.equal(child(action, 'atTime').text, '2025-04-15T10:00:00+02:00');
});

test('optional fields: absent ones are left out, each present one is written', () => {
  const diwoo = diwooOf(toDiwooSitemap([minimal]).files[0]!.xml);
  assert.deepEqual(names(diwoo), [
    'identifiers',
    'publisher',
    'titelcollectie',
    'classificatiecollectie',
    'documenthandelingen',
  ]);
  assert.deepEqual(names(child(diwoo, 'titelcollectie')), ['officieleTitel']);
  assert.deepEqual(names(child(diwoo, 'classificatiecollectie')), ['informatiecategorieen']);

  const optionalFields: [keyof Publication, unknown, string][] = [
    ['shortTitle', 'Kort', 'verkorteTitels'],
    ['description', 'Omschrijving', 'omschrijvingen'],
    ['documentType', 'c_386e74cb', 'documentsoorten'],
    ['creationDate', '2024-02-29', 'creatiedatum'],
    ['language', 'FRY', 'language'],
    ['format', 'XLSX', 'format'],
  ];
  for (const [field, value, element] of optionalFields) {
    const xml = toDiwooSitemap([{ ...minimal, [field]: value }]).files[0]!.xml;
    const all = [
      ...names(diwooOf(xml)),
      ...names(child(diwooOf(xml), 'titelcollectie')),
      ...names(child(diwooOf(xml), 'classificatiecollectie')),
    ];
    assert.ok(all.includes(element), `${field} → ${element}`);
    assert.deepEqual(fromDiwooSitemap(xml).publications[0], { ...minimal, [field]: value }, `${field} comes back`);
  }
  const xml = toDiwooSitemap([{ ...minimal, language: 'FRY', format: 'XLSX', documentType: 'c_386e74cb' }]).files[0]!
    .xml;
  assert.match(
    xml,
    new RegExp(
      String.raw`<diwoo:language resource="http:\/\/publications\.europa\.eu\/resource\/authority\/language` +
        String.raw`\/FRY">Fries<\/diwoo:language>`,
    ),
  );
  assert.match(
    xml,
    new RegExp(
      String.raw`<diwoo:format resource="http:\/\/publications\.europa\.eu\/resource\/authority\/file-type` +
        String.raw`\/XLSX">Excel XLSX<\/diwoo:format>`,
    ),
  );
  assert.match(
    xml,
    new RegExp(
      String.raw`<diwoo:documentsoort resource="https:\/\/identifier\.overheid\.nl\/tooi\/def\/thes\/kern` +
        String.raw`\/c_386e74cb">convenant<\/diwoo:documentsoort>`,
    ),
  );
});

test('several categories and actions keep their order, each with label and URI from the registry', () => {
  const p: Publication = {
    ...minimal,
    informationCategories: ['c_db4862c3', 'c_139c6280', 'c_3baef532'],
    documentActions: [
      { soortHandeling: 'c_dfcee535', atTime: '2025-01-01T09:00:00+01:00' },
      { soortHandeling: 'c_641ecd76', atTime: '2025-01-03T09:00:00+01:00' },
      { soortHandeling: 'c_e1ec050e', atTime: '2025-01-02T09:00:00+01:00' },
    ],
  };
  const diwoo = diwooOf(toDiwooSitemap([p]).files[0]!.xml);
  const categories = child(child(diwoo, 'classificatiecollectie'), 'informatiecategorieen').children;
  assert.deepEqual(
    categories.map((c) => c.attributes.get('resource')),
    p.informationCategories.map((c) => categoryByCode(c)!.uri),
  );
  assert.deepEqual(
    categories.map((c) => c.text),
    p.informationCategories.map((c) => categoryByCode(c)!.labelNl),
  );
  const actions = child(diwoo, 'documenthandelingen').children;
  assert.deepEqual(
    actions.map((a) => child(a, 'soortHandeling').text),
    ['ontvangst', 'vaststelling', 'ondertekening'],
  );
});

test('hostile text is escaped and the output is still well-formed XML', () => {
  const title =
    '</diwoo:officieleTitel><script>alert(1)</script>&amp;&#0;"\'\u0000\u0007\uD800 😀 שלום <!DOCTYPE x> ]]>';
  const { files } = toDiwooSitemap([
    { ...minimal, officialTitle: title, publisher: { ...minimal.publisher, name: 'a & "b" <c>' } },
  ]);
  const xml = files[0]!.xml;
  assert.ok(!xml.includes('<script>'));
  // eslint-disable-next-line no-control-regex -- the test looks for control characters on purpose
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml), 'no control characters in the output');
  const back = fromDiwooSitemap(xml).publications[0]!;
  // eslint-disable-next-line no-control-regex -- the characters XML cannot carry, as the writer replaces them
  assert.equal(back.officialTitle, title.replace(/[\u0000\u0007\uD800]/g, '\uFFFD'));
  assert.equal(back.publisher.name, 'a & "b" <c>');
});

test(
  'date-times: lower-case t and z are written upper case (xs:dateTime); year 0000 and offsets beyond ±14:00 are ' +
    'refused',
  () => {
    assert.equal(toXsdDateTime('2025-01-02t03:04:05.5z'), '2025-01-02T03:04:05.5Z');
    assert.equal(toXsdDateTime('2025-01-02T03:04:05+14:00'), '2025-01-02T03:04:05+14:00');
    assert.equal(toXsdDateTime('2025-01-02T03:04:05-14:01'), undefined);
    assert.equal(toXsdDateTime('0000-01-02T03:04:05Z'), undefined);
    const xml = toDiwooSitemap([
      { ...minimal, documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-01-02t03:04:05z' }] },
    ]).files[0]!.xml;
    assert.match(xml, /<diwoo:atTime>2025-01-02T03:04:05Z<\/diwoo:atTime>/);
    const r = toDiwooSitemap([
      { ...minimal, documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-01-02T03:04:05+15:00' }] },
      { ...minimal, documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '0000-01-02T03:04:05Z' }] },
      { ...minimal, creationDate: '0000-02-29' },
    ]);
    assert.deepEqual(
      r.skipped.map((s) => [s.index, s.error.code, s.error.path]),
      [
        [0, 'diwoo-invalid-date-time', '/documentActions/0/atTime'],
        [1, 'diwoo-invalid-date-time', '/documentActions/0/atTime'],
        [2, 'diwoo-invalid-date', '/creationDate'],
      ],
    );
    assert.deepEqual(r.files, []);
  },
);

test('loc: URLs a sitemap cannot hold are refused, the rest written', () => {
  for (const ok of [
    'https://www.example.nl/a?b=c&d=e#f',
    'https://[::1]/abc',
    'https://example.nl/é{x}',
    'https://a.nl/%41',
    'https://😀.nl',
  ])
    assert.ok(isSitemapLoc(ok), ok);
  for (const bad of [
    'http://a.nl',
    'https://example.nl/a%zz',
    'https://example.nl/a%',
    'https://example.nl/a#b#c',
    'https://example.nl/a[b]',
    'https://u@p@host.nl/',
    'https://example.nl:80a/',
    'https://example.nl:/a',
    'https://example.nl/\u0001',
    'https://😀.n',
    'https://a.nl/ b',
    `https://example.nl/${'a'.repeat(2030)}`,
  ]) {
    assert.ok(!isSitemapLoc(bad), bad);
  }
  const r = toDiwooSitemap([
    { ...minimal, url: 'http://a.nl' },
    { ...minimal, url: 'https://example.nl/100%' },
    minimal,
  ]);
  assert.deepEqual(
    r.skipped.map((s) => [s.index, s.error.code]),
    [
      [0, 'diwoo-invalid-url'],
      [1, 'diwoo-invalid-url'],
    ],
  );
  assert.equal(r.files[0]!.urlCount, 1);
});

test('an invalid publication is left out and reported with its index and a typed error', () => {
  const r = toDiwooSitemap([
    minimal,
    { ...minimal, informationCategories: [] },
    'not an object',
    null,
    { ...minimal, id: 'min-2' },
  ]);
  assert.deepEqual(
    r.skipped.map((s) => s.index),
    [1, 2, 3],
  );
  for (const s of r.skipped) {
    assert.ok(s.error instanceof WooKitError);
    assert.equal(s.error.code, 'validation-failed');
    assert.ok(s.error.messages.nl.length > 0 && s.error.messages.en.length > 0);
  }
  assert.equal(r.skipped[0]!.error.path, '/informationCategories');
  assert.equal(r.files[0]!.urlCount, 2);
  assert.deepEqual(
    fromDiwooSitemap(r.files[0]!.xml).publications.map((p) => p.id),
    ['min-1', 'min-2'],
  );
  // Nothing valid: no file at all (an empty urlset is not a valid sitemap), and no index.
  const none = toDiwooSitemap([{}], { alwaysIndex: true, baseUrl: 'https://example.nl/' });
  assert.deepEqual([none.files, none.index, none.skipped.length], [[], undefined, 1]);
});

test('publisher: only organisations on the TOOI list; extraPublisherUris vouches for more', () => {
  const other = {
    ...minimal,
    publisher: { name: 'Regio X', uri: 'https://identifier.overheid.nl/tooi/id/samenwerkingsorganisatie/ws0001' },
  };
  const refused = toDiwooSitemap([other]);
  assert.equal(refused.skipped[0]!.error.code, 'diwoo-unknown-publisher');
  assert.ok(refused.skipped[0]!.error instanceof DiwooError);
  const former = {
    ...minimal,
    publisher: { name: 'gemeente het Bildt', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0063' },
  };
  assert.equal(toDiwooSitemap([former]).skipped.length, 0, 'former municipalities are on the list');
  assert.equal(toDiwooSitemap([other], { extraPublisherUris: [other.publisher.uri] }).skipped.length, 0);
});

test('lastmod: latest action by instant, a custom function, none, or refused when invalid', () => {
  const p: Publication = {
    ...minimal,
    documentActions: [
      { soortHandeling: 'c_e1ec050e', atTime: '2025-01-02T01:00:00+01:00' }, // 00:00Z
      { soortHandeling: 'c_641ecd76', atTime: '2025-01-01T23:30:00-05:00' }, // 04:30Z, the latest
    ],
  };
  const lastmodOf = (xml: string): string | undefined =>
    only(xml).children[0]!.children.find((c) => c.localName === 'lastmod')?.text;
  assert.equal(lastmodOf(toDiwooSitemap([p]).files[0]!.xml), '2025-01-01T23:30:00-05:00');
  assert.equal(lastmodOf(toDiwooSitemap([p], { lastmod: () => '2025-06-01' }).files[0]!.xml), '2025-06-01');
  assert.equal(
    lastmodOf(toDiwooSitemap([p], { lastmod: () => '2025-06-01t10:00:00z' }).files[0]!.xml),
    '2025-06-01T10:00:00Z',
  );
  assert.equal(lastmodOf(toDiwooSitemap([p], { lastmod: () => undefined }).files[0]!.xml), undefined);
  const seen: number[] = [];
  const bad = toDiwooSitemap([p, p], { lastmod: (_, i) => (seen.push(i), i === 1 ? 'yesterday' : undefined) });
  assert.deepEqual(seen, [0, 1]);
  assert.deepEqual(
    bad.skipped.map((s) => [s.index, s.error.code]),
    [[1, 'diwoo-invalid-lastmod']],
  );
});

test(`splitting: ${SITEMAP_MAX_URLS} URLs fit in one file; one more makes two files and a sitemap index`, () => {
  const many = (n: number): Publication[] =>
    Array.from({ length: n }, (_, i) => ({ ...minimal, id: `p-${i}`, url: `https://www.example.nl/woo/${i}` }));
  const exactly = toDiwooSitemap(many(SITEMAP_MAX_URLS));
  assert.equal(exactly.files.length, 1);
  assert.equal(exactly.index, undefined);
  assert.equal(exactly.files[0]!.urlCount, SITEMAP_MAX_URLS);

  const input = many(SITEMAP_MAX_URLS + 1);
  assert.throws(
    () => toDiwooSitemap(input),
    (e: unknown) => e instanceof DiwooError && e.code === 'diwoo-base-url-required',
  );
  const split = toDiwooSitemap(input, { baseUrl: 'https://www.example.nl/sitemaps' });
  assert.deepEqual(
    split.files.map((f) => [f.name, f.urlCount]),
    [
      ['diwoo-sitemap-1.xml', SITEMAP_MAX_URLS],
      ['diwoo-sitemap-2.xml', 1],
    ],
  );
  assert.deepEqual(readSitemapIndex(split.index!), [
    'https://www.example.nl/sitemaps/diwoo-sitemap-1.xml',
    'https://www.example.nl/sitemaps/diwoo-sitemap-2.xml',
  ]);
  assert.match(
    split.index!,
    new RegExp(
      String.raw`^<\?xml version="1\.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www\.sitemaps\.org` +
        String.raw`\/schemas\/sitemap\/0\.9">\n<sitemap>\n<loc>`,
    ),
  );
  // Order is kept across files.
  assert.deepEqual(
    fromDiwooSitemap(split.files[1]!.xml).publications.map((p) => p.id),
    [`p-${SITEMAP_MAX_URLS}`],
  );
  const first = split.files[0]!.xml;
  assert.equal(first.split('<url>').length - 1, SITEMAP_MAX_URLS);
  assert.ok(
    first.indexOf('>p-0<') < first.indexOf('>p-1<') &&
      first.lastIndexOf('<diwoo:identifier>') === first.indexOf('>p-49999<') - 17,
  );
});

test('the 50 MiB limit of sitemaps.org splits big entries before the count does', () => {
  const big: Publication = { ...minimal, description: '&'.repeat(20_000) }; // about 100 kB each once escaped
  const r = toDiwooSitemap(
    Array.from({ length: 600 }, (_, i) => ({ ...big, id: `b-${i}` })),
    { baseUrl: 'https://www.example.nl/' },
  );
  assert.equal(r.files.length, 2);
  for (const f of r.files) assert.ok(utf8Length(f.xml) <= 52_428_800, `${f.name}: ${utf8Length(f.xml)} bytes`);
  assert.equal(r.files[0]!.urlCount + r.files[1]!.urlCount, 600);
  assert.ok(utf8Length(r.files[0]!.xml) > 52_428_800 - 100_000, 'the first file is filled up');
});

test('splitting by count and by size, custom file names, and an index on request', () => {
  const five = Array.from({ length: 5 }, (_, i) => ({ ...minimal, id: `p-${i}` }));
  const byCount = toDiwooSitemap(five, {
    maxUrlsPerFile: 2,
    baseUrl: 'https://www.example.nl/',
    fileName: 'woo_index.v1',
  });
  assert.deepEqual(
    byCount.files.map((f) => [f.name, f.urlCount]),
    [
      ['woo_index.v1-1.xml', 2],
      ['woo_index.v1-2.xml', 2],
      ['woo_index.v1-3.xml', 1],
    ],
  );
  const oneSize = toDiwooSitemap([minimal]).files[0]!.xml;
  const bySize = toDiwooSitemap(five, {
    maxBytesPerFile: utf8Length(oneSize) + 100,
    baseUrl: 'https://www.example.nl/',
  });
  assert.deepEqual(
    bySize.files.map((f) => f.urlCount),
    [1, 1, 1, 1, 1],
  );
  for (const f of bySize.files) assert.ok(utf8Length(f.xml) <= utf8Length(oneSize) + 100);
  const tiny = toDiwooSitemap(five.slice(0, 2), { maxBytesPerFile: 10, baseUrl: 'https://www.example.nl/' });
  assert.deepEqual(
    tiny.files.map((f) => f.urlCount),
    [1, 1],
    'a URL larger than the limit still gets a file of its own',
  );
  const indexed = toDiwooSitemap([minimal], { alwaysIndex: true, baseUrl: 'https://www.example.nl/woo/' });
  assert.equal(indexed.files[0]!.name, 'diwoo-sitemap.xml');
  assert.deepEqual(readSitemapIndex(indexed.index!), ['https://www.example.nl/woo/diwoo-sitemap.xml']);
});

test('bad options throw a typed error before anything is written', () => {
  const code = (options: Parameters<typeof toDiwooSitemap>[1]): string | undefined => {
    try {
      toDiwooSitemap([minimal], options);
      return undefined;
    } catch (e) {
      assert.ok(e instanceof DiwooError);
      return e.code;
    }
  };
  assert.equal(code({ fileName: '../etc/passwd' }), 'diwoo-invalid-option');
  assert.equal(code({ fileName: '' }), 'diwoo-invalid-option');
  assert.equal(code({ maxUrlsPerFile: 0 }), 'diwoo-invalid-option');
  assert.equal(code({ maxUrlsPerFile: 50_001 }), 'diwoo-invalid-option');
  assert.equal(code({ maxBytesPerFile: 1.5 }), 'diwoo-invalid-option');
  assert.equal(code({ baseUrl: 'ftp://example.nl/' }), 'diwoo-invalid-option');
  assert.equal(code({ baseUrl: 'https://example.nl/?x=1' }), 'diwoo-invalid-option');
  assert.equal(code({ alwaysIndex: true }), 'diwoo-base-url-required');
  assert.equal(code({ baseUrl: 'https://example.nl/woo' }), undefined);
});
