/**
 * A quick test that skips rules which cannot match. Most of the 67 rule patterns match almost no title, yet every
 * title ran every pattern, and V8 compiles a pattern the first time it runs (about 20 ms for all of them, before the
 * first answer). Each pattern needs one of a few pieces of fixed text to match at all ("jaarverslag", "verordening",
 * "besluit op"): `requiredLiterals` reads them from the pattern's source when `scripts/rule-literals.ts` writes the
 * table `generated/rule-literals.ts`. A rule then runs only when one of its required texts occurs in the text, found
 * in one pass over the text by the text's first three characters. That is a necessary condition, never a sufficient
 * one, so the rules give the same answers (tested on every text in the repository's data), only faster.
 */
import { fnv1a } from './features.js';

/** Largest set of fixed texts followed through a pattern before the analysis gives up on that part. */
const MAX_SET = 64;
/**
 * Required texts are cut to this length: a text that holds "besluit op grond van de woo" holds "besluit op", and the
 * longer text would make the table larger without skipping many more rules.
 */
const MAX_LITERAL = 12;
/** Required texts are found by their first three characters, hashed into 2^12 buckets. */
const BUCKET_BITS = 12;

/** What a part of a pattern can match: its exact texts when few, and texts of which every match holds one. */
interface Part {
  /** Every text the part can match, when that is a short list; `null` otherwise. */
  readonly exact: readonly string[] | null;
  /** Texts of which every match of the part contains at least one; `null` when none are known. */
  readonly required: readonly string[] | null;
}

const ANY: Part = { exact: null, required: null };
const EMPTY: Part = { exact: [''], required: null };

/** How useful a set of required texts is for the quick test: its shortest text, or 0 when one is under 3 letters. */
function strength(set: readonly string[] | null): number {
  if (set === null || set.length === 0) return 0;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest < 3 ? 0 : shortest;
}

function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  const sa = strength(a);
  const sb = strength(b);
  if (sb > sa || (sb === sa && sb > 0 && b!.length < a!.length)) return b;
  return sa > 0 ? a : null;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out);
}

/** A sequence: fixed texts join up; a part that is not fixed ends the run. The best required set wins. */
function sequence(parts: readonly Part[]): Part {
  let run: readonly string[] | null = [''];
  let required: readonly string[] | null = null;
  let exact = true;
  for (const part of parts) {
    const joined: string[] | null = run !== null && part.exact !== null ? cross(run, part.exact) : null;
    if (joined !== null) {
      run = joined;
      continue;
    }
    exact = false;
    if (run !== null) required = better(required, run);
    required = better(required, part.required ?? part.exact);
    run = part.exact;
  }
  if (run !== null) required = better(required, run);
  return { exact: exact ? run : null, required };
}

/** Alternatives: a match holds one of the required texts of whichever alternative matched. */
function alternatives(branches: readonly Part[]): Part {
  if (branches.length === 1) return branches[0]!;
  let exact: string[] | null = [];
  let required: string[] | null = [];
  for (const b of branches) {
    exact = exact === null || b.exact === null ? null : unique([...exact, ...b.exact]);
    if (exact !== null && exact.length > MAX_SET) exact = null;
    const need = b.required ?? b.exact;
    required = required === null || strength(need) === 0 ? null : unique([...required, ...need!]);
  }
  return { exact, required: better(null, required ?? exact) };
}

function repeat(part: Part, min: number, max: number): Part {
  if (min === 0) {
    if (max === 1 && part.exact !== null) return { exact: unique(['', ...part.exact]), required: null };
    return ANY;
  }
  if (min === 1 && max === 1) return part;
  return { exact: null, required: part.required ?? part.exact };
}

/** Parses a pattern's source far enough to know its fixed texts. Unknown syntax gives "no requirement". */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Part {
    const part = this.alternation();
    if (this.at < this.source.length) throw new Error(`Unexpected ")" at ${this.at} in /${this.source}/`);
    return part;
  }

  private alternation(): Part {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return alternatives(branches);
  }

  private sequence(): Part {
    const parts: Part[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return sequence(parts);
  }

  private quantified(atom: Part): Part {
    const s = this.source;
    const c = s[this.at];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (m === null) return atom; // a literal "{"
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (s[this.at] === '?') this.at++; // lazy
    return repeat(atom, min, max);
  }

  private atom(): Part {
    const s = this.source;
    const c = s[this.at++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANY;
      default:
        return { exact: [c], required: [c] };
    }
  }

  private group(): Part {
    const s = this.source;
    let lookaround = false;
    if (s[this.at] === '?') {
      const next = s[this.at + 1];
      if (next === ':') this.at += 2;
      else if (next === '=' || next === '!') {
        this.at += 2;
        lookaround = true;
      } else if (next === '<' && (s[this.at + 2] === '=' || s[this.at + 2] === '!')) {
        this.at += 3;
        lookaround = true;
      } else if (next === '<') {
        const end = s.indexOf('>', this.at);
        this.at = end + 1; // a named group
      } else throw new Error(`Unknown group at ${this.at} in /${s}/`);
    }
    const inner = this.alternation();
    if (s[this.at] !== ')') throw new Error(`Missing ")" in /${s}/`);
    this.at++;
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Part {
    const s = this.source;
    const negated = s[this.at] === '^';
    const chars: string[] = [];
    let plain = !negated;
    if (negated) this.at++;
    while (this.at < s.length && s[this.at] !== ']') {
      let c = s[this.at++]!;
      if (c === '\\') {
        const e = s[this.at++]!;
        if (/[dDwWsSbBpPuxc0-9]/.test(e)) plain = false;
        c = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
        if (e === 'p' || e === 'P') this.at = s.indexOf('}', this.at) + 1;
      } else if (c === '-' && chars.length > 0 && s[this.at] !== ']') plain = false;
      chars.push(c);
    }
    this.at++;
    return plain && chars.length > 0 && chars.length <= 10 ? { exact: unique(chars), required: unique(chars) } : ANY;
  }

  private escape(): Part {
    const s = this.source;
    const e = s[this.at++]!;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'p' || e === 'P') {
      this.at = s.indexOf('}', this.at) + 1;
      return ANY;
    }
    if (e === 'k') {
      this.at = s.indexOf('>', this.at) + 1;
      return ANY;
    }
    if (e === 'x' || e === 'u' || e === 'c' || /[dDwWsS0-9]/.test(e)) return ANY;
    const c = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'f' ? '\f' : e === 'v' ? '\v' : e;
    return { exact: [c], required: [c] };
  }
}

/**
 * Texts of which every match of `pattern` contains at least one (each of 3 to 12 characters, none containing
 * another), or `null` when the pattern gives none that help (it then always runs). Patterns with the `i` flag, or any
 * flag but `u`, `g`, `y` and `d`, give `null`. Used when the rule tables are generated (`scripts/rule-literals.ts`).
 *
 * @example requiredLiterals(/\b(?:\w*jaarverslag(?:en)?|jaarplan)(?!\w)/) // ['jaarplan', 'jaarverslag']
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  if (/[^gudy]/.test(pattern.flags)) return null;
  const part = new Reader(pattern.source).read();
  const set = better(null, part.required ?? part.exact);
  if (set === null) return null;
  // A text that holds "deelbesluit" holds "besluit": when both are required texts, the longer one adds nothing.
  const cut = unique(set.map((s) => s.slice(0, MAX_LITERAL)));
  const sorted = cut.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** A fingerprint (FNV-1a, 32 bits) of a pattern, so the tests notice a table entry that is no longer the pattern's. */
export function patternHash(pattern: RegExp): number {
  return fnv1a(`/${pattern.source}/${pattern.flags}`);
}

/**
 * A pattern's entry in the generated table: its required texts (`null`: it always runs), the length of its source and
 * its fingerprint. The classifier compares the length, which costs nothing at load (hashing all 67 sources took 3 ms
 * of the first answer); test/prefilter.test.ts compares the fingerprint.
 */
export interface LiteralEntry {
  readonly hash: number;
  readonly length: number;
  readonly literals: readonly string[] | null;
}

/** Which bucket a text starting at `i` with these three characters falls in (12 bits). */
function bucketOf(text: string, i: number): number {
  const k = text.charCodeAt(i) * 961 + text.charCodeAt(i + 1) * 31 + text.charCodeAt(i + 2);
  return Math.imul(k, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

/** A quick test for a list of patterns: which of them can match one of some texts. */
export interface Prefilter {
  /**
   * Per pattern: 1 when it may match one of `texts`, 0 when it surely cannot. The array is reused by the next call.
   */
  candidates(texts: readonly string[]): Uint8Array;
}

/**
 * Builds the quick test for `patterns` from their table entries (see the module comment). A pattern without an entry,
 * or whose entry was made for a source of another length (the table is stale), always runs.
 */
export function createPrefilter(
  patterns: readonly RegExp[],
  entries: ReadonlyArray<LiteralEntry | undefined>,
): Prefilter {
  const always = new Uint8Array(patterns.length);
  // The required texts by the bucket of their first three characters: a counting sort into flat arrays.
  const texts: string[] = [];
  const owners: number[] = [];
  const buckets: number[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const entry = entries[p];
    if (entry === undefined || entry.literals === null || entry.length !== patterns[p]!.source.length) always[p] = 1;
    else
      for (const text of entry.literals) {
        texts.push(text);
        owners.push(p);
        buckets.push(bucketOf(text, 0));
      }
  }
  const start = new Int32Array((1 << BUCKET_BITS) + 1);
  for (const b of buckets) start[b + 1]!++;
  for (let b = 0; b < 1 << BUCKET_BITS; b++) start[b + 1] = start[b + 1]! + start[b]!;
  const n = texts.length;
  const sorted: string[] = new Array<string>(n);
  const owner = new Int32Array(n);
  // Two characters compared before the whole text: most texts in a bucket differ from the field there.
  const length = new Int32Array(n);
  const last = new Int32Array(n);
  const middle = new Int32Array(n);
  const next = start.slice(0, -1);
  for (let i = 0; i < n; i++) {
    const j = next[buckets[i]!]!++;
    const t = texts[i]!;
    sorted[j] = t;
    owner[j] = owners[i]!;
    length[j] = t.length;
    last[j] = t.charCodeAt(t.length - 1);
    middle[j] = t.charCodeAt(t.length >> 1);
  }
  const result = new Uint8Array(patterns.length);
  return {
    candidates(fields) {
      result.set(always);
      for (const field of fields) {
        const size = field.length;
        for (let i = 0; i + 3 <= size; i++) {
          const b = bucketOf(field, i);
          for (let j = start[b]!; j < start[b + 1]!; j++) {
            const p = owner[j]!;
            const end = i + length[j]!;
            if (
              result[p] === 0 &&
              end <= size &&
              field.charCodeAt(end - 1) === last[j] &&
              field.charCodeAt(i + (length[j]! >> 1)) === middle[j] &&
              field.startsWith(sorted[j]!, i)
            )
              result[p] = 1;
          }
        }
      }
      return result;
    },
  };
}
