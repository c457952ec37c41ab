import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DiwooError,
  WooKitError,
  XmlSyntaxError,
  examplePublication,
  fromDiwooSitemap,
  readSitemapIndex,
  toDiwooSitemap,
  type Publication,
} from '../src/index.js';
import { parseXml } from '../src/diwoo/xml-parse.js';

const S = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const D = 'https://standaarden.overheid.nl/diwoo/metadata/';
const KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';
const UTRECHT = 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344';

/** A DiWoo block for a hand-written sitemap; `inner` replaces parts when given. */
function diwoo(
  prefix: string,
  parts: Partial<Record<'identifiers' | 'publisher' | 'titles' | 'classification' | 'actions' | 'extra', string>> = {},
): string {
  const p = prefix;
  return [
    parts.identifiers ?? `<${p}:identifiers><${p}:identifier>id-1</${p}:identifier></${p}:identifiers>`,
    parts.publisher ?? `<${p}:publisher resource="${UTRECHT}">gemeente Utrecht</${p}:publisher>`,
    parts.titles ?? `<${p}:titelcollectie><${p}:officieleTitel>Titel</${p}:officieleTitel></${p}:titelcollectie>`,
    parts.classification ??
      `<${p}:classificatiecollectie><${p}:informatiecategorieen><${p}:informatiecategorie ` +
        `resource="${KERN}c_3baef532">Woo-verzoeken en ` +
        `-besluiten</${p}:informatiecategorie></${p}:informatiecategorieen></${p}:classificatiecollectie>`,
    parts.actions ??
      `<${p}:documenthandelingen><${p}:documenthandeling><${p}:soortHandeling ` +
        (`resource="${KERN}c_e1ec050e">ondertekening</${p}:soortHandeling><${p}:atTime>` +
          `2025-01-02T10:00:00+01:00</${p}:atTime></${p}:documenthandeling></${p}:documenthandelingen>`),
    parts.extra ?? '',
  ].join('\n');
}

const sitemap = (urls: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${S}" xmlns:diwoo="${D}">${urls}</urlset>`;
const url = (loc: string, body: string, prefix = 'diwoo'): string =>
  `<url><loc>${loc}</loc><${prefix}:Document><${prefix}:DiWoo>${body}</${prefix}:DiWoo></${prefix}:Document></url>`;

const expected: Publication = {
  id: 'id-1',
  url: 'https://www.example.nl/a',
  officialTitle: 'Titel',
  informationCategories: ['c_3baef532'],
  publisher: { name: 'gemeente Utrecht', uri: UTRECHT },
  documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-01-02T10:00:00+01:00' }],
};

const throwsCode = (fn: () => unknown, code: string, type: new (...args: never[]) => Error = WooKitError): void => {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof type, `expected ${type.name}, got ${String(e)}`);
    assert.equal((e as WooKitError).code, code);
    assert.ok((e as WooKitError).messages.nl.length > 0 && (e as WooKitError).messages.en.length > 0);
    return true;
  });
};

test('reads a minimal sitemap', () => {
  const r = fromDiwooSitemap(sitemap(url('https://www.example.nl/a', diwoo('diwoo'))));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.publications, [expected]);
  assert.deepEqual(r.entries, [{ index: 0, line: 2, publication: expected }]);
});

test('tolerant of other producers: prefixes, white space, comments, CDATA, entities, BOM, CRLF, any order', () => {
  const xml =
    '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<!-- made by another producer -->\r\n<?xml-stylesheet type="text/xsl" href="s.xsl"?>\r\n' +
    `<sm:urlset xmlns:sm="${S}" xmlns:x="http://www.w3.org/1999/xhtml">\r\n` +
    '  <sm:url>\r\n' +
    '    <sm:loc>\r\n      https://www.example.nl/a?x=1&amp;y=2\r\n    </sm:loc>\r\n' +
    '    <sm:lastmod>2025-01-03</sm:lastmod>\r\n' +
    '    <x:link rel="alternate" href="https://www.example.nl/en/a"/>\r\n' +
    `    <dw:Document xmlns:dw='${D}'>\r\n` +
    '      <dw:DiWoo>\r\n' +
    // DiWooType is xs:all: any order. Categories without @resource are matched by label.
    `        <dw:documenthandelingen>\r\n          <dw:documenthandeling>\r\n            <dw:atTime> ` +
    `2025-01-02T10:00:00+01:00 </dw:atTime>\r\n            <!-- handeling -->\r\n            ` +
    `<dw:soortHandeling resource=" ${KERN}c_641ecd76 ">vaststelling</dw:soortHandeling>\r\n          ` +
    `</dw:documenthandeling>\r\n        </dw:documenthandelingen>\r\n` +
    '        <dw:classificatiecollectie>\r\n          ' +
    ('<dw:documentsoorten><dw:documentsoort>Convenant</dw:documentsoort><dw:documentsoort>brief' +
      '</dw:documentsoort></dw:documentsoorten>\r\n') +
    '          <dw:informatiecategorieen>\r\n            ' +
    '<dw:informatiecategorie>convenanten</dw:informatiecategorie>\r\n' +
    `            <dw:informatiecategorie ` +
    `resource="${KERN}c_8fc2335c">convenanten</dw:informatiecategorie>\r\n          ` +
    `</dw:informatiecategorieen>\r\n          <dw:themas><dw:thema>x</dw:thema></dw:themas>\r\n        ` +
    `</dw:classificatiecollectie>\r\n` +
    ('        <dw:titelcollectie><dw:verkorteTitels><dw:verkorteTitel></dw:verkorteTitel><dw:verkorteTitel>' +
      'Kort</dw:verkorteTitel></dw:verkorteTitels>') +
    '<dw:officieleTitel><![CDATA[Convenant <A> & "B"]]> &#233;&#xE9;&#x1F600; ' +
    '&lt;&gt;&amp;&quot;&apos;</dw:officieleTitel></dw:titelcollectie>\r\n' +
    ('        <dw:omschrijvingen><dw:omschrijving>Eerste</dw:omschrijving><dw:omschrijving>Tweede' +
      '</dw:omschrijving></dw:omschrijvingen>\r\n') +
    `        <dw:publisher resource="${UTRECHT}"></dw:publisher>\r\n` +
    '        <dw:creatiedatum>2024-12-31+01:00</dw:creatiedatum>\r\n' +
    '        <dw:language resource="http://publications.europa.eu/resource/authority/language/NLD">Nederlands</dw:language>\r\n' +
    '        <dw:format>pdf</dw:format>\r\n' +
    '        <dw:verantwoordelijke resource="https://identifier.overheid.nl/tooi/id/gemeente/gm0344">gemeente Utrecht</dw:verantwoordelijke>\r\n' +
    '      </dw:DiWoo>\r\n' +
    ('      <dw:extraMetadata><dw:extraMetadatavelden><dw:extraMetadataveld><dw:key>k</dw:key><dw:values>' +
      '<dw:value>v</dw:value></dw:values></dw:extraMetadataveld></dw:extraMetadatavelden></dw:extraMetadata>' +
      '\r\n') +
    '    </dw:Document>\r\n  </sm:url>\r\n</sm:urlset>\r\n<!-- end -->\r\n';
  const r = fromDiwooSitemap(xml);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.publications[0], {
    id: 'https://www.example.nl/a?x=1&y=2', // no identifiers: the URL identifies the document
    url: 'https://www.example.nl/a?x=1&y=2',
    officialTitle: 'Convenant <A> & "B" éé😀 <>&"\'',
    shortTitle: 'Kort', // empty ones are skipped
    description: 'Eerste', // Publication holds one
    informationCategories: ['c_8fc2335c'], // the same category twice is kept once
    documentType: 'c_386e74cb', // by label, the first one
    publisher: { name: 'gemeente Utrecht', uri: UTRECHT }, // empty label: the registry's
    creationDate: '2024-12-31', // xs:date with a time zone
    documentActions: [{ soortHandeling: 'c_641ecd76', atTime: '2025-01-02T10:00:00+01:00' }],
    language: 'NLD',
    format: 'PDF',
    lastModified: '2025-01-03', // lastmod, which says more than the document action
  });
});

test('a default DiWoo namespace works as well as a prefix', () => {
  const body = diwoo('d').replace(/<(\/?)d:/g, '<$1');
  const xml = `<urlset xmlns="${S}"><url><loc>https://www.example.nl/a</loc><Document xmlns="${D}"><DiWoo>${body}</DiWoo></Document></url></urlset>`;
  assert.deepEqual(fromDiwooSitemap(xml).publications, [expected]);
});

test('a <url> that cannot be read is reported in its place; the others are still read', () => {
  const urls = [
    url('https://www.example.nl/a', diwoo('diwoo')),
    url('https://www.example.nl/b', diwoo('diwoo', { publisher: '' })),
    url(
      'https://www.example.nl/c',
      diwoo('diwoo', {
        classification:
          `<diwoo:classificatiecollectie><diwoo:informatiecategorieen><diwoo:informatiecategorie ` +
          (`resource="${KERN}c_00000000">?</diwoo:informatiecategorie></diwoo:informatiecategorieen>` +
            `</diwoo:classificatiecollectie>`),
      }),
    ),
    '<url><loc>https://www.example.nl/d</loc><diwoo:Document><mdto:MDTO xmlns:mdto="https://www.nationaalarchief.nl/mdto"/></diwoo:Document></url>',
    '<url><loc>https://www.example.nl/e</loc></url>',
    url(
      'https://www.example.nl/f',
      diwoo('diwoo', { publisher: `<diwoo:publisher>gemeente Utrecht</diwoo:publisher>` }),
    ),
    url(
      'https://www.example.nl/g',
      diwoo('diwoo', {
        actions:
          '<diwoo:documenthandelingen><diwoo:documenthandeling><diwoo:soortHandeling resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_e1ec050e">ondertekening</diwoo:soortHandeling><diwoo:atTime>2025-02-30T10:00:00</diwoo:atTime></diwoo:documenthandeling></diwoo:documenthandelingen>',
      }),
    ),
    url('https://www.example.nl/h', diwoo('diwoo').replace('id-1', 'id-8')),
  ];
  const r = fromDiwooSitemap(sitemap(urls.join('\n')));
  assert.deepEqual(
    r.publications.map((p) => p.url),
    ['https://www.example.nl/a', 'https://www.example.nl/h'],
  );
  assert.deepEqual(
    r.errors.map((e) => [e.index, e.line, e.error.code]),
    [
      // Each DiWoo block above spans 6 lines; `line` is where the <url> starts.
      [1, 8, 'diwoo-missing-element'],
      [2, 14, 'diwoo-unknown-value'],
      [3, 20, 'diwoo-no-diwoo-metadata'],
      [4, 21, 'diwoo-missing-element'],
      [5, 22, 'diwoo-missing-resource'],
      // 30 February is no xs:dateTime (one without a time zone is: see the local-time tests)
      [6, 28, 'diwoo-invalid-date-time'],
    ],
  );
  assert.ok(r.errors[5]!.error instanceof DiwooError);
  assert.match(r.errors[5]!.error.messages.en, /"2025-02-30T10:00:00".*line 32/);
  assert.deepEqual(
    r.entries.map((e) => ('publication' in e ? 'ok' : e.error.code)),
    [
      'ok',
      'diwoo-missing-element',
      'diwoo-unknown-value',
      'diwoo-no-diwoo-metadata',
      'diwoo-missing-element',
      'diwoo-missing-resource',
      'diwoo-invalid-date-time',
      'ok',
    ],
  );
  assert.match(r.errors[0]!.error.messages.en, /diwoo:publisher is missing/);
});

test('document-level problems throw typed errors', () => {
  throwsCode(() => fromDiwooSitemap(''), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('not xml'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a><b></a></b>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a></a><b/>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a x="1" x="2"/>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a x="<"/>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<p:a/>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a>&nbsp;</a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a>AT&T</a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a>&#0;</a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a>&#xD800;</a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a>\u0001</a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a><!-- open </a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a><![CDATA[ open </a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<a>'), 'xml-not-well-formed', XmlSyntaxError);
  throwsCode(() => fromDiwooSitemap('<html><body/></html>'), 'diwoo-not-a-sitemap', DiwooError);
  throwsCode(() => fromDiwooSitemap('<urlset/>'), 'diwoo-not-a-sitemap', DiwooError);
  throwsCode(() => fromDiwooSitemap(`<sitemapindex xmlns="${S}"/>`), 'diwoo-sitemap-index', DiwooError);
  throwsCode(() => readSitemapIndex(sitemap('')), 'diwoo-not-a-sitemap', DiwooError);
  assert.throws(
    () => fromDiwooSitemap('<a>\n  <b>\n    </c>\n</a>'),
    (e: unknown) => {
      assert.ok(e instanceof XmlSyntaxError);
      assert.deepEqual([e.line, e.column], [3, 5]);
      assert.match(e.messages.nl, /regel 3, kolom 5/);
      return true;
    },
  );
  assert.deepEqual(fromDiwooSitemap(sitemap('')), { publications: [], errors: [], entries: [] });
});

test('readSitemapIndex lists the sitemaps in order', () => {
  const index =
    `<?xml version="1.0"?><sitemapindex xmlns="${S}"><sitemap><loc> https://a.nl/1.xml ` +
    `</loc><lastmod>2025-01-01</lastmod></sitemap><!-- x ` +
    `--><sitemap><loc>https://a.nl/2.xml?a=1&amp;b=2</loc></sitemap></sitemapindex>`;
  assert.deepEqual(readSitemapIndex(index), ['https://a.nl/1.xml', 'https://a.nl/2.xml?a=1&b=2']);
});

// ---- hostile input ----

test('DOCTYPE and ENTITY declarations are refused: no XXE, no billion laughs', () => {
  const laughs =
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
    Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join(
      '\n',
    ) +
    `\n]>\n<urlset xmlns="${S}">&lol9;</urlset>`;
  const xxe =
    `<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><urlset ` +
    `xmlns="${S}"><url><loc>&xxe;</loc></url></urlset>`;
  const external = `<!DOCTYPE urlset SYSTEM "https://evil.example/x.dtd"><urlset xmlns="${S}"/>`;
  const loose = `<urlset xmlns="${S}"><!ENTITY a "b"></urlset>`;
  for (const xml of [laughs, xxe, external, loose]) {
    const started = performance.now();
    throwsCode(() => fromDiwooSitemap(xml), 'xml-doctype-not-allowed', XmlSyntaxError);
    assert.ok(performance.now() - started < 100, 'refused at once');
  }
  // An undeclared entity is an error too, so nothing can be expanded.
  throwsCode(() => fromDiwooSitemap(`<urlset xmlns="${S}">&lol9;</urlset>`), 'xml-not-well-formed', XmlSyntaxError);
});

test('deep nesting is refused with a typed error, never a stack overflow', () => {
  const depth = 200_000;
  const deep = `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
  throwsCode(() => fromDiwooSitemap(deep), 'xml-too-deep', XmlSyntaxError);
  throwsCode(() => parseXml(`${'<a>'.repeat(65)}${'</a>'.repeat(65)}`), 'xml-too-deep', XmlSyntaxError);
  assert.equal(parseXml(`${'<a>'.repeat(64)}${'</a>'.repeat(64)}`).localName, 'a');
  assert.equal(parseXml(`${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}`, { maxDepth: 1000 }).localName, 'a');
});

test('huge text is read in linear time; too long a title is a validation error for that <url> only', () => {
  const huge = 'x'.repeat(20_000_000);
  const xml = sitemap(
    [
      url(
        'https://www.example.nl/a',
        diwoo('diwoo', {
          titles: `<diwoo:titelcollectie><diwoo:officieleTitel>${huge}</diwoo:officieleTitel></diwoo:titelcollectie>`,
        }),
      ),
      url('https://www.example.nl/b', diwoo('diwoo')),
    ].join(''),
  );
  const started = performance.now();
  const r = fromDiwooSitemap(xml);
  assert.ok(performance.now() - started < 10_000, `took ${performance.now() - started} ms`);
  assert.deepEqual(
    r.errors.map((e) => [e.index, e.error.code, e.error.path]),
    [[0, 'validation-failed', '/officialTitle']],
  );
  assert.equal(r.publications.length, 1);
  // Inputs that make naive parsers quadratic.
  for (const trap of [
    `<a>${'&'.repeat(200_000)}</a>`,
    `<a ${Array.from({ length: 50_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`,
    `<a>${'<!---->'.repeat(100_000)}</a>`,
    `<a>${'<'.repeat(100_000)}`,
    `<a b="${'&amp;'.repeat(100_000)}"/>`,
  ]) {
    const t = performance.now();
    try {
      parseXml(trap);
    } catch (e) {
      assert.ok(e instanceof XmlSyntaxError);
    }
    assert.ok(performance.now() - t < 5_000, `trap of ${trap.length} chars took ${performance.now() - t} ms`);
  }
});

test('property: any text at all either reads or throws a typed WooKitError, never anything else', () => {
  const fragments = [
    '<',
    '>',
    '/',
    '</',
    '/>',
    '<?xml version="1.0"?>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<!DOCTYPE x>',
    '&',
    ';',
    '&amp;',
    '&#',
    '&#x',
    '"',
    "'",
    '=',
    `<urlset xmlns="${S}" xmlns:diwoo="${D}">`,
    '</urlset>',
    '<url>',
    '</url>',
    '<loc>https://www.example.nl/a</loc>',
    '<diwoo:Document>',
    '</diwoo:Document>',
    '<diwoo:DiWoo>',
    '</diwoo:DiWoo>',
    diwoo('diwoo'),
    'x:',
    'xmlns:x="u"',
    ' ',
    '\n',
    '\u0000',
    '\uD800',
    '😀',
  ];
  const mutatedSitemap = fc
    .tuple(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), fc.string({ maxLength: 20 }))
    .map(([parts, noise]) => parts.join('') + noise);
  const fromValid = fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 10 })).map(([at, length, insert]) => {
    const valid = toDiwooSitemap([examplePublication]).files[0]!.xml;
    const start = at % valid.length;
    return valid.slice(0, start) + insert + valid.slice(start + (length % 20));
  });
  fc.assert(
    fc.property(fc.oneof(mutatedSitemap, fromValid, fc.string({ unit: 'binary' })), (text) => {
      try {
        const r = fromDiwooSitemap(text);
        for (const e of r.errors) assert.ok(e.error instanceof WooKitError);
        assert.equal(r.entries.length, r.publications.length + r.errors.length);
      } catch (e) {
        assert.ok(e instanceof WooKitError, `not a typed error: ${String(e)}`);
        assert.ok(e.code.startsWith('xml-') || e.code.startsWith('diwoo-'), e.code);
      }
    }),
    { numRuns: 2000 },
  );
});
