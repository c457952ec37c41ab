/** Text folded for matching: lower case and without accents (é → e, ĳ → ij), so "cafe" finds "Café". */
export function fold(text: string): string {
  // Plain ASCII (most words) needs no Unicode normalisation, which is slow.
  return /[^\0-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

/** The words of a text, folded. "Woo-verzoek" gives "woo" and "verzoek". */
export function words(text: string): string[] {
  const folded = fold(text);
  return (/[^\0-\x7f]/.test(folded) ? folded.match(/[\p{L}\p{N}]+/gu) : folded.match(/[a-z0-9]+/g)) ?? [];
}

// Small words left out of a query with other words in it ("de fietsbrug" searches "fietsbrug").
const STOP_WORDS = new Set(
  'de het een en of van in op te voor met over aan bij om the a an and of to for on'.split(' '),
);

/**
 * A small inverted index over the title and description of each document: every word points to
 * the documents that have it. A query matches documents that have every query word at the start
 * of one of their words (prefix matching: "fiets" finds "fietsbrug"). Scores: 3 for a word in the
 * title, 1 in the description, 1 more for the whole word.
 */
export class SearchIndex {
  readonly #docs: ReadonlyArray<readonly [title: string, text: string]>;
  #map: Map<string, number[]> | undefined = new Map();
  #next = 0;
  /** Every word, sorted, so the words with a prefix form one range. */
  #terms: string[] = [];
  /** Per word: document number × 2, plus 1 when the word is in the title. */
  #postings: Uint32Array[] = [];
  readonly size: number;

  constructor(docs: ReadonlyArray<readonly [title: string, text: string]>) {
    this.#docs = docs;
    this.size = docs.length;
  }

  /**
   * Indexes documents until done or until `deadline` (a `performance.now()` time) has passed, so a
   * page can build the index in small steps without blocking input. Returns true when done.
   */
  build(deadline = Infinity): boolean {
    const map = this.#map;
    if (!map) return true;
    while (this.#next < this.size) {
      const doc = this.#next++;
      const [title, text] = this.#docs[doc]!;
      for (const [field, value] of [
        [1, title],
        [0, text],
      ] as const) {
        for (const word of words(value)) {
          let list = map.get(word);
          if (!list) map.set(word, (list = []));
          const last = list[list.length - 1];
          // Title words come first, so the first entry of a document carries the title flag.
          if (last === undefined || last >>> 1 !== doc) list.push(doc * 2 + field);
        }
      }
      if ((doc & 127) === 127 && performance.now() > deadline) return false;
    }
    this.#terms = [...map.keys()].sort();
    this.#postings = this.#terms.map((term) => Uint32Array.from(map.get(term)!));
    this.#map = undefined;
    return true;
  }

  /** First position whose word is not below `word`. */
  #lowerBound(word: string): number {
    let low = 0;
    let high = this.#terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#terms[mid]! < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * The score of every document for `query` (0: no match), or undefined when the query has no
   * words, so every document matches.
   */
  search(query: string): Float32Array | undefined {
    let wanted = [...new Set(words(query))].slice(0, 12);
    if (wanted.length === 0) return undefined;
    this.build();
    const content = wanted.filter((word) => !STOP_WORDS.has(word));
    if (content.length) wanted = content;
    const hits = new Uint8Array(this.size);
    const scores = new Float32Array(this.size);
    wanted.forEach((word, w) => {
      for (let t = this.#lowerBound(word); t < this.#terms.length && this.#terms[t]!.startsWith(word); t++) {
        const bonus = this.#terms[t]!.length === word.length ? 1 : 0;
        for (const posting of this.#postings[t]!) {
          const doc = posting >>> 1;
          // A document counts only when it matched every word before this one.
          if (hits[doc] === w) hits[doc] = w + 1;
          else if (hits[doc] !== w + 1) continue;
          scores[doc]! += (posting & 1 ? 3 : 1) + bonus;
        }
      }
    });
    for (let doc = 0; doc < this.size; doc++) if (hits[doc] !== wanted.length) scores[doc] = 0;
    return scores;
  }
}
