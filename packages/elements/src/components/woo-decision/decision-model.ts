/**
 * The search model of `<woo-decision>`'s documents table: built once per inventory, in flat arrays,
 * so that a search, a filter or a new order over 10,000 documents takes a few milliseconds. Pure
 * logic, tested in Node. E-mails are kept together with their attachments (the same "Family").
 */
import type { InventoryAssessment, InventoryGroundArticle, InventoryItem } from '@woo-kit/core';

export type DecisionSort = 'date-desc' | 'date-asc' | 'name' | 'id';

export interface DecisionQuery {
  /** Words to look for in the name, id, explanation and case numbers; all must occur. */
  readonly text: string;
  readonly assessment: InventoryAssessment | '';
  readonly ground: InventoryGroundArticle | '';
  readonly sort: DecisionSort;
}

export const EMPTY_DECISION_QUERY: DecisionQuery = { text: '', assessment: '', ground: '', sort: 'date-desc' };

/** Lower case without accents, so "Financiële" matches "financiele". */
export const fold = (text: string): string =>
  // Most text is plain ASCII: skip the (slow) Unicode normalisation for it.
  // eslint-disable-next-line no-control-regex -- the range is all of ASCII, control characters included
  /[^\u0000-\u007f]/.test(text)
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : text.toLowerCase();

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class DecisionModel {
  readonly items: readonly InventoryItem[];
  /** Per document: the index of the e-mail it is attached to, or its own index. */
  readonly head: Int32Array;
  /** Folded search text per document, built at the first search (not needed for the first render). */
  #searchText: readonly string[] | undefined;
  readonly #orders = new Map<DecisionSort, Uint32Array>();
  #last: { text: string; hits: Uint32Array } | undefined;

  constructor(items: readonly InventoryItem[]) {
    this.items = items;
    // The head of a family is its e-mail (or the document whose id is the family id).
    const heads = new Map<string, number>();
    items.forEach((item, index) => {
      if (item.familyId === undefined) return;
      const current = heads.get(item.familyId);
      const isHead = item.fileType === 'email' || item.id === item.familyId;
      if (
        current === undefined ||
        (isHead && !(items[current]!.fileType === 'email' || items[current]!.id === item.familyId))
      )
        heads.set(item.familyId, index);
    });
    this.head = new Int32Array(items.length);
    items.forEach((item, index) => {
      this.head[index] = item.familyId === undefined ? index : (heads.get(item.familyId) ?? index);
    });
  }

  #partial: string[] = [];

  get #search(): readonly string[] {
    if (this.#searchText === undefined) {
      while (!this.#searchStep(Infinity));
    }
    return this.#searchText!;
  }

  /** Folds the search text of up to `count` more documents; true when all are done. */
  #searchStep(count: number): boolean {
    if (this.#searchText !== undefined) return true;
    const partial = this.#partial;
    const end = Math.min(this.items.length, partial.length + count);
    for (let n = partial.length; n < end; n += 1) {
      const i = this.items[n]!;
      partial.push(
        fold(
          `${i.name}\u0001${i.id}\u0001${i.explanation ?? ''}\u0001${(i.caseNumbers ?? []).join(' ')}\u0001${i.matter}`,
        ),
      );
    }
    if (partial.length < this.items.length) return false;
    this.#searchText = partial;
    this.#partial = [];
    return true;
  }

  /**
   * Prepares, a slice at a time, what a first keystroke or a new order would otherwise wait for: the
   * search text, then the other orders. Call after the first render until it returns true.
   */
  warmStep(): boolean {
    if (!this.#searchStep(2000)) return false;
    const next = (['date-asc', 'name', 'id'] as const).find((sort) => !this.#orders.has(sort));
    if (next === undefined) return true;
    this.order(next);
    return false;
  }

  /** True when the document is an attachment shown under its e-mail. */
  isAttachment(index: number): boolean {
    return this.head[index] !== index;
  }

  /** Every document in the given order, attachments right after their e-mail. */
  order(sort: DecisionSort): Uint32Array {
    let order = this.#orders.get(sort);
    if (order !== undefined) return order;
    const items = this.items;
    const head = this.head;
    // One sort key per document, compared as plain strings: far faster than localeCompare per comparison.
    const keys: readonly string[] =
      sort === 'name'
        ? items.map((i) => fold(i.name))
        : sort === 'id'
          ? items.map((i) => (/^\d{1,20}$/.test(i.id) ? i.id.padStart(20, '0') : i.id.toLowerCase()))
          : items.map((i) => i.date);
    const descending = sort === 'date-desc';
    const byHead = (a: number, b: number): number => {
      const c = compareText(keys[head[a]!]!, keys[head[b]!]!);
      return descending ? -c : c;
    };
    order = Uint32Array.from(items.keys()).sort((a, b) => {
      const c = byHead(a, b) || head[a]! - head[b]!;
      if (c !== 0) return c;
      // Within a family: the e-mail first, then its attachments in file order.
      return (a === head[a] ? -1 : 0) - (b === head[b] ? -1 : 0) || a - b;
    });
    this.#orders.set(sort, order);
    return order;
  }

  /** Indices of the documents that match the text; reuses the previous result while the text grows. */
  #textHits(text: string): Uint32Array | undefined {
    const words = fold(text)
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0) return undefined;
    const key = words.join(' ');
    const last = this.#last;
    // Typing on only narrows the result (every earlier word is part of a word now): search within the previous hits.
    const from = last !== undefined && key.startsWith(last.text) ? last.hits : undefined;
    const out: number[] = [];
    const search = this.#search;
    const test = (i: number): boolean => words.every((w) => search[i]!.includes(w));
    if (from !== undefined) {
      for (const i of from) if (test(i)) out.push(i);
    } else {
      for (let i = 0; i < search.length; i += 1) if (test(i)) out.push(i);
    }
    const hits = Uint32Array.from(out);
    this.#last = { text: key, hits };
    return hits;
  }

  /** The documents matching the query, in its order. */
  filter(query: DecisionQuery): number[] {
    const order = this.order(query.sort);
    const textHits = this.#textHits(query.text);
    const match = textHits === undefined ? undefined : new Uint8Array(this.items.length);
    if (textHits !== undefined && match !== undefined) for (const i of textHits) match[i] = 1;
    const out: number[] = [];
    for (const i of order) {
      const item = this.items[i]!;
      if (match !== undefined && match[i] !== 1) continue;
      if (query.assessment !== '' && item.assessment !== query.assessment) continue;
      if (query.ground !== '' && !item.grounds.includes(query.ground)) continue;
      out.push(i);
    }
    return out;
  }
}
