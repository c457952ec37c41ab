import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

test('classify prints a readable Dutch answer with reasons', async () => {
  const r = await runCli(['classify', 'Besluitenlijst college van B en W 12 maart 2025']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Categorie: agenda.s en besluitenlijsten bestuurscolleges \(c_3a248e3a\)/);
  assert.match(r.stdout, /Redenen:/);
  assert.match(r.stdout, /besluitenlijst van het college/);
});

test('classify --lang en answers in English', async () => {
  const r = await runCli(['classify', 'Besluitenlijst college van B en W 12 maart 2025', '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Category: Agendas and decision lists of executive boards/);
  assert.match(r.stdout, /Reasons:/);
});

test('classify --json prints the result object', async () => {
  const r = await runCli(['classify', 'Convenant Veilig Uitgaan 2025', '--json']);
  assert.equal(r.code, 0);
  const result = JSON.parse(r.stdout);
  assert.equal(result.category, 'c_8fc2335c');
  assert.equal(result.ranking.length, 3);
  assert.ok(result.reasons.length > 0);
});

test('classify abstains on a title without evidence and says a person decides', async () => {
  const r = await runCli(['classify', 'xyz']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Geen categorie gekozen/);
});

test('classify --jsonl writes one result per line, in order, and goes on after a bad line', async () => {
  const input = [
    JSON.stringify({ title: 'Besluit op Woo-verzoek over e-mails van de burgemeester' }),
    '{ not json',
    JSON.stringify({ title: 42 }),
    JSON.stringify({ title: 'Verordening afvalstoffenheffing 2025', documentType: 'Gemeenteblad' }),
    '[1,2]',
    JSON.stringify({ title: 'Jaarverslag 2024', summary: 'Verslag over het afgelopen jaar' }),
  ].join('\n');
  const r = await runCli(['classify', '--jsonl'], input);
  assert.equal(r.code, 1); // some lines failed
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 6);
  assert.equal(lines[0].category, 'c_3baef532');
  assert.equal(lines[1].error.code, 'invalid-json');
  assert.equal(lines[2].error.code, 'classifier-invalid-field');
  assert.ok(lines[2].error.message.nl && lines[2].error.message.en);
  assert.equal(lines[3].category, 'c_139c6280');
  assert.equal(lines[4].error.code, 'classifier-invalid-input');
  assert.equal(lines[5].category, 'c_c6cd1213');
});

test('classify --publisher and the "publisher" field of --jsonl leave out what that body cannot publish', async () => {
  const title = 'Motie van het lid De Vries over de kermis';
  const municipal = await runCli([
    'classify',
    title,
    '--json',
    '--threshold',
    '0',
    '--publisher',
    'Gemeente Eindhoven',
  ]);
  assert.equal(municipal.code, 0);
  assert.notEqual(JSON.parse(municipal.stdout).category, 'c_c76862ab');
  const input = JSON.stringify({
    title: 'Raadsvoorstel vaststelling begroting',
    publisher: 'Ministerie van Financiën',
  });
  const r = await runCli(['classify', '--jsonl', '--threshold', '0'], input);
  assert.equal(r.code, 0);
  const result = JSON.parse(r.stdout);
  assert.notEqual(result.category, 'c_db4862c3');
  assert.ok(result.reasons.some((x: { kind: string; message: { nl: string } }) => x.kind === 'publisher'));
  // A row of a data file names the body "organisation"; it counts as the publisher.
  const row = JSON.stringify({
    title: 'Definitieve stemmingslijst donderdag 15 mei 2025',
    organisation: 'Tweede Kamer der Staten-Generaal',
    category: 'c_c76862ab',
  });
  const fromRow = JSON.parse((await runCli(['classify', '--jsonl'], row)).stdout);
  assert.equal(fromRow.category, 'c_c76862ab');
  assert.ok(fromRow.reasons.some((x: { id: string }) => x.id === 'publisher-hint'));
});

test('classify --description (and its older name --summary) counts the description', async () => {
  for (const flag of ['--description', '--summary']) {
    const r = await runCli(['classify', 'Stukken over de sporthal', flag, 'Besluit op het Woo-verzoek', '--json']);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).ranking[0].category, 'c_3baef532');
  }
});

test('classify --traffic-decisions-and-plans: onder b by default, else as asked; else a usage error', async () => {
  const title = 'Verkeersbesluit eenrichtingsverkeer Kerkstraat';
  assert.equal(JSON.parse((await runCli(['classify', title, '--json'])).stdout).category, 'c_aab6bfc7');
  const filed = await runCli(['classify', title, '--json', '--traffic-decisions-and-plans', 'laws']);
  assert.equal(filed.code, 0);
  assert.equal(JSON.parse(filed.stdout).category, 'c_139c6280');
  const batch = await runCli(
    ['classify', '--jsonl', '--traffic-decisions-and-plans', 'laws'],
    `${JSON.stringify({ title })}\n`,
  );
  assert.equal(JSON.parse(batch.stdout.trim()).category, 'c_139c6280');
  // As the Woo-index files them now: a spatial plan onder a, a traffic decision onder b.
  const plan = 'Vastgesteld bestemmingsplan De Hoven';
  const wooIndex = ['--json', '--traffic-decisions-and-plans', 'wooIndex'];
  assert.equal(JSON.parse((await runCli(['classify', plan, ...wooIndex])).stdout).category, 'c_139c6280');
  assert.equal(JSON.parse((await runCli(['classify', title, ...wooIndex])).stdout).category, 'c_aab6bfc7');
  const bad = await runCli(['classify', title, '--traffic-decisions-and-plans', 'awb']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /generalDecisions, wooIndex or laws/);
});

test('classify rejects a bad threshold and a missing title as usage errors', async () => {
  assert.equal((await runCli(['classify', 'x', '--threshold', '2'])).code, 2);
  assert.equal((await runCli(['classify'])).code, 2);
  assert.equal((await runCli(['classify', 'x', '--lang', 'fr'])).code, 2);
});

test(
  "classify --learn FILE (JSON lines) leans on the body's " + 'own publications, says so, and reports bad lines',
  async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'woo-kit-learn-'));
    try {
      const file = join(dir, 'own.jsonl');
      // Titles written for this test. A vague start ("Update"): since the classifier learned from real
      // parliamentary papers, "Stand van zaken …" leans towards 3.3.2b and is no longer vague.
      writeFileSync(
        file,
        [
          JSON.stringify({ title: 'Update windpark Zuid', category: 'c_db4862c3' }),
          JSON.stringify({ title: 'Update zwembad De Hoorn', category: '3.3.2c' }),
          JSON.stringify({ title: 'Zonder categorie' }),
        ].join('\n'),
      );
      const plain = await runCli(['classify', 'Update windpark Noord', '--json']);
      assert.equal(JSON.parse(plain.stdout).category, null);
      assert.notEqual(JSON.parse(plain.stdout).ranking[0].category, 'c_db4862c3');
      const r = await runCli(['classify', 'Update windpark Noord', '--json', '--learn', file]);
      assert.equal(r.code, 0);
      const result = JSON.parse(r.stdout);
      assert.equal(result.ranking[0].category, 'c_db4862c3');
      assert.ok(
        result.reasons.some(
          (x: { kind: string; message: { en: string } }) =>
            x.kind === 'example' && x.message.en.startsWith("Like your publication 'Update windpark Zuid'"),
        ),
      );
      assert.match(r.stderr, /own\.jsonl:3: classifier-invalid-example/);
      const text = await runCli(['classify', 'Update windpark Noord', '--learn', file, '--lang', 'en']);
      assert.match(text.stdout, /Like your publication 'Update windpark Zuid'/);
      const batch = await runCli(
        ['classify', '--jsonl', '--learn', file],
        JSON.stringify({ title: 'Update windpark Noord' }),
      );
      assert.equal(JSON.parse(batch.stdout.trim()).ranking[0].category, 'c_db4862c3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('classify --learn reads a DiWoo sitemap; a missing file or no file name is an error', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { examplePublication, toDiwooSitemap } = await import('@woo-kit/core');
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-learn-'));
  try {
    const file = join(dir, 'sitemap.xml');
    writeFileSync(file, toDiwooSitemap([examplePublication]).files[0]!.xml);
    const r = await runCli(['classify', examplePublication.officialTitle, '--json', '--learn', file]);
    assert.equal(r.code, 0);
    assert.ok(JSON.parse(r.stdout).reasons.some((x: { kind: string }) => x.kind === 'example'));
    const missing = await runCli(['classify', 'x', '--learn', join(dir, 'nope.jsonl')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /--learn/);
    const bare = await runCli(['classify', 'x', '--learn']);
    assert.equal(bare.code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'classify --learn reads a real sitemap index (minvws/nl-rdo-woo-web) with the sitemaps found in its folder, ' +
    'gzip too; missing ones are reported and skipped; --learn may be given more than once',
  async () => {
    const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { gzipSync } = await import('node:zlib');
    const real = (name: string): string =>
      readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/diwoo-real/${name}`, import.meta.url)), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'woo-kit-learn-index-'));
    try {
      const index = join(dir, 'sitemap-index.xml');
      writeFileSync(index, real('minvws-woo-web-sitemapindex.xml'));
      // Only the index: none of its 18 sitemaps is here, so nothing can be learned.
      const none = await runCli(['classify', 'document-0001-0003.pdf', '--learn', index]);
      assert.equal(none.code, 1);
      assert.equal(none.stderr.match(/diwoo-sitemap-not-local/g)?.length, 19, none.stderr);
      assert.equal(none.stdout, '');
      // Two of its sitemaps, as the platform serves them (file names from the index's <loc>s); one gzipped.
      writeFileSync(join(dir, 'sitemap-00001.xml'), real('minvws-woo-web-woo-besluit-documents.xml'));
      writeFileSync(
        join(dir, 'sitemap-00017.xml'),
        gzipSync(real('minvws-woo-web-jaarverslag-convenant-hasParts.xml')),
      );
      const r = await runCli(['classify', 'document-0001-0003.pdf', '--json', '--learn', index, '--lang', 'en']);
      assert.equal(r.code, 0, r.stderr);
      const reasons = JSON.parse(r.stdout).reasons as { kind: string; message: { en: string } }[];
      assert.ok(
        reasons.some((x) => x.kind === 'example' && x.message.en.includes("'document-0001-0001.pdf'")),
        JSON.stringify(reasons),
      );
      // The 16 sitemaps that are not in the folder, each named with the index's line and in the chosen language.
      const missing = r.stderr.trim().split('\n');
      assert.equal(missing.length, 16, r.stderr);
      assert.match(
        missing[0]!,
        /sitemap-index\.xml:6: diwoo-sitemap-not-local: The sitemap \S+sitemap-00002\.xml is not/,
      );
      // A listed sitemap that starts like gzip but is broken is reported with its own code; the others are read.
      writeFileSync(join(dir, 'sitemap-00003.xml'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
      const broken = await runCli(['classify', 'document-0001-0003.pdf', '--learn', index]);
      assert.equal(broken.code, 0, broken.stderr);
      assert.match(broken.stderr, /sitemap-index\.xml:9: diwoo-not-gzip: /);
      assert.equal(broken.stderr.trim().split('\n').length, 16);
      // A gzip file that unpacks to more than any sitemap may be is refused, not unpacked into memory.
      const bomb = join(dir, 'bomb.xml.gz');
      writeFileSync(bomb, gzipSync(Buffer.alloc(101 * 1024 * 1024, 0x20)));
      const refused = await runCli(['classify', 'x', '--learn', bomb]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /bomb\.xml\.gz: diwoo-file-too-large: /);
      // Several --learn files: a JSON-lines file next to the index.
      const own = join(dir, 'own.jsonl');
      writeFileSync(own, JSON.stringify({ title: 'Update windpark Zuid', category: '3.3.2d' }));
      const both = await runCli(['classify', 'Update windpark Noord', '--json', '--learn', index, '--learn', own]);
      assert.equal(both.code, 0, both.stderr);
      assert.equal(JSON.parse(both.stdout).ranking[0].category, 'c_3a248e3a');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
