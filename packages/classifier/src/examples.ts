/**
 * Learning from a body's own publications: an index of titles the body already published with a
 * category (its DiWoo sitemap, its publication platform's export), searched for the titles most like
 * a new one. The nearest ones vote for their category; `classifier.ts` adds that vote to the evidence
 * and names the closest publication in the reasons ("like your publication '…' in category …").
 *
 * Offline and small: words and word pairs of the normalised title (and, at half weight, the start of
 * the summary), weighted by how rare they are among the examples (idf), in an inverted index.
 * Building it for 10,000 examples takes well under a second; a look-up touches only the examples
 * that share a word with the title.
 */
import {
  WooKitInputError,
  categoryByArticle,
  categoryByCode,
  categoryByUri,
  type InformationCategoryCode,
} from '@woo-kit/core/categories';
import type { Publication } from '@woo-kit/core';
import { normalizeTitle } from './normalize.js';
import { FUNCTION_WORDS, REFERENCE_WORDS } from './stop-words.js';

/** One publication of the body, with the category it gave it. */
export interface ClassificationExample {
  readonly title: string;
  /** TOOI code (`c_3baef532`), TOOI URI or article (`3.3.2i`) of the information category. */
  readonly category: string;
  /** DiWoo `omschrijving`, as in `ClassificationInput`. */
  readonly description?: string;
  /** The older name of `description`, still read when `description` is absent. */
  readonly summary?: string;
  readonly documentType?: string;
}

/** A publication like the one being classified. */
export interface ExampleMatch {
  readonly title: string;
  readonly category: InformationCategoryCode;
  /** Cosine similarity, 0–1. */
  readonly similarity: number;
}

/** What the examples say about one title. */
export interface ExampleVote {
  /** Per category: its share of the neighbours' vote (0–1; the shares add up to 1, or the map is empty). */
  readonly share: ReadonlyMap<InformationCategoryCode, number>;
  /** Per category: its share times the best similarity in that category. */
  readonly strength: ReadonlyMap<InformationCategoryCode, number>;
  /** Similarity of the nearest neighbour that votes (0 when none does). */
  readonly similarity: number;
  /** The closest examples, most similar first (at most `NEIGHBOURS`). */
  readonly neighbours: readonly ExampleMatch[];
}

/** How many neighbours vote. */
export const NEIGHBOURS = 5;
/** Neighbours less similar than this do not vote. */
export const MIN_SIMILARITY = 0.25;
/** Weight of a word no example uses, as a share of the weight of the rarest word. */
export const UNSEEN_WEIGHT = 0.5;
/** Most examples an index holds; more are ignored (the first ones are kept). */
export const MAX_EXAMPLES = 100_000;

const STOP = new Set([...FUNCTION_WORDS, ...REFERENCE_WORDS]);

/** Terms of a title: words (digits folded to `0`), word pairs, and the first word marked. */
function terms(title: string, summary: string, out: Map<string, number>): void {
  const add = (text: string, weight: number): void => {
    if (text === '') return;
    const words = text
      .split(' ')
      .map((w) => w.replace(/\d+/g, '0'))
      .filter((w) => w.length >= 2 && !STOP.has(w));
    words.forEach((w, i) => {
      out.set(w, (out.get(w) ?? 0) + weight);
      if (i > 0) out.set(`${words[i - 1]}_${w}`, (out.get(`${words[i - 1]}_${w}`) ?? 0) + weight);
    });
    if (weight === 1 && words.length > 0) out.set(`^${words[0]}`, 1);
  };
  add(normalizeTitle(title, 400), 1);
  add(normalizeTitle(summary, 300), 0.5);
}

/** Resolves a category given as TOOI code, URI or article; undefined when it names none. */
export function resolveCategory(value: string): InformationCategoryCode | undefined {
  const v = value.trim();
  return (categoryByCode(v) ?? categoryByUri(v) ?? categoryByArticle(v.replace(/^art(?:ikel)?\.?\s*/i, '')))?.code;
}

function invalidExample(path: string, nl: string, en: string): WooKitInputError {
  return new WooKitInputError('classifier-invalid-example', { nl, en }, { path });
}

/** Checks one example's shape; throws `WooKitInputError` (`classifier-invalid-example`) with a JSON pointer. */
export function checkExample(
  value: unknown,
  path: string,
): { title: string; category: InformationCategoryCode; summary: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidExample(
      path,
      'Een voorbeeld moet een object zijn: { "title": "…", "category": "c_…" }.',
      'An example must be an object: { "title": "…", "category": "c_…" }.',
    );
  }
  const r = value as Record<string, unknown>;
  if (typeof r['title'] !== 'string')
    throw invalidExample(
      `${path}/title`,
      'Het voorbeeld heeft geen titel (tekst).',
      'The example has no title (text).',
    );
  if (typeof r['category'] !== 'string')
    throw invalidExample(
      `${path}/category`,
      'Het voorbeeld heeft geen categorie (tekst).',
      'The example has no category (text).',
    );
  const category = resolveCategory(r['category']);
  if (category === undefined) {
    throw invalidExample(
      `${path}/category`,
      `"${r['category'].slice(0, 80)}" is geen informatiecategorie (TOOI-code, URI of artikel).`,
      `"${r['category'].slice(0, 80)}" is not an information category (TOOI code, URI or article).`,
    );
  }
  for (const key of ['description', 'summary', 'documentType'] as const) {
    if (r[key] !== undefined && r[key] !== null && typeof r[key] !== 'string')
      throw invalidExample(`${path}/${key}`, `Het veld "${key}" moet tekst zijn.`, `The field "${key}" must be text.`);
  }
  const description = typeof r['description'] === 'string' ? r['description'] : r['summary'];
  return { title: r['title'], category, summary: typeof description === 'string' ? description : '' };
}

/** A searchable index of a body's own publications. */
export interface ExampleIndex {
  readonly size: number;
  /** The categories the examples use. */
  readonly categories: ReadonlySet<InformationCategoryCode>;
  vote(title: string, summary?: string): ExampleVote;
}

/**
 * Builds the index. Throws `WooKitInputError` (`classifier-invalid-example`, path `/examples/<i>/…`)
 * for an example of the wrong shape or with an unknown category; use `examplesFromJsonLines` or
 * `examplesFromPublications` to read a file leniently (bad records are skipped and reported).
 */
export function createExampleIndex(examples: readonly unknown[]): ExampleIndex {
  if (!Array.isArray(examples))
    throw invalidExample('/examples', 'De voorbeelden moeten een lijst zijn.', 'The examples must be an array.');
  const list = examples.slice(0, MAX_EXAMPLES).map((e, i) => checkExample(e, `/examples/${i}`));
  const n = list.length;
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const docs: Array<Map<number, number>> = [];
  for (const e of list) {
    const t = new Map<string, number>();
    terms(e.title, e.summary, t);
    const doc = new Map<number, number>();
    for (const [term, tf] of t) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = df.length;
        vocabulary.set(term, id);
        df.push(0);
      }
      df[id] = df[id]! + 1;
      doc.set(id, tf);
    }
    docs.push(doc);
  }
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / d));
  // Postings: per term the examples that have it, with the example's normalised tf-idf weight.
  const postingIds: number[][] = df.map(() => []);
  const postingWeights: number[][] = df.map(() => []);
  docs.forEach((doc, i) => {
    let norm = 0;
    for (const [id, tf] of doc) norm += (tf * idf[id]!) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (const [id, tf] of doc) {
      postingIds[id]!.push(i);
      postingWeights[id]!.push((tf * idf[id]!) / norm);
    }
  });
  const ids = postingIds.map((p) => Int32Array.from(p));
  const weights = postingWeights.map((p) => Float32Array.from(p));
  // Each example as sorted term ids with weights, for the exact similarity of the candidates.
  const vectors = docs.map((doc) => {
    const entries = [...doc.keys()].sort((a, b) => a - b);
    let norm = 0;
    for (const id of entries) norm += (doc.get(id)! * idf[id]!) ** 2;
    norm = Math.sqrt(norm) || 1;
    return {
      ids: Int32Array.from(entries),
      weights: Float32Array.from(entries, (id) => (doc.get(id)! * idf[id]!) / norm),
    };
  });
  // Terms in more than this many examples only count in the exact similarity, not in finding candidates:
  // this keeps a look-up fast when every example says "Besluit" or "Woo".
  const common = Math.max(32, Math.ceil(n * 0.005));
  const queryWeights = new Float64Array(df.length);
  const categories = list.map((e) => e.category);
  const titles = list.map((e) => e.title);
  const scores = new Float64Array(n);
  const touched: number[] = [];

  function vote(title: string, summary = ''): ExampleVote {
    const strength = new Map<InformationCategoryCode, number>();
    const share = new Map<InformationCategoryCode, number>();
    if (n === 0) return { share, strength, similarity: 0, neighbours: [] };
    const t = new Map<string, number>();
    terms(title, summary, t);
    const query = new Map<number, number>();
    let norm = 0;
    for (const [term, tf] of t) {
      const id = vocabulary.get(term);
      // A term the examples never use (a new street name, a new number) still makes the title less
      // alike, but only half as much as the rarest known term: real titles are full of new names.
      const w = tf * (id === undefined ? UNSEEN_WEIGHT * Math.log(1 + n) : idf[id]!);
      norm += w * w;
      if (id !== undefined) query.set(id, w);
    }
    norm = Math.sqrt(norm) || 1;
    // 1. Candidates: examples sharing a rare term (or, failing that, the first ones with the rarest term).
    let rarest = -1;
    for (const id of query.keys()) if (rarest < 0 || ids[id]!.length < ids[rarest]!.length) rarest = id;
    for (const [id, w] of query) {
      const p = ids[id]!;
      if (p.length > common && id !== rarest) continue;
      const pw = weights[id]!;
      const q = w / norm;
      const end = Math.min(p.length, common);
      for (let j = 0; j < end; j++) {
        const e = p[j]!;
        if (scores[e] === 0) touched.push(e);
        scores[e] = scores[e]! + q * pw[j]!;
      }
    }
    // 2. Exact similarity of the candidates.
    for (const [id, w] of query) queryWeights[id] = w / norm;
    for (const e of touched) {
      const v = vectors[e]!;
      let dot = 0;
      for (let j = 0; j < v.ids.length; j++) dot += queryWeights[v.ids[j]!]! * v.weights[j]!;
      scores[e] = dot;
    }
    for (const id of query.keys()) queryWeights[id] = 0;
    // Top NEIGHBOURS by similarity (ties: earlier example first).
    const top: number[] = [];
    for (const e of touched) {
      let at = top.length;
      while (at > 0 && (scores[e]! > scores[top[at - 1]!]! || (scores[e] === scores[top[at - 1]!] && e < top[at - 1]!)))
        at--;
      if (at < NEIGHBOURS) {
        top.splice(at, 0, e);
        if (top.length > NEIGHBOURS) top.pop();
      }
    }
    const neighbours = top.map((e) => ({
      title: titles[e]!,
      category: categories[e]!,
      similarity: Math.min(1, scores[e]!),
    }));
    for (const e of touched) scores[e] = 0;
    touched.length = 0;
    let total = 0;
    const votes = new Map<InformationCategoryCode, number>();
    const best = new Map<InformationCategoryCode, number>();
    for (const m of neighbours) {
      if (m.similarity < MIN_SIMILARITY) continue;
      const v = m.similarity * m.similarity;
      votes.set(m.category, (votes.get(m.category) ?? 0) + v);
      best.set(m.category, Math.max(best.get(m.category) ?? 0, m.similarity));
      total += v;
    }
    let similarity = 0;
    for (const [c, v] of votes) {
      share.set(c, v / total);
      strength.set(c, (v / total) * best.get(c)!);
      similarity = Math.max(similarity, best.get(c)!);
    }
    return { share, strength, similarity, neighbours };
  }

  return { size: n, categories: new Set(categories), vote };
}

/** A record of a learn file that was skipped, with its line (1-based) and the reason. */
export interface ExampleReadError {
  readonly line: number;
  readonly error: WooKitInputError;
}

/**
 * Reads examples from JSON lines: `{ "title", "category", "summary"?, "documentType"? }` per line
 * (`category` as TOOI code, URI or article). Bad lines are skipped and reported, never thrown.
 */
export function examplesFromJsonLines(text: string): { examples: ClassificationExample[]; errors: ExampleReadError[] } {
  const examples: ClassificationExample[] = [];
  const errors: ExampleReadError[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({
        line: i + 1,
        error: new WooKitInputError(
          'classifier-invalid-example',
          { nl: 'Deze regel is geen geldige JSON.', en: 'This line is not valid JSON.' },
          { path: '' },
        ),
      });
      return;
    }
    try {
      const e = checkExample(value, '');
      const r = value as Record<string, unknown>;
      examples.push({
        title: e.title,
        category: e.category,
        ...(e.summary !== '' ? { summary: e.summary } : {}),
        ...(typeof r['documentType'] === 'string' ? { documentType: r['documentType'] } : {}),
      });
    } catch (error) {
      errors.push({ line: i + 1, error: error as WooKitInputError });
    }
  });
  return { examples, errors };
}

/**
 * Turns publications (for example those `fromDiwooSitemap` of `@woo-kit/core` read from a body's DiWoo
 * sitemap) into examples: the official title, the description, the document type and the first
 * information category. Publications without a category are left out. The sitemap reader itself stays
 * in core, so this package (and its browser bundle) does not carry the XML reader and the validators.
 */
export function examplesFromPublications(publications: readonly Publication[]): ClassificationExample[] {
  const examples: ClassificationExample[] = [];
  for (const p of publications) {
    const category = p.informationCategories[0];
    if (category === undefined) continue;
    examples.push({
      title: p.officialTitle,
      category,
      ...(p.description !== undefined ? { summary: p.description } : {}),
      ...(p.documentType !== undefined ? { documentType: p.documentType } : {}),
    });
  }
  return examples;
}
