/**
 * The search index of publications, in SQLite (FTS5 over the distinct three-letter pieces of the
 * words) or PostgreSQL (`dutch` full text plus an index of word endings), behind two functions:
 * `indexPublications` (idempotent upsert by id) and `searchPublications` (a page of results, the
 * total and facet counts). The text that is searched
 * is folded (lower case, no accents) before it is stored, and so is the query, so both databases
 * and the browser search ignore case and accents the same way.
 */
import { createHash } from 'node:crypto';
import { documentTypes, type Publication } from '@woo-kit/core';
import type { Db } from '../store/db.js';
import { SUFFIX_KEY_LENGTH, fold, indexWords, queryWords, titleKey, trigrams } from './text.js';

/**
 * Bit i of the `categories` column is this category (TOOI codes of Woo 3.3 lid 1 and 2, and the
 * voluntary category of Woo 3.1). Stored data depends on the order: only ever append to this list.
 */
export const CATEGORY_CODES: readonly string[] = [
  'c_139c6280',
  'c_aab6bfc7',
  'c_759721e2',
  'c_40a05794',
  'c_89ee6784',
  'c_8c840238',
  'c_c76862ab',
  'c_db4862c3',
  'c_3a248e3a',
  'c_99a836c7',
  'c_8fc2335c',
  'c_c6cd1213',
  'c_cf268088',
  'c_3baef532',
  'c_fdaee95e',
  'c_46a81018',
  'c_a870c43d',
  'c_816e508d',
];
const categoryBit = (code: string): number => {
  const i = CATEGORY_CODES.indexOf(code);
  return i < 0 ? 0 : 1 << i;
};

let labels: Map<string, string> | undefined;
/** Dutch label of a TOOI document type (TOOI has no English labels), or undefined. */
export const documentTypeLabel = (code: string): string | undefined =>
  (labels ??= new Map(documentTypes.map((d) => [d.code, d.labelNl]))).get(code);

export type SearchSort = 'relevance' | 'newest' | 'oldest' | 'title';

export interface SearchQuery {
  readonly q: string;
  readonly category: string;
  readonly documentType: string;
  readonly from: string;
  readonly to: string;
  /** Empty: relevance when there are search words, else newest. */
  readonly sort: SearchSort | '';
  readonly page: number;
  readonly pageSize: number;
}

export interface FacetCount {
  readonly code: string;
  readonly count: number;
}

export interface SearchResult {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly sort: SearchSort;
  readonly items: readonly Publication[];
  readonly facets: {
    /** Per category: the publications that match everything but the category filter. */
    readonly categories: readonly FacetCount[];
    /** Per document type: the publications that match everything but the document type filter. */
    readonly documentTypes: ReadonlyArray<FacetCount & { readonly label?: string }>;
  };
}

/** A row of the index, derived from a publication. */
interface IndexRow {
  readonly id: string;
  readonly hash: string;
  readonly lastmod: string;
  readonly shownOn: string;
  readonly titleKey: string;
  readonly categories: number;
  readonly documentType: string;
  readonly title: string;
  readonly body: string;
  readonly json: string;
}

/** PostgreSQL's column `words` (migration 6): the words of the title and the body, for the index of word endings. */
const pgWords = (row: IndexRow): string => indexWords(`${row.title} ${row.body}`);

/** The date shown and filtered on, as in the browser: made public, else created, else the first document action. */
export function shownOn(p: Publication): string {
  return p.publishedOn ?? p.creationDate ?? p.documentActions[0]?.atTime.slice(0, 10) ?? '';
}

export function indexRow(p: Publication): IndexRow {
  const json = JSON.stringify(p);
  const typeLabel = p.documentType ? (documentTypeLabel(p.documentType) ?? '') : '';
  let categories = 0;
  for (const code of p.informationCategories) categories |= categoryBit(code);
  const lastAction = p.documentActions.reduce((latest, a) => (a.atTime > latest ? a.atTime : latest), '');
  return {
    id: p.id,
    hash: createHash('sha256').update(json).digest('base64url'),
    lastmod: p.lastModified ?? lastAction,
    shownOn: shownOn(p),
    titleKey: titleKey(p.officialTitle),
    categories,
    documentType: p.documentType ?? '',
    title: fold([p.officialTitle, p.shortTitle ?? ''].join(' ').trim()),
    body: fold([p.description ?? '', typeLabel].join(' ').trim()),
    json,
  };
}

export interface IndexCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

const COLUMNS = 'id, hash, lastmod, shown_on, title_key, categories, document_type, title, body, json';
const PG_COLUMNS = `${COLUMNS}, words`;
/** A row's values for the columns after `id` in COLUMNS, in that order. */
const valuesAfterId = (r: IndexRow): unknown[] => [
  r.hash,
  r.lastmod,
  r.shownOn,
  r.titleKey,
  r.categories,
  r.documentType,
  r.title,
  r.body,
  r.json,
];

/**
 * SQLite only: writes the three-letter pieces of the words of these rows into `woo_search_grams`
 * (an FTS5 table without content or positions, keyed by `doc`), replacing what was there.
 */
async function writeTrigrams(
  db: Db,
  rows: ReadonlyArray<{ doc: number; title: string; body: string }>,
  replace: boolean,
): Promise<void> {
  if (db.dialect !== 'sqlite') return;
  const per = 100;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    if (replace)
      await db.run(
        `DELETE FROM woo_search_grams WHERE rowid IN (${chunk.map(() => '?').join(', ')})`,
        chunk.map((r) => r.doc),
      );
    await db.run(
      `INSERT INTO woo_search_grams (rowid, grams) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`,
      chunk.flatMap((r) => [r.doc, trigrams(`${r.title} ${r.body}`)]),
    );
  }
}

/** SQLite only: fills `woo_search_grams` from the rows already in the index (schema migration 4). */
export async function fillTrigrams(db: Db): Promise<void> {
  for (let after = -1; ;) {
    const rows = await db.all<{ doc: number; title: string; body: string }>(
      'SELECT doc, title, body FROM woo_search_publications WHERE doc > ? ORDER BY doc LIMIT 5000',
      [after],
    );
    if (rows.length === 0) return;
    await writeTrigrams(db, rows, false);
    after = rows[rows.length - 1]!.doc;
  }
}

/**
 * A large import: SQLite's indexes for sorting by date and by title are dropped, because a B-tree
 * that grows by rows in random order costs more than one built afterwards from sorted rows (measured:
 * a fifth of the CPU time of an import). Searches still answer meanwhile, sorted without the index.
 * Always followed by `endBulkImport`, also after a failure.
 */
export async function beginBulkImport(db: Db): Promise<void> {
  if (db.dialect === 'sqlite')
    await db.exec('DROP INDEX IF EXISTS woo_search_shown_on; DROP INDEX IF EXISTS woo_search_title_key');
}

/**
 * After an import, large or not: SQLite makes the sorting indexes again when they are missing (also
 * after an import that was stopped); PostgreSQL moves the pending entries of its GIN indexes into the
 * index proper, so that a search does not read through them.
 */
export async function endBulkImport(db: Db): Promise<void> {
  if (db.dialect === 'sqlite')
    await db.exec(
      'CREATE INDEX IF NOT EXISTS woo_search_shown_on ON woo_search_publications (shown_on); ' +
        'CREATE INDEX IF NOT EXISTS woo_search_title_key ON woo_search_publications (title_key)',
    );
  else {
    // Only the owner of the indexes may do this; otherwise autovacuum does it a little later.
    await db
      .all(
        "SELECT gin_clean_pending_list(i) FROM (VALUES (to_regclass('woo_search_tsv')), " +
          "(to_regclass('woo_search_words'))) AS v (i) WHERE i IS NOT NULL",
      )
      .catch(() => undefined);
  }
}

/** PostgreSQL only: fills column `words` from the title and body of the rows already in the index (migration 6). */
export async function fillWords(db: Db): Promise<void> {
  for (let after = -1; ;) {
    const rows = await db.all<{ doc: number | string; title: string; body: string }>(
      'SELECT doc, title, body FROM woo_search_publications WHERE doc > ? ORDER BY doc LIMIT 2000',
      [after],
    );
    if (rows.length === 0) return;
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      await db.run(
        'UPDATE woo_search_publications SET words = v.words FROM (VALUES ' +
          chunk.map(() => '(?::bigint, ?)').join(', ') +
          ') AS v (doc, words) WHERE woo_search_publications.doc = v.doc',
        chunk.flatMap((r) => [Number(r.doc), indexWords(`${r.title} ${r.body}`)]),
      );
    }
    after = Number(rows[rows.length - 1]!.doc);
  }
}

/**
 * Adds or updates publications in one transaction. The same publication twice is one row; a
 * publication whose JSON did not change (same `lastModified`, same content) is not written again.
 */
export async function indexPublications(db: Db, publications: readonly Publication[]): Promise<IndexCounts> {
  if (publications.length === 0) return { added: 0, updated: 0, unchanged: 0 };
  // The last of two records with the same id wins, as it would when written one after the other.
  const rows = [...new Map(publications.map((p) => [p.id, indexRow(p)])).values()];
  forgetCounts(db);
  const counts = await db.transaction(async (tx) => {
    const known = new Map<string, string>();
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const found = await tx.all<{ id: string; hash: string }>(
        `SELECT id, hash FROM woo_search_publications WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk.map((r) => r.id),
      );
      for (const f of found) known.set(f.id, f.hash);
    }
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    const fresh: IndexRow[] = [];
    const changed: Array<{ doc: number; title: string; body: string }> = [];
    const pg = tx.dialect === 'postgres';
    for (const row of rows) {
      const hash = known.get(row.id);
      if (hash === undefined) fresh.push(row);
      else if (hash === row.hash) unchanged++;
      else {
        const [written] = await tx.all<{ doc: number }>(
          'UPDATE woo_search_publications SET hash = ?, lastmod = ?, shown_on = ?, title_key = ?, ' +
            `categories = ?, document_type = ?, title = ?, body = ?, json = ?${pg ? ', words = ?' : ''} ` +
            'WHERE id = ? RETURNING doc',
          [...valuesAfterId(row), ...(pg ? [pgWords(row)] : []), row.id],
        );
        if (written) changed.push({ doc: Number(written.doc), title: row.title, body: row.body });
        updated++;
      }
    }
    await writeTrigrams(tx, changed, true);
    if (tx.dialect === 'sqlite') {
      // SQLite runs in this process: one prepared statement per row costs less than binding rows of
      // many values, and numbering the rows here (after the highest number ever given, as
      // AUTOINCREMENT does) saves reading the numbers back.
      const [last] = await tx.all<{ n: number }>(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'woo_search_publications'), 0) AS n",
      );
      let doc = Number(last?.n ?? 0);
      for (const r of fresh) {
        doc++;
        await tx.run(`INSERT INTO woo_search_publications (doc, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
          doc,
          r.id,
          ...valuesAfterId(r),
        ]);
        await tx.run('INSERT INTO woo_search_grams (rowid, grams) VALUES (?, ?)', [
          doc,
          trigrams(`${r.title} ${r.body}`),
        ]);
      }
      added += fresh.length;
      return { added, updated, unchanged };
    }
    // PostgreSQL: new rows in multi-row statements, far fewer round trips.
    const per = 50;
    for (let i = 0; i < fresh.length; i += per) {
      const chunk = fresh.slice(i, i + per);
      const values = chunk.flatMap((r) => [r.id, ...valuesAfterId(r), pgWords(r)]);
      await tx.run(
        `INSERT INTO woo_search_publications (${PG_COLUMNS}) ` +
          `VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        values,
      );
      added += chunk.length;
    }
    return { added, updated, unchanged };
  });
  forgetCounts(db);
  return counts;
}

/** Removes publications from the index (a publication that was withdrawn); resolves to how many. */
export async function removePublications(db: Db, ids: readonly string[]): Promise<number> {
  forgetCounts(db);
  const removed = await db.transaction(async (tx) => {
    let removed = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const docs = await tx.all<{ doc: number }>(
        `DELETE FROM woo_search_publications WHERE id IN (${chunk.map(() => '?').join(', ')}) RETURNING doc`,
        chunk,
      );
      if (tx.dialect === 'sqlite' && docs.length) {
        await tx.run(
          `DELETE FROM woo_search_grams WHERE rowid IN (${docs.map(() => '?').join(', ')})`,
          docs.map((d) => Number(d.doc)),
        );
      }
      removed += docs.length;
    }
    return removed;
  });
  forgetCounts(db);
  return removed;
}

export async function countIndexed(db: Db): Promise<number> {
  const [row] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM woo_search_publications');
  return Number(row?.n ?? 0);
}

/** A condition with its parameters. */
interface Where {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The conditions of the text search: every word must be in the title or the body (inside a word too).
 * SQLite: the index gives the publications that have every three-letter piece of the words (a word
 * shorter than three letters has none); the stored title and body confirm each word is really there.
 */
function textConditions(db: Db, words: readonly string[]): Where[] {
  if (db.dialect === 'sqlite') {
    const fts = ftsQuery(words);
    return [
      ...(fts
        ? [{ sql: 'doc IN (SELECT rowid FROM woo_search_grams WHERE woo_search_grams MATCH ?)', params: [fts] }]
        : []),
      ...words.map((w) => ({ sql: '(instr(title, ?) > 0 OR instr(body, ?) > 0)', params: [w, w] })),
    ];
  }
  // A Dutch stem ("bruggen" finds "brug") or the letters inside a word ("brug" finds "fietsbrug"): an
  // ending of a word that starts with them (migration 6). A word has letters and digits only, so it
  // is safe inside the quotes of a tsquery. Words under three letters have no index: the text decides.
  return words.map((w) => {
    const letters = [...w];
    if (letters.length < 3)
      return { sql: "(tsv @@ plainto_tsquery('dutch', ?) OR (title || ' ' || body) LIKE ?)", params: [w, `%${w}%`] };
    const key = `'${letters.slice(0, SUFFIX_KEY_LENGTH).join('')}':*`;
    return letters.length <= SUFFIX_KEY_LENGTH
      ? { sql: "(tsv @@ plainto_tsquery('dutch', ?) OR woo_word_suffixes(words) @@ ?::tsquery)", params: [w, key] }
      : {
          sql:
            "(tsv @@ plainto_tsquery('dutch', ?) OR (woo_word_suffixes(words) @@ ?::tsquery " +
            "AND (title || ' ' || body) LIKE ?))",
          params: [w, key, `%${w}%`],
        };
  });
}

function combine(parts: readonly Where[]): Where {
  return parts.length
    ? { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) }
    : { sql: '', params: [] };
}

/**
 * SQLite: the three-letter pieces of the words as an FTS5 query (every piece), or undefined when none has three
 * letters.
 */
function ftsQuery(words: readonly string[]): string | undefined {
  const pieces = [...new Set(words.flatMap((w) => trigrams(w).split(' ')).filter(Boolean))];
  return pieces.length ? pieces.map((p) => `"${p}"`).join(' AND ') : undefined;
}

/** Extra relevance for every search word in the title. */
function titleHits(db: Db, words: readonly string[]): Where {
  const hit = db.dialect === 'sqlite' ? '(instr(title, ?) > 0)' : '(CASE WHEN title LIKE ? THEN 1 ELSE 0 END)';
  return {
    sql: words.map(() => hit).join(' + ') || '0',
    params: words.map((w) => (db.dialect === 'sqlite' ? w : `%${w}%`)),
  };
}

/** Runs a search: a page of results in the order asked, the total, and the facets. */
export async function searchPublications(db: Db, query: SearchQuery): Promise<SearchResult> {
  const words = queryWords(query.q);
  const sort: SearchSort = query.sort || (words.length ? 'relevance' : 'newest');
  const text = textConditions(db, words);
  const category: Where[] = query.category
    ? [{ sql: '(categories & ?) <> 0', params: [categoryBit(query.category)] }]
    : [];
  const type: Where[] = query.documentType ? [{ sql: 'document_type = ?', params: [query.documentType] }] : [];
  const dates: Where[] = [
    ...(query.from ? [{ sql: 'shown_on >= ?', params: [query.from] }] : []),
    ...(query.to ? [{ sql: "shown_on <> '' AND shown_on <= ?", params: [query.to] }] : []),
  ];
  if (words.length) return searchWords(db, query, words, sort, dates);

  const { total, categories, types } = await countsWithoutWords(db, query, category, type, dates);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pages);
  let items: Publication[] = [];
  if (total > 0) {
    const filters = [...category, ...type, ...dates];
    const undated = "(CASE WHEN shown_on = '' THEN 1 ELSE 0 END)";
    const limit = `LIMIT ${query.pageSize} OFFSET ${(page - 1) * query.pageSize}`;
    const all = combine([...text, ...filters]);
    // Without search words there is no rank: relevance falls back to newest first.
    const order =
      sort === 'title'
        ? 'title_key, doc'
        : sort === 'oldest'
          ? `${undated}, shown_on, doc`
          : `${undated}, shown_on DESC, doc`;
    const rows = await db.all<{ json: string }>(
      `SELECT json FROM woo_search_publications ${all.sql} ORDER BY ${order} ${limit}`,
      all.params,
    );
    items = rows.map((r) => JSON.parse(r.json) as Publication);
  }
  return { total, page, pageSize: query.pageSize, sort, items, facets: { categories, documentTypes: types } };
}

/**
 * Facets and total of a search without words: every visitor's first page, and a pass over the whole
 * table (about a second at a million publications). Kept per filter for a minute, and dropped as soon
 * as this process changes the index; another process that imports (the `woo-kit serve import`
 * command) is seen within the minute.
 */
const COUNTS_KEPT_MS = 60_000;
type Counts = { total: number; categories: FacetCount[]; types: Array<FacetCount & { label?: string }> };
const countsCache = new WeakMap<Db, Map<string, { readonly at: number; readonly counts: Counts }>>();
const forgetCounts = (db: Db): void => void countsCache.delete(db);

async function countsWithoutWords(
  db: Db,
  query: SearchQuery,
  category: Where[],
  type: Where[],
  dates: Where[],
): Promise<Counts> {
  const key = [query.category, query.documentType, query.from, query.to].join('|');
  let cache = countsCache.get(db);
  const kept = cache?.get(key);
  if (kept && Date.now() - kept.at < COUNTS_KEPT_MS) return kept.counts;

  // Categories: everything but the category filter, one pass with a sum per bit.
  const exceptCategory = combine([...type, ...dates]);
  const sums = CATEGORY_CODES.map((_, i) => `SUM((categories >> ${i}) & 1) AS c${i}`).join(', ');
  const [categoryRow] = await db.all<Record<string, number | string | null>>(
    `SELECT ${sums} FROM woo_search_publications ${exceptCategory.sql}`,
    exceptCategory.params,
  );
  const categories = CATEGORY_CODES.map((code, i) => ({ code, count: Number(categoryRow?.[`c${i}`] ?? 0) })).filter(
    (f) => f.count > 0,
  );

  // Document types: everything but the document type filter; the total follows from it.
  const exceptType = combine([...category, ...dates]);
  const typeRows = await db.all<{ document_type: string; n: number | string }>(
    `SELECT document_type, COUNT(*) AS n FROM woo_search_publications ${exceptType.sql} GROUP BY document_type`,
    exceptType.params,
  );
  const total = typeRows.reduce(
    (sum, r) => sum + (!query.documentType || r.document_type === query.documentType ? Number(r.n) : 0),
    0,
  );
  const types = typeRows
    .filter((r) => r.document_type !== '')
    .map((r) => {
      const label = documentTypeLabel(r.document_type);
      return { code: r.document_type, count: Number(r.n), ...(label ? { label } : {}) };
    })
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  const counts = { total, categories, types };
  if (!cache) countsCache.set(db, (cache = new Map()));
  if (cache.size >= 500) cache.clear();
  cache.set(key, { at: Date.now(), counts });
  return counts;
}

interface Hit {
  doc: number;
  categories: number;
  document_type: string;
  shown_on: string;
  title_key?: string;
  rank?: number;
}

/**
 * A search with words: the text match is evaluated once (it is the expensive part: the lists of
 * publications of every three-letter piece are intersected), giving a small row per match; facets,
 * total and order are computed from those rows, and only the page's publications are read in full.
 * The results are the same as the SQL path's (the tests run both databases against one another).
 */
async function searchWords(
  db: Db,
  query: SearchQuery,
  words: readonly string[],
  sort: SearchSort,
  dates: readonly Where[],
): Promise<SearchResult> {
  if (db.dialect === 'postgres') return searchWordsPostgres(db, query, words, sort, dates);
  const columns = `doc, categories, document_type, shown_on${sort === 'title' ? ', title_key' : ''}`;
  // The rank: the number of search words in the title; ties go to the newest (below). The same in
  // both databases, so a search gives the same order whichever one the server runs on.
  const bonus = titleHits(db, words);
  const relevance = sort === 'relevance';
  const rank = relevance ? `, -(${bonus.sql}) AS rank` : '';
  // SQLite: the publications come straight from the full-text index in order of `doc`, each looked up
  // once (no temporary table of the matches as `doc IN (…)` would build).
  const fts = db.dialect === 'sqlite' ? ftsQuery(words) : undefined;
  const where = fts
    ? combine([...words.map((w) => ({ sql: '(instr(title, ?) > 0 OR instr(body, ?) > 0)', params: [w, w] })), ...dates])
    : combine([...textConditions(db, words), ...dates]);
  const from = fts
    ? 'woo_search_grams JOIN woo_search_publications ON doc = woo_search_grams.rowid'
    : 'woo_search_publications';
  const match = fts ? `woo_search_grams MATCH ?${where.sql ? ' AND ' : ''}` : '';
  const rows = await db.all<Hit>(
    `SELECT ${columns}${rank} FROM ${from} ${fts ? `WHERE ${match}${where.sql.replace(/^WHERE /, '')}` : where.sql}`,
    [...(relevance ? bonus.params : []), ...(fts ? [fts] : []), ...where.params],
  );
  const bit = query.category ? categoryBit(query.category) : 0;
  const categoryCounts = new Array<number>(CATEGORY_CODES.length).fill(0);
  const typeCounts = new Map<string, number>();
  const hits: Hit[] = [];
  for (const row of rows) {
    const inCategory = !bit || (row.categories & bit) !== 0;
    const inType = !query.documentType || row.document_type === query.documentType;
    if (inType) for (let i = 0; i < CATEGORY_CODES.length; i++) if ((row.categories >> i) & 1) categoryCounts[i]!++;
    if (inCategory) typeCounts.set(row.document_type, (typeCounts.get(row.document_type) ?? 0) + 1);
    if (inCategory && inType) hits.push(row);
  }
  const byDate = (a: Hit, b: Hit, newest: boolean): number => {
    if (!a.shown_on !== !b.shown_on) return a.shown_on ? -1 : 1; // undated last
    if (a.shown_on !== b.shown_on) return (a.shown_on < b.shown_on ? -1 : 1) * (newest ? -1 : 1);
    return a.doc - b.doc;
  };
  if (sort === 'relevance') hits.sort((a, b) => a.rank! - b.rank! || byDate(a, b, true));
  else if (sort === 'title')
    hits.sort((a, b) => (a.title_key! < b.title_key! ? -1 : a.title_key! > b.title_key! ? 1 : a.doc - b.doc));
  else hits.sort((a, b) => byDate(a, b, sort === 'newest'));

  const total = hits.length;
  const page = Math.min(query.page, Math.max(1, Math.ceil(total / query.pageSize)));
  const docs = hits.slice((page - 1) * query.pageSize, page * query.pageSize).map((h) => h.doc);
  const json = new Map(
    docs.length
      ? (
          await db.all<{ doc: number; json: string }>(
            `SELECT doc, json FROM woo_search_publications WHERE doc IN (${docs.map(() => '?').join(', ')})`,
            docs,
          )
        ).map((r) => [Number(r.doc), r.json])
      : [],
  );
  const types = [...typeCounts]
    .filter(([code]) => code !== '')
    .map(([code, count]) => {
      const label = documentTypeLabel(code);
      return { code, count, ...(label ? { label } : {}) };
    })
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  return {
    total,
    page,
    pageSize: query.pageSize,
    sort,
    items: docs.map((doc) => JSON.parse(json.get(doc)!) as Publication),
    facets: {
      categories: CATEGORY_CODES.map((code, i) => ({ code, count: categoryCounts[i]! })).filter((f) => f.count > 0),
      documentTypes: types,
    },
  };
}

/** Facet counts per document type, largest first, with their labels; the empty type is left out. */
function typeFacets(counts: Iterable<[string, number]>): Array<FacetCount & { label?: string }> {
  return [...counts]
    .filter(([code]) => code !== '')
    .map(([code, count]) => {
      const label = documentTypeLabel(code);
      return { code, count, ...(label ? { label } : {}) };
    })
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/**
 * `searchWords` on PostgreSQL: the same answer in one statement. The matches are found once (a CTE);
 * the total, both facets and the page's publications are computed from them in the database, so only
 * a row of counts and the page travel to this process, not a row per match (at a million
 * publications a word matches thousands). Order as in `searchWords`: byte order ("C"), as JavaScript
 * compares the strings there.
 */
async function searchWordsPostgres(
  db: Db,
  query: SearchQuery,
  words: readonly string[],
  sort: SearchSort,
  dates: readonly Where[],
): Promise<SearchResult> {
  const bonus = titleHits(db, words);
  const where = combine([...textConditions(db, words), ...dates]);
  const bit = query.category ? categoryBit(query.category) : 0;
  const inCategory: Where = bit ? { sql: '(categories & ?) <> 0', params: [bit] } : { sql: 'TRUE', params: [] };
  const inType: Where = query.documentType
    ? { sql: 'document_type = ?', params: [query.documentType] }
    : { sql: 'TRUE', params: [] };
  const dated = `(shown_on = '')`;
  const order =
    sort === 'relevance'
      ? `rank, ${dated}, shown_on COLLATE "C" DESC, doc`
      : sort === 'title'
        ? 'title_key COLLATE "C", doc'
        : sort === 'oldest'
          ? `${dated}, shown_on COLLATE "C", doc`
          : `${dated}, shown_on COLLATE "C" DESC, doc`;
  const sums = CATEGORY_CODES.map((_, i) => `sum((categories >> ${i}) & 1)`).join(', ');
  const pages = '(SELECT count(*) FROM hits)::numeric / ?';
  const offset = `(least(?::numeric, greatest(1, ceil(${pages}))) - 1) * ?`;
  const sql = `
    WITH m AS MATERIALIZED (
      SELECT doc, categories, document_type, shown_on, title_key, -(${bonus.sql}) AS rank
      FROM woo_search_publications ${where.sql}
    ), hits AS (SELECT * FROM m WHERE ${inCategory.sql} AND ${inType.sql})
    SELECT
      (SELECT count(*) FROM hits) AS total,
      (SELECT array[${sums}] FROM m WHERE ${inType.sql}) AS categories,
      (SELECT coalesce(json_agg(json_build_array(document_type, n)), '[]')
         FROM (SELECT document_type, count(*) AS n FROM m WHERE ${inCategory.sql} GROUP BY document_type) t) AS types,
      (SELECT coalesce(array_agg(w.json ORDER BY p.ord), '{}')
         FROM (SELECT doc, row_number() OVER (ORDER BY ${order}) AS ord FROM hits
               ORDER BY ${order} LIMIT ? OFFSET ${offset}) p
         JOIN woo_search_publications w ON w.doc = p.doc) AS items`;
  const [row] = await db.all<{
    total: string | number;
    categories: Array<string | number | null> | null;
    types: Array<[string, string | number]>;
    items: string[];
  }>(sql, [
    ...bonus.params,
    ...where.params,
    ...inCategory.params,
    ...inType.params,
    ...inType.params,
    ...inCategory.params,
    query.pageSize,
    query.page,
    query.pageSize,
    query.pageSize,
  ]);
  const total = Number(row?.total ?? 0);
  const page = Math.min(query.page, Math.max(1, Math.ceil(total / query.pageSize)));
  const categoryCounts = row?.categories ?? [];
  return {
    total,
    page,
    pageSize: query.pageSize,
    sort,
    items: (row?.items ?? []).map((json) => JSON.parse(json) as Publication),
    facets: {
      categories: CATEGORY_CODES.map((code, i) => ({ code, count: Number(categoryCounts[i] ?? 0) })).filter(
        (f) => f.count > 0,
      ),
      documentTypes: typeFacets((row?.types ?? []).map(([code, n]) => [code, Number(n)])),
    },
  };
}
