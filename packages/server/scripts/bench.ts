/**
 * `pnpm bench` in packages/server: the search index at the scale of a big city.
 *
 *   node --import tsx scripts/bench.ts [--count 1000000] [--searches 200] [--no-postgres] [--no-sqlite] [--keep FILE]
 *
 * Generates `count` publications (deterministic), imports them into SQLite (a file, synchronous=FULL
 * as the server runs) and into PostgreSQL (when it runs, via the test support), and times searches of
 * one word with a category filter and the facets, as the endpoint answers them. The baseline in the
 * same run is a `LIKE '%word%'` scan of the same table with the same filter and facets. Prints the
 * import rate, p50/p95 per database and the size of the index on disk. Times are wall-clock on
 * whatever machine runs it: compare the two methods of one run, not runs on different machines.
 * SQLite runs inside this process, so its rates are also given per second of this process's CPU
 * time: that is what one core does, whatever else the machine is busy with (the load average is
 * printed). PostgreSQL works in its own processes: its CPU time per search is this process's plus that
 * of the database's server processes (read from /proc/<pid>/schedstat, in nanoseconds, on Linux).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Publication } from '@woo-kit/core';
import type { Db } from '../src/store/db.js';
import { openStore, type WooStore } from '../src/store/store.js';
import { random } from '../src/demo/sample-data.js';
import {
  CATEGORY_CODES,
  beginBulkImport,
  endBulkImport,
  indexPublications,
  searchPublications,
} from '../src/search/index-store.js';
import { parseSearchParams } from '../src/search/params.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 1_000_000);
const SEARCHES = arg('searches', 200);
const POSTGRES = !process.argv.includes('--no-postgres');
const SQLITE = !process.argv.includes('--no-sqlite');
const BATCH = 5000;
/** `--keep FILE`: SQLite in this file, kept afterwards; a later run with the same count times only the searches. */
const KEEP = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1]! : '';

// A made-up vocabulary of 2,000 word stems from Dutch-looking syllables; words are compounds of two.
const SYLLABLES = (
  'ber,brug,dijk,fiets,gem,haven,kan,lan,markt,mer,oord,park,plein,raad,sluis,stad,straat,ter,veld,ver,vest,' +
  'weg,werk,wijk,zand,zee,bos,dorp,hof,kerk'
).split(',');
const STEMS: string[] = [];
{
  const next = random(7);
  const seen = new Set<string>();
  while (STEMS.length < 2000) {
    const stem =
      SYLLABLES[Math.floor(next() * SYLLABLES.length)]! +
      SYLLABLES[Math.floor(next() * SYLLABLES.length)]!.slice(0, 2) +
      'aeiou'[Math.floor(next() * 5)]!;
    if (!seen.has(stem)) {
      STEMS.push(stem);
      seen.add(stem);
    }
  }
}
const COMMON = ['besluit', 'gemeente', 'verzoek', 'over', 'de', 'het', 'van'];
const TYPES = [
  'c_386e74cb',
  'c_81cc2eb5',
  'c_fbaa7e4b',
  'c_9ecc0007',
  'c_de27ae7a',
  'c_7f9dffa7',
  'c_42e406dd',
  'c_d4a4792f',
  'c_f90465b3',
  'c_d506b718',
  '',
];

function generate(i: number): Publication {
  const next = random(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const compound = () => pick(STEMS) + pick(STEMS);
  const title = `${pick(COMMON)} ${compound()} ${pick(STEMS)} ${compound()}`;
  const description = Array.from({ length: 12 }, () =>
    next() < 0.3 ? compound() : next() < 0.5 ? pick(COMMON) : pick(STEMS),
  ).join(' ');
  // skewed: some categories hold more
  const category = CATEGORY_CODES[Math.floor(next() * next() * CATEGORY_CODES.length)]!;
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 2000) * 86_400_000).toISOString().slice(0, 10);
  const type = pick(TYPES);
  return {
    id: `bench-${i}`,
    url: `https://www.voorbeeld.nl/publicaties/${i}`,
    officialTitle: title,
    description,
    informationCategories: (next() < 0.1
      ? [category, pick(CATEGORY_CODES)]
      : [category]) as Publication['informationCategories'],
    ...(type ? { documentType: type } : {}),
    publisher: { name: 'Gemeente Voorbeeld', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' },
    creationDate: day,
    documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: `${day}T10:00:00+01:00` }],
  };
}

/** PostgreSQL: the CPU time (ms) the server processes of this database have used so far, when /proc tells. */
async function serverCpuMs(db: Db): Promise<number> {
  if (db.dialect !== 'postgres') return 0;
  const rows = await db.all<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  let ns = 0;
  for (const { pid } of rows) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // not on Linux, or the process ended: its time is not counted
    }
  }
  return ns / 1e6;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Seconds spent indexing (the data is generated outside the timed part), the CPU seconds of it, and with generating.
 */
async function importAll(store: WooStore): Promise<{ indexing: number; cpu: number; total: number }> {
  const started = performance.now();
  let indexing = 0;
  let cpu = 0;
  /** Runs `work` and adds its time to the import's. */
  const timed = async (work: () => Promise<unknown>): Promise<void> => {
    const server = await serverCpuMs(store.db);
    const t = performance.now();
    const c = process.cpuUsage();
    await work();
    cpu += cpuMs(c);
    if (store.db.dialect === 'postgres') cpu += (await serverCpuMs(store.db)) - server;
    indexing += performance.now() - t;
  };
  // As `woo-kit serve import` does a large import: the sorting indexes are built at the end (timed too).
  await timed(() => beginBulkImport(store.db));
  for (let from = 0; from < COUNT; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, COUNT - from) }, (_, k) => generate(from + k));
    await timed(() => indexPublications(store.db, batch));
    if (process.stderr.isTTY) process.stderr.write(`\r  ${from + batch.length} / ${COUNT}`);
  }
  await timed(() => endBulkImport(store.db));
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  return { indexing: indexing / 1000, cpu: cpu / 1000, total: (performance.now() - started) / 1000 };
}

/**
 * The baseline: the same three queries as the endpoint (two facet passes and a page), with LIKE instead of the index.
 */
async function likeSearch(db: Db, word: string, category: string): Promise<number> {
  const bit = 1 << CATEGORY_CODES.indexOf(category);
  const like = "(title || ' ' || body) LIKE ?";
  const sums = CATEGORY_CODES.map((_, i) => `SUM((categories >> ${i}) & 1) AS c${i}`).join(', ');
  await db.all(`SELECT ${sums} FROM woo_search_publications WHERE ${like}`, [`%${word}%`]);
  const types = await db.all<{ n: number | string }>(
    `SELECT document_type, COUNT(*) AS n FROM woo_search_publications WHERE ${like} AND (categories & ?) <> ` +
      `0 GROUP BY document_type`,
    [`%${word}%`, bit],
  );
  await db.all(
    `SELECT json FROM woo_search_publications WHERE ${like} AND (categories & ?) <> 0 ORDER BY shown_on ` +
      `DESC, doc LIMIT 20`,
    [`%${word}%`, bit],
  );
  return types.reduce((s, r) => s + Number(r.n), 0);
}

const percentile = (times: number[], p: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function timeSearches(
  db: Db,
  baseline: boolean,
): Promise<{ p50: number; p95: number; cpuP50: number; cpuP95: number; meanHits: number }> {
  const next = random(99);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let hits = 0;
  const n = baseline ? Math.max(10, Math.floor(SEARCHES / 10)) : SEARCHES; // the scan is slow: fewer samples
  for (let k = 0; k < n; k++) {
    const word = STEMS[Math.floor(next() * STEMS.length)]!;
    const category = CATEGORY_CODES[Math.floor(next() * 4)]!;
    const server = await serverCpuMs(db);
    const started = performance.now();
    const c = process.cpuUsage();
    if (baseline) hits += await likeSearch(db, word, category);
    else {
      const query = parseSearchParams(new URLSearchParams({ q: word, category }));
      hits += (await searchPublications(db, query)).total;
    }
    times.push(performance.now() - started);
    const client = cpuMs(c);
    cpuTimes.push(client + (db.dialect === 'postgres' ? (await serverCpuMs(db)) - server : 0));
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpuP50: percentile(cpuTimes, 50),
    cpuP95: percentile(cpuTimes, 95),
    meanHits: Math.round(hits / n),
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function benchOne(label: string, store: WooStore, size: () => Promise<number>): Promise<void> {
  const inProcess = store.db.dialect === 'sqlite';
  const rate = (s: number) => `${Math.round(COUNT / s).toLocaleString('en')} publications/s`;
  const [present] = await store.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM woo_search_publications');
  if (Number(present?.n) === COUNT)
    console.log(`${label}: ${COUNT.toLocaleString('en')} publications already in ${KEEP}; import not timed`);
  else {
    const seconds = await importAll(store);
    console.log(
      `${label}: imported ${COUNT.toLocaleString('en')} in ${seconds.indexing.toFixed(1)} s ` +
        `= ${rate(seconds.indexing)} (with generating the data: ${rate(seconds.total)})`,
    );
    console.log(
      `${label}: import per CPU second (one ` +
        `core${inProcess ? '' : ', this process and the database server'}): ${rate(seconds.cpu)}`,
    );
  }
  console.log(`${label}: index on disk ${((await size()) / 1024 / 1024).toFixed(0)} MB (table, text, indexes)`);
  // Warm the caches once, as a running server has them.
  await timeSearches(store.db, false);
  const index = await timeSearches(store.db, false);
  const like = await timeSearches(store.db, true);
  console.log(
    `${label}: word + category + facets, index: p50 ${ms(index.p50)}, p95 ${ms(index.p95)} (${SEARCHES} ` +
      `searches, ${index.meanHits} hits on average)`,
  );
  console.log(
    `${label}: same with LIKE '%word%' (baseline): p50 ${ms(like.p50)}, p95 ${ms(like.p95)} ` +
      `(${Math.max(10, Math.floor(SEARCHES / 10))} searches)`,
  );
  console.log(`${label}: the index is ${(like.p95 / index.p95).toFixed(1)}× faster at p95`);
  console.log(
    `${label}: CPU time per search (one core${inProcess ? '' : ', this process and the database server'}), ` +
      `index: p50 ${ms(index.cpuP50)}, p95 ${ms(index.cpuP95)}; LIKE: p50 ${ms(like.cpuP50)}, ` +
      `p95 ${ms(like.cpuP95)}`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Search index bench: ${COUNT.toLocaleString('en')} generated publications, ${SEARCHES} searches per ` +
      `database (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
  );
  const dir = KEEP ? dirname(KEEP) : mkdtempSync(join(tmpdir(), 'woo-kit-bench-'));
  if (SQLITE)
    try {
      const store = await openStore({ file: KEEP || join(dir, 'bench.sqlite') });
      await benchOne('SQLite', store, async () => {
        await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
        return readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
      });
      await store.close();
    } finally {
      if (!KEEP) rmSync(dir, { recursive: true, force: true });
    }
  if (!POSTGRES) return;
  let database: { url: string; drop(): Promise<void> };
  try {
    const { createTestDatabase } = await import('../test/support/postgres.js');
    database = await createTestDatabase();
  } catch (error) {
    console.log(`PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const store = await openStore({ databaseUrl: database.url });
  try {
    await benchOne('PostgreSQL', store, async () => {
      await store.db.exec('VACUUM ANALYZE woo_search_publications');
      const [row] = await store.db.all<{ n: string }>("SELECT pg_total_relation_size('woo_search_publications') AS n");
      return Number(row?.n ?? 0);
    });
  } finally {
    await store.close();
    await database.drop();
  }
}

await main();
