import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  exceptionGrounds,
  exceptionKindNote,
  inventoryPosition,
  parseWooDecision,
  schemas,
  validateInventoryItem,
  validateWooDecision,
  withholdingGroundArticles,
  WooKitValidationError,
  type InventoryItem,
  type WooDecision,
} from '../src/index.js';
import { sitemapSchema, validateXml } from './support/xmllint.js';

const item = (over: Partial<InventoryItem> = {}): InventoryItem => ({
  id: '10001',
  matter: '2025-01',
  name: 'Verslag overleg.pdf',
  fileType: 'pdf',
  date: '2025-03-04',
  assessment: 'public',
  grounds: [],
  ...over,
});

const decision = (over: Partial<WooDecision> = {}): WooDecision => ({
  requestId: 'WOO-2025-001',
  decidedOn: '2025-04-01',
  outcome: 'partlyDisclosed',
  summary: 'U krijgt de meeste documenten. Namen van inwoners maken we zwart.',
  weighings: [{ ground: '5.1.2e', weighing: 'Inwoners hebben recht op privacy; hun namen voegen niets toe.' }],
  inventory: [
    item(),
    item({ id: '10002', assessment: 'partlyPublic', grounds: ['5.1.1c', '5.1.2e'] }),
    item({ id: '10003', assessment: 'alreadyPublic', publicLink: 'https://example.org/doc.pdf' }),
  ],
  ...over,
});

test('a complete decision with its inventory is valid', () => {
  const result = validateWooDecision(decision());
  assert.equal(result.ok, true, JSON.stringify(!result.ok && result.errors));
  assert.equal(parseWooDecision(decision()).inventory.length, 3);
});

test('unknown grounds and assessments are refused by the schema, with the row in the path', () => {
  const bad = decision({
    inventory: [item(), item({ id: 'x', assessment: 'partlyPublic', grounds: ['5.1.9z' as never] })],
  });
  const result = validateWooDecision(bad);
  assert.equal(result.ok, false);
  const paths = result.ok ? [] : result.errors.map((e) => e.path);
  assert.ok(
    paths.some((p) => p.startsWith('/inventory/1/grounds')),
    paths.join(),
  );
  assert.deepEqual(inventoryPosition('/inventory/1/grounds/0'), { row: 2, column: 'grounds' });
  assert.equal(inventoryPosition('/weighings'), undefined);
  assert.equal(validateInventoryItem(item({ assessment: 'secret' as never })).ok, false);
});

test('Woo 5.1: withheld documents need a ground, public ones none; 5.3 never stands alone', () => {
  const codes = (i: InventoryItem): string[] => {
    const r = validateInventoryItem(i);
    return r.ok ? [] : r.errors.map((e) => e.code);
  };
  assert.deepEqual(codes(item({ assessment: 'notPublic' })), ['grounds-required']);
  assert.deepEqual(codes(item({ grounds: ['5.1.2e'] })), ['grounds-not-expected']);
  assert.deepEqual(codes(item({ assessment: 'notPublic', grounds: ['5.3'] })), [
    'grounds-required',
    'ground-5.3-alone',
  ]);
  assert.deepEqual(codes(item({ assessment: 'notPublic', grounds: ['5.1.2e', '5.3'] })), []);
});

test("every relative ground used needs the body's weighing; absolute ones do not", () => {
  const noWeighing = decision({ weighings: [] });
  const result = validateWooDecision(noWeighing);
  assert.equal(result.ok, false);
  const errors = result.ok ? [] : result.errors;
  assert.deepEqual(
    errors.map((e) => e.code),
    ['weighing-missing'],
  );
  assert.match(errors[0]!.message.nl, /5\.1\.2e/);
  assert.throws(() => parseWooDecision(noWeighing), WooKitValidationError);
});

test('ID + Matter is unique', () => {
  const result = validateWooDecision(decision({ inventory: [item(), item()] }));
  assert.equal(result.ok, false);
  assert.deepEqual(result.ok ? [] : result.errors.map((e) => [e.path, e.code]), [
    ['/inventory/1/id', 'duplicate-document'],
  ]);
});

test('every entry of Woo chapter 5 says what it protects in Dutch and English; kinds explain themselves', () => {
  for (const g of exceptionGrounds) {
    assert.ok(g.protects.nl.length > 20 && g.protects.en.length > 20, g.article);
    assert.notEqual(g.protects.nl, g.protects.en);
  }
  // Every withholding ground of 5.1 lid 1 and 2, 5.1 lid 5, 5.2 and 5.4 is in the registry.
  assert.deepEqual(
    exceptionGrounds.filter((g) => g.isGround).map((g) => g.article),
    [...withholdingGroundArticles],
  );
  assert.deepEqual(
    exceptionGrounds.filter((g) => g.kind === 'absolute').map((g) => g.article),
    ['5.1.1a', '5.1.1b', '5.1.1c', '5.1.1d', '5.1.1e'],
  );
  assert.match(exceptionKindNote('absolute').nl, /Absolute grond/);
  assert.match(exceptionKindNote('relative').nl, /afgewogen/);
  assert.match(exceptionKindNote('relative').en, /weighed/);
});

test('the schemas are part of the published set', () => {
  assert.equal((schemas['woo-decision'] as { $id: string }).$id, 'urn:woo-kit:schema:woo-decision');
  assert.equal((schemas['inventory-item'] as { $id: string }).$id, 'urn:woo-kit:schema:inventory-item');
});

test('summarizeInventory counts per assessment and per ground, grounds in article order', async () => {
  const { summarizeInventory } = await import('../src/index.js');
  const s = summarizeInventory([
    item(),
    item({ id: '2', assessment: 'notPublic', grounds: ['5.2', '5.1.2e'] }),
    item({ id: '3', assessment: 'partlyPublic', grounds: ['5.1.2e', '5.1.1c'], suspended: true }),
    item({ id: '4', assessment: 'alreadyPublic' }),
  ]);
  assert.equal(s.total, 4);
  assert.deepEqual(s.byAssessment, { public: 1, partlyPublic: 1, notPublic: 1, alreadyPublic: 1 });
  assert.deepEqual(s.byGround, [
    { ground: '5.1.1c', count: 1 },
    { ground: '5.1.2e', count: 2 },
    { ground: '5.2', count: 1 },
  ]);
  assert.equal(s.suspended, 1);
});

test(
  'decisionDossier: the decision has the released documents as parts; withheld, already public and suspended ' +
    'ones stay out',
  async () => {
    const { decisionDossier, fromDiwooSitemap, toDiwooSitemap, validatePublication } = await import('../src/index.js');
    const d = decision({
      inventory: [
        item({ id: '1' }),
        item({ id: '2', assessment: 'partlyPublic', grounds: ['5.1.2e'] }),
        item({ id: '3', assessment: 'notPublic', grounds: ['5.1.2e'] }),
        item({ id: '4', assessment: 'alreadyPublic' }),
        item({ id: '5', suspended: true }),
      ],
    });
    const dossier = decisionDossier(d, {
      publisher: { name: 'gemeente Utrecht', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' },
      decisionId: 'besluit-1',
      decisionUrl: 'https://www.example.nl/woo/besluit-1',
      documentUrl: (i) => `https://www.example.nl/woo/besluit-1/${i.id}`,
    });
    assert.deepEqual(
      dossier.map((p) => p.publication.id),
      ['besluit-1', 'besluit-1-2025-01-1', 'besluit-1-2025-01-2'],
    );
    assert.deepEqual(dossier[0]?.hasParts, ['besluit-1-2025-01-1', 'besluit-1-2025-01-2']);
    assert.equal(dossier[1]?.isPartOf, 'besluit-1');
    for (const p of dossier) assert.equal(validatePublication(p.publication).ok, true);
    // The existing DiWoo writer takes the publications as they are.
    const sitemap = toDiwooSitemap(dossier.map((p) => p.publication));
    assert.deepEqual(sitemap.skipped, []);
    assert.equal(sitemap.files[0]?.urlCount, 3);
    // Written as a dossier: the decision lists its released documents, each document names the decision.
    const xml = sitemap.files[0]!.xml;
    assert.equal((xml.match(/<diwoo:hasPart /g) ?? []).length, 2);
    assert.equal((xml.match(/<diwoo:isPartOf /g) ?? []).length, 2);
    assert.ok(
      !xml.includes('besluit-1/3') && !xml.includes('besluit-1/4') && !xml.includes('besluit-1/5'),
      'documents that are not released now are not in the sitemap',
    );
    const valid = validateXml(sitemapSchema, sitemap.files);
    assert.equal(valid.status, 0, valid.output);
    // Read back, the relations are there.
    const back = fromDiwooSitemap(xml);
    assert.equal(back.publications.find((p) => p.id === 'besluit-1')?.hasParts?.length, 2);
    assert.equal(
      back.publications.find((p) => p.id === 'besluit-1-2025-01-2')?.isPartOf?.resource,
      'https://www.example.nl/woo/besluit-1',
    );
  },
);
