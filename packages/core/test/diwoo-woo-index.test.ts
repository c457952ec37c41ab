// Publishing for the national Woo-index: sitemap indexes named as its harvester requires, one per
// category, files per month, lastmod from the last change, robots.txt, and the typed warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIWOO_SCHEMA_LOCATION,
  DIWOO_VERSION,
  DiwooError,
  categoryIndexName,
  diwooRobotsTxt,
  examplePublication,
  fromDiwooSitemap,
  fromSitemapIndex,
  informationCategories,
  isTooiOrganisationUri,
  isWooIndexSitemapIndexName,
  organisationByUri,
  toDiwooSitemap,
  type Publication,
} from '../src/index.js';
import { minimalPublication as minimal } from './diwoo-arbitraries.js';
import { siteindexSchema, sitemapSchema, validateXml } from './support/xmllint.js';

const BASE = 'https://www.example.nl/woo/';
const pdf = (p: Publication, i: number, extra: Partial<Publication> = {}): Publication => ({
  ...p,
  id: `p-${i}`,
  url: `https://www.example.nl/woo/${i}.pdf`,
  ...extra,
});

test(
  'with a base URL, the index is written by default and named sitemapindex-diwoo.xml; robots.txt names ' + 'only it',
  () => {
    const r = toDiwooSitemap([pdf(minimal, 1)], { baseUrl: BASE });
    assert.deepEqual(
      r.files.map((f) => f.name),
      ['diwoo-sitemap.xml'],
    );
    assert.deepEqual(
      r.indexes.map((i) => [i.name, i.url, i.sitemaps]),
      [['sitemapindex-diwoo.xml', `${BASE}sitemapindex-diwoo.xml`, ['diwoo-sitemap.xml']]],
    );
    assert.equal(r.index, undefined, 'the older `index` field keeps its meaning');
    assert.equal(diwooRobotsTxt(r.indexes), `Sitemap: ${BASE}sitemapindex-diwoo.xml\n`);
    const index = fromSitemapIndex(r.indexes[0]!.xml);
    assert.deepEqual(
      index.sitemaps.map((s) => [s.loc, s.lastmod]),
      [[`${BASE}diwoo-sitemap.xml`, '2025-01-02T03:04:05Z']],
    );
    const v = validateXml(siteindexSchema, r.indexes);
    assert.equal(v.status, 0, v.output);
    // Without a base URL there can be no index (its addresses are absolute).
    assert.deepEqual(toDiwooSitemap([minimal]).indexes, []);
  },
);

test(
  'one index per category: sitemapindex-diwoo-infocatNNN.xml, NNN by article as in the manual (infocat015 = ' +
    '3.3.2j)',
  () => {
    const research = informationCategories.find((c) => c.article === '3.3.2j')!.code;
    assert.equal(categoryIndexName(research), 'sitemapindex-diwoo-infocat015.xml');
    assert.equal(categoryIndexName(informationCategories[0]!.code), 'sitemapindex-diwoo-infocat001.xml');
    const ps = informationCategories.map((c, i) =>
      pdf(minimal, i, {
        informationCategories: [c.code, 'c_816e508d'].filter(
          (x, k, a) => a.indexOf(x) === k,
        ) as Publication['informationCategories'],
      }),
    );
    const r = toDiwooSitemap(ps, { baseUrl: BASE, indexPerCategory: true });
    assert.deepEqual(r.skipped, []);
    assert.equal(r.indexes.length, 18);
    assert.ok(r.indexes.every((i) => isWooIndexSitemapIndexName(i.name)));
    assert.deepEqual(
      r.indexes.map((i) => i.category),
      informationCategories.map((c) => c.code),
    );
    // Each publication in the files of its first category only.
    assert.deepEqual(
      r.files.map((f) => f.urlCount),
      informationCategories.map(() => 1),
    );
    assert.equal(r.files[14]!.name, 'diwoo-sitemap-infocat015.xml');
    assert.deepEqual(
      fromSitemapIndex(r.indexes[14]!.xml).sitemaps.map((s) => s.loc),
      [`${BASE}diwoo-sitemap-infocat015.xml`],
    );
    assert.equal(diwooRobotsTxt(r.indexes).split('\n').filter(Boolean).length, 18);
    const v = validateXml(siteindexSchema, r.indexes);
    assert.equal(v.status, 0, v.output);
  },
);

test('files per month: a changed lastmod rewrites one file, and the index says which', () => {
  const months = ['2024-11-05', '2024-12-20', '2025-01-15', '2025-01-20'];
  const ps = months.map((day, i) =>
    pdf(minimal, i, {
      publishedOn: day,
      documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: `${day}T10:00:00+01:00` }],
    }),
  );
  const before = toDiwooSitemap(ps, { baseUrl: BASE, splitPerMonth: true });
  assert.deepEqual(
    before.files.map((f) => [f.name, f.urlCount, f.month]),
    [
      ['diwoo-sitemap-2024-11.xml', 1, '2024-11'],
      ['diwoo-sitemap-2024-12.xml', 1, '2024-12'],
      ['diwoo-sitemap-2025-01.xml', 2, '2025-01'],
    ],
  );
  const changed = ps.map((p, i) => (i === 1 ? { ...p, lastModified: '2025-06-01T08:00:00+02:00' } : p));
  const after = toDiwooSitemap(changed, { baseUrl: BASE, splitPerMonth: true });
  const differ = after.files.filter((f, i) => f.xml !== before.files[i]!.xml).map((f) => f.name);
  assert.deepEqual(differ, ['diwoo-sitemap-2024-12.xml']);
  assert.deepEqual(
    fromSitemapIndex(after.indexes[0]!.xml).sitemaps.map((s) => s.lastmod),
    ['2024-11-05T10:00:00+01:00', '2025-06-01T08:00:00+02:00', '2025-01-20T10:00:00+01:00'],
  );
  // lastmod of each URL is the publication's last change.
  assert.match(after.files[1]!.xml, /<lastmod>2025-06-01T08:00:00\+02:00<\/lastmod>/);
  const v = validateXml(sitemapSchema, after.files);
  assert.equal(v.status, 0, v.output);
});

test('warnings: http loc and references, own category as c_816e508d, file types the harvester does not accept', () => {
  const ps: Publication[] = [
    pdf(minimal, 0),
    {
      ...pdf(minimal, 1),
      url: 'http://www.example.nl/woo/1.pdf',
      isPartOf: { resource: 'http://www.example.nl/dossier/1', label: 'Dossier' },
    },
    { ...pdf(minimal, 2), url: 'https://www.example.nl/woo/2.jpg' },
    { ...pdf(minimal, 3), url: 'https://www.example.nl/woo/document/3' },
    { ...pdf(minimal, 4), url: 'https://www.example.nl/woo/document/4', format: 'PDF' },
  ];
  const own = {
    ...pdf(minimal, 5),
    informationCategories: ['c_3baef532', 'gemeente-eigen-1'],
  } as unknown as Publication;
  const r = toDiwooSitemap([...ps, own], { ownCategories: ['gemeente-eigen-1'] });
  assert.deepEqual(r.skipped, []);
  assert.deepEqual(
    r.warnings.map((w) => [w.index, w.code, w.path]),
    [
      [1, 'diwoo-loc-not-https', '/url'],
      [1, 'diwoo-resource-not-https', '/isPartOf/resource'],
      [2, 'diwoo-file-type-not-accepted', '/url'],
      [3, 'diwoo-file-type-unknown', '/format'],
      [5, 'diwoo-own-category', '/informationCategories/1'],
    ],
  );
  for (const w of r.warnings) assert.ok(w.message.nl.length > 20 && w.message.en.length > 20);
  const back = fromDiwooSitemap(r.files[0]!.xml).publications;
  assert.deepEqual(back[5]!.informationCategories, ['c_3baef532', 'c_816e508d']);
  // Without the option, an unknown category is an invalid publication, left out with a typed error.
  assert.equal(toDiwooSitemap([own]).skipped[0]!.error.code, 'validation-failed');
});

test(
  "publishers from every TOOI organisation list: provinces, water boards, ministries, zbo's, joint " + 'arrangements',
  () => {
    const uris = [
      'https://identifier.overheid.nl/tooi/id/provincie/pv26',
      'https://identifier.overheid.nl/tooi/id/waterschap/ws0636',
      'https://identifier.overheid.nl/tooi/id/ministerie/mnre1025',
      'https://identifier.overheid.nl/tooi/id/zbo/zb000300',
      'https://identifier.overheid.nl/tooi/id/so/so0896',
      'https://identifier.overheid.nl/tooi/id/col/col01',
    ];
    assert.deepEqual(
      uris.map((u) => organisationByUri(u)?.kind),
      ['provincie', 'waterschap', 'ministerie', 'zbo', 'so', 'col'],
    );
    const ps = uris.map((uri, i) => pdf(minimal, i, { publisher: { name: organisationByUri(uri)!.labelNl, uri } }));
    const r = toDiwooSitemap([
      ...ps,
      pdf(minimal, 9, {
        publisher: { name: 'Nergens', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' },
      }),
    ]);
    assert.deepEqual(
      r.skipped.map((s) => [s.index, s.error.code]),
      [[6, 'diwoo-unknown-publisher']],
    );
    assert.equal(isTooiOrganisationUri('https://identifier.overheid.nl/tooi/id/gemeente/gm9999'), false);
    const v = validateXml(sitemapSchema, r.files);
    assert.equal(v.status, 0, v.output);
  },
);

test('robots.txt: only absolute addresses of indexes the harvester reads', () => {
  assert.equal(
    diwooRobotsTxt([
      'https://a.example.nl/s/sitemapindex-diwoo-infocat015.xml',
      'https://a.example.nl/sitemapindex-diwoo.xml',
    ]),
    'Sitemap: https://a.example.nl/s/sitemapindex-diwoo-infocat015.xml\nSitemap: https://a.example.nl/sitemapindex-diwoo.xml\n',
  );
  for (const bad of [
    'https://a.example.nl/sitemap-diwoo.xml',
    'https://a.example.nl/sitemap-index.xml',
    '/sitemapindex-diwoo.xml',
    'https://a.example.nl/sitemapindex-diwoo-infocat15.xml',
    'https://a.example.nl/x\nSitemap: https://evil.example/sitemapindex-diwoo.xml',
  ]) {
    assert.throws(
      () => diwooRobotsTxt([bad]),
      (e: unknown) => e instanceof DiwooError && e.code === 'diwoo-invalid-index-name',
      bad,
    );
  }
});

test('a sitemap file cannot take the name of an index', () => {
  assert.throws(
    () => toDiwooSitemap([minimal], { baseUrl: BASE, fileName: 'sitemapindex-diwoo' }),
    (e: unknown) => e instanceof DiwooError && e.code === 'diwoo-invalid-option',
  );
});

test('one DiWoo version constant: the schema location written comes from it', () => {
  assert.equal(DIWOO_VERSION, '0.9.8');
  assert.ok(DIWOO_SCHEMA_LOCATION.includes(`/${DIWOO_VERSION}/`));
  assert.ok(toDiwooSitemap([examplePublication]).files[0]!.xml.includes(DIWOO_SCHEMA_LOCATION));
});

test('isPartOf, hasParts and publishedOn are written in XSD order and read back', () => {
  const p: Publication = {
    ...pdf(minimal, 1),
    publishedOn: '2025-02-01',
    isPartOf: { resource: 'https://www.example.nl/woo/besluit-1', label: 'Besluit op Woo-verzoek 1' },
    hasParts: [{ resource: 'https://www.example.nl/woo/bijlage-1.pdf', label: 'Bijlage 1' }, { label: '' }],
  };
  const r = toDiwooSitemap([p]);
  const xml = r.files[0]!.xml;
  assert.ok(
    xml.indexOf('<diwoo:isPartOf') < xml.indexOf('<diwoo:hasParts>') &&
      xml.indexOf('<diwoo:hasParts>') < xml.indexOf('<diwoo:documenthandelingen>'),
  );
  assert.match(
    xml,
    /<diwoo:key>openbaarmakingsdatum<\/diwoo:key>\n<diwoo:values>\n<diwoo:value>2025-02-01<\/diwoo:value>/,
  );
  assert.deepEqual(fromDiwooSitemap(xml).publications, [p]);
  const v = validateXml(sitemapSchema, r.files);
  assert.equal(v.status, 0, v.output);
});

test('a record that cannot even be read never stops the batch, also with ownCategories', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
      ownKeys() {
        throw new Error('boom');
      },
    },
  );
  const evil = {
    ...examplePublication,
    get informationCategories(): string[] {
      throw new Error('x');
    },
  };
  const r = toDiwooSitemap([examplePublication, hostile, evil], { ownCategories: ['eigen'] });
  assert.equal(r.files[0]!.urlCount, 1);
  assert.deepEqual(
    r.skipped.map((s) => [s.index, s.error.code]),
    [
      [1, 'validation-failed'],
      [2, 'validation-failed'],
    ],
  );
});
