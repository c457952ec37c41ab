// <woo-publications>' browser-side search in Node: the search model (building, checking, filtering,
// ordering, paging), the URL query, and the controllers it runs on (background work in slices, the
// delayed announcement). The filters and date orders are checked against a plain oracle over
// generated feeds; the browser tests check what the element renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { examplePublication, informationCategories, validatePublication, type Publication } from '@woo-kit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as search from '../src/components/woo-publications/search-model.js';
import { EMPTY_QUERY, queryFromUrl, urlWithQuery } from '../src/components/woo-publications/url-query.js';
import type { PublicationsQuery } from '../src/events/woo-publications-change.js';
import { SlicedWorkController } from '../src/controllers/sliced-work.js';
import { AnnouncerController } from '../src/controllers/announcer.js';
import { pageNumbers } from '../src/internal/pagination.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/publications.json', import.meta.url), 'utf8')) as unknown[];
const feed = (records: readonly unknown[]) => search.buildModel({ records, skipped: 0 });
const query = (over: Partial<PublicationsQuery> = {}): PublicationsQuery => ({ ...EMPTY_QUERY, ...over });
const titles = (model: search.SearchModel, hits: readonly number[]) => hits.map((i) => model.titles[i]);
const publication = (over: Partial<Publication> & Record<string, unknown>): Publication =>
  ({ ...examplePublication, ...over }) as Publication;
const UTRECHT = { name: 'gemeente Utrecht', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' };
const ZWOLLE = { name: 'gemeente Zwolle', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0193/' };

test('url query: reads the Dutch parameters, leaves out what is malformed, keeps the page’s own parameters', () => {
  const address = '?zoek=fiets+brug&categorie=c_3baef532&van=2025-02-30&tot=2025-03-01&sorteer=titel&pagina=3';
  assert.deepEqual(queryFromUrl(address), {
    ...EMPTY_QUERY,
    query: 'fiets brug',
    category: 'c_3baef532',
    to: '2025-03-01',
    sort: 'title',
    page: 3,
  });
  assert.deepEqual(queryFromUrl('?sorteer=willekeurig&pagina=-2&organisatie=%20gm0344%20'), {
    ...EMPTY_QUERY,
    organisation: 'gm0344',
  });
  const href = urlWithQuery('https://www.example.nl/woo?taal=nl&zoek=oud#lijst', query({ query: 'brug', page: 2 }));
  assert.equal(href, 'https://www.example.nl/woo?taal=nl&zoek=brug&pagina=2#lijst');
  assert.equal(urlWithQuery('https://www.example.nl/woo?zoek=oud&pagina=4', EMPTY_QUERY), 'https://www.example.nl/woo');
});

test('url query: every search survives the trip through the address bar', () => {
  const word = fc.string({ maxLength: 12 });
  const code = fc.constantFrom('', 'c_3baef532', 'c_139c6280', 'gm0344');
  const date = fc.constantFrom('', '2024-02-29', '2025-12-31');
  fc.assert(
    fc.property(
      fc.record({ query: word, category: code, organisation: code, from: date, to: date, documentType: code }),
      fc.constantFrom('', 'newest', 'oldest', 'title', 'relevance'),
      fc.nat(40),
      (fields, sort, page) => {
        const sent = query({ ...fields, sort, page: page + 1 });
        const back = queryFromUrl(new URL(urlWithQuery('https://www.example.nl/woo?x=1', sent)).search);
        assert.deepEqual(back, sent);
      },
    ),
  );
});

test('model of the fixture: every record checked at once, filter choices only what the feed has', () => {
  const model = feed(fixture);
  assert.equal(model.unchecked, 0);
  assert.equal(model.invalid, 0);
  const present = new Set(fixture.flatMap((p) => (p as Publication).informationCategories));
  assert.deepEqual(model.options.categories.map((i) => informationCategories[i]!.code).sort(), [...present].sort());
  const hits = search.matches(model, EMPTY_QUERY);
  assert.equal(hits.length, 25);
  // Newest first by default: the decision of 15 April 2025.
  assert.equal(model.titles[hits[0]!], 'Besluit op Woo-verzoek over de fietsbrug');
});

test('search words: every word must match the start of a word; the title weighs more than the description', () => {
  const model = feed([
    publication({
      id: 'a',
      officialTitle: 'Jaarverslag',
      description: 'Over de fietsbrug en de Vecht',
      creationDate: '2025-01-01',
    }),
    publication({
      id: 'b',
      officialTitle: 'Besluit fietsbrug',
      description: 'Een besluit',
      creationDate: '2024-01-01',
    }),
    publication({ id: 'c', officialTitle: 'Fietsenstalling', description: 'Geen brug', creationDate: '2023-01-01' }),
  ]);
  assert.deepEqual(titles(model, search.matches(model, query({ query: 'fietsbrug' }))), [
    'Besluit fietsbrug',
    'Jaarverslag',
  ]);
  assert.deepEqual(titles(model, search.matches(model, query({ query: 'fiets' }))), [
    'Besluit fietsbrug',
    'Fietsenstalling',
    'Jaarverslag',
  ]);
  // A chosen order beats relevance.
  assert.deepEqual(titles(model, search.matches(model, query({ query: 'fiets', sort: 'newest' }))), [
    'Jaarverslag',
    'Besluit fietsbrug',
    'Fietsenstalling',
  ]);
  assert.deepEqual(search.matches(model, query({ query: 'fiets vecht' })).length, 1);
  assert.equal(search.sortOf(query(), false), 'newest');
  assert.equal(search.sortOf(query(), true), 'relevance');
  assert.equal(search.sortOf(query({ sort: 'relevance' }), false), 'newest');
});

test('title order: case and accents folded, numbers in number order', () => {
  const model = feed(
    ['besluit 10', 'Besluit 9', 'Één advies', 'Advies'].map((officialTitle, k) =>
      publication({ id: `t${k}`, officialTitle }),
    ),
  );
  assert.deepEqual(titles(model, search.matches(model, query({ sort: 'title' }))), [
    'Advies',
    'Besluit 9',
    'besluit 10',
    'Één advies',
  ]);
});

// A feed of valid and invalid records with a few categories, types, organisations and dates.
const record = fc.record({
  category: fc.constantFrom('c_3baef532', 'c_139c6280', 'c_aab6bfc7'),
  documentType: fc.option(fc.constantFrom('c_4f50ca9c', 'c_386e74cb'), { nil: undefined }),
  publisher: fc.constantFrom(UTRECHT, ZWOLLE),
  creationDate: fc.option(fc.constantFrom('2023-05-01', '2024-02-29', '2024-12-31', '2025-04-15'), { nil: undefined }),
  publishedOn: fc.option(fc.constantFrom('2024-03-01', '2025-01-02'), { nil: undefined }),
  valid: fc.boolean(),
});
type Generated = typeof record extends fc.Arbitrary<infer R> ? R : never;
const feedOf = (list: readonly Generated[]) =>
  list.map((r, k) => {
    const p: Record<string, unknown> = {
      ...examplePublication,
      id: `p${k}`,
      officialTitle: `Publicatie ${k}`,
      informationCategories: [r.category],
      publisher: r.publisher,
    };
    for (const key of ['documentType', 'creationDate', 'publishedOn'] as const) {
      if (r[key] === undefined) delete p[key];
      else p[key] = r[key];
    }
    if (!r.creationDate && !r.publishedOn) p['documentActions'] = [];
    if (!r.valid) p['officialTitle'] = 42;
    return p;
  });

/** The oracle: filter the valid records plainly, then order by date (undated last), ties by position. */
function oracle(records: readonly unknown[], q: PublicationsQuery): number[] {
  const dated = (p: Publication) => p.publishedOn || p.creationDate || p.documentActions[0]?.atTime.slice(0, 10) || '';
  const keep = records
    .map((r, i) => [r as Publication, i] as const)
    .filter(([p]) => validatePublication(p).ok)
    .filter(([p]) => !q.category || p.informationCategories.includes(q.category as never))
    .filter(([p]) => !q.organisation || p.publisher.uri.replace(/\/$/, '').endsWith(`/${q.organisation}`))
    .filter(([p]) => !q.documentType || p.documentType === q.documentType)
    .filter(([p]) => !q.from || (dated(p) !== '' && dated(p) >= q.from))
    .filter(([p]) => !q.to || (dated(p) !== '' && dated(p) <= q.to));
  const direction = q.sort === 'oldest' ? 1 : -1;
  return [...keep]
    .sort(([p, i], [o, j]) => {
      const [a, b] = [dated(p), dated(o)];
      if (a && b && a !== b) return a < b ? -direction : direction;
      if (!a !== !b) return a ? -1 : 1;
      return i - j;
    })
    .map(([, i]) => i);
}

test('filters and date orders: the same publications as a plain filter over the valid records', () => {
  fc.assert(
    fc.property(
      fc.array(record, { maxLength: 60 }),
      fc.record({
        category: fc.constantFrom('', 'c_3baef532', 'c_139c6280'),
        organisation: fc.constantFrom('', 'gm0344', 'gm0193'),
        documentType: fc.constantFrom('', 'c_4f50ca9c'),
        from: fc.constantFrom('', '2024-02-29', '2024-06-01'),
        to: fc.constantFrom('', '2024-12-31', '2025-01-01'),
        sort: fc.constantFrom('', 'newest', 'oldest'),
      }),
      (list, filters) => {
        const records = feedOf(list);
        const q = query(filters);
        assert.deepEqual(search.matches(feed(records), q), oracle(records, q));
      },
    ),
  );
});

test('a large feed is checked page by page, then in slices; invalid records leave the results and the choices', () => {
  const size = search.CHECK_AT_ONCE + 200;
  // Every third record is not valid; only the invalid ones are of type c_386e74cb.
  const records = Array.from({ length: size }, (_, k) =>
    k % 3 === 0
      ? { ...publication({ id: `x${k}`, documentType: 'c_386e74cb' }), officialTitle: null }
      : publication({ id: `p${k}`, officialTitle: `Publicatie ${k}` }),
  );
  const model = feed(records);
  assert.equal(model.unchecked, size);
  assert.equal(model.options.types.length, 2, 'before checking, the choices hold what every record has');
  const { hits, shown } = search.pageOfResults(model, search.matches(model, EMPTY_QUERY), 1, 20);
  assert.equal(shown.length, 20);
  assert.ok(
    shown.every((i) => model.checks[i] === 1),
    'every shown publication is checked and valid',
  );
  assert.ok(hits.length < size);
  assert.ok(model.unchecked > 0, 'the rest waits for the background');
  // A deadline in the past still checks one block, so the work always moves on.
  assert.equal(search.checkUntil(model, 0), false);
  assert.equal(search.checkUntil(model), true);
  assert.equal(model.unchecked, 0);
  assert.equal(model.invalid, Math.ceil(size / 3));
  assert.deepEqual(
    model.options.types.map(([code]) => code),
    ['c_4f50ca9c'],
  );
  assert.equal(search.matches(model, EMPTY_QUERY).length, size - Math.ceil(size / 3));
  assert.equal(search.indexUntil(model), true);
  assert.equal(search.matches(model, query({ query: 'publicatie' })).length, size - Math.ceil(size / 3));
});

test('pages: the page asked for within 1 and the last; page numbers around the current page', () => {
  assert.equal(search.pageOf(3, 45, 20), 3);
  assert.equal(search.pageOf(9, 45, 20), 3);
  assert.equal(search.pageOf(0, 45, 20), 1);
  assert.equal(search.pageOf(2, 0, 20), 1);
  assert.deepEqual(pageNumbers(1, 1), [1]);
  assert.deepEqual(pageNumbers(1, 9), [1, 2, 9]);
  assert.deepEqual(pageNumbers(5, 9), [1, 4, 5, 6, 9]);
  assert.deepEqual(pageNumbers(9, 9), [1, 8, 9]);
});

test('hostile and odd records: never shown; related titles only of valid ones', () => {
  const hostile = Object.defineProperty({}, 'officialTitle', {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  });
  const bad = publication({ id: 'bad', url: 'javascript:alert(1)', officialTitle: 'Slechte link' });
  const good = publication({ id: 'good', url: 'https://www.example.nl/woo/1.pdf', officialTitle: 'Goed' });
  const model = feed([hostile, null, bad, good]);
  // A javascript: address is not a valid publication (the schema asks for http or https).
  assert.equal(model.invalid, 3);
  assert.deepEqual(titles(model, search.matches(model, EMPTY_QUERY)), ['Goed']);
  assert.equal(search.linkOf(model, 3), 'https://www.example.nl/woo/1.pdf');
  assert.equal(search.titleOf(model, 'https://www.example.nl/woo/1.pdf'), 'Goed');
  assert.equal(search.titleOf(model, 'https://www.example.nl/elders.pdf'), undefined);
});

test('server answers: the choices are the facets plus what is chosen', () => {
  const page = {
    total: 3,
    page: 1,
    items: [],
    skipped: 0,
    categories: [{ code: 'c_3baef532', count: 3 }],
    documentTypes: [{ code: 'c_4f50ca9c', count: 3 }],
  };
  const options = search.serverFilterOptions(page, query({ category: 'c_139c6280', documentType: 'c_386e74cb' }));
  assert.deepEqual(options.categories.map((i) => informationCategories[i]!.code).sort(), ['c_139c6280', 'c_3baef532']);
  assert.deepEqual(options.types.map(([code]) => code).sort(), ['c_386e74cb', 'c_4f50ca9c']);
  assert.deepEqual(options.organisations, []);
});

/** A stand-in for a Lit element: it keeps its controllers and connects and disconnects them. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  connect(): void {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect(): void {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
async function idle(work: SlicedWorkController): Promise<void> {
  for (let i = 0; i < 100 && work.pending(); i++) await tick();
}

test('sliced work: pieces take turns one slice at a time, each slice within its deadline', async () => {
  const host = new Host();
  const work = new SlicedWorkController(host, 5);
  host.connect();
  const log: string[] = [];
  const piece = (name: string, slices: number) => {
    let left = slices;
    return (deadline: number) => {
      assert.ok(deadline > performance.now() - 1 && deadline <= performance.now() + 5);
      log.push(name);
      return --left === 0;
    };
  };
  work.run('a', piece('a', 3));
  work.run('b', piece('b', 2));
  work.run('a', piece('a again', 1)); // already queued: ignored
  assert.equal(log.length, 0, 'nothing runs in the same task');
  await idle(work);
  assert.deepEqual(log, ['a', 'b', 'a', 'b', 'a']);
  assert.equal(work.pending(), false);
});

test('sliced work: paused while the host is out of the page, dropped by cancel, also from within a slice', async () => {
  const host = new Host();
  const work = new SlicedWorkController(host);
  let slices = 0;
  work.run('x', () => ++slices === 2);
  await tick();
  assert.equal(slices, 0, 'not connected yet');
  host.connect();
  await tick();
  host.disconnect();
  const before = slices;
  await tick();
  await tick();
  assert.equal(slices, before, 'paused');
  host.connect();
  await idle(work);
  assert.equal(slices, 2);
  let runs = 0;
  work.run('y', () => {
    runs++;
    work.cancel();
    return false;
  });
  await tick();
  await tick();
  assert.equal(runs, 1);
  assert.equal(work.pending('y'), false);
});

test('announcer: says the last value once changes pause, or at once', async () => {
  const host = new Host();
  const announcer = new AnnouncerController<number>(host, 20);
  host.connect();
  announcer.later(() => 1);
  announcer.later(() => 2);
  assert.equal(announcer.value, undefined);
  await tick(40);
  assert.equal(announcer.value, 2);
  assert.equal(host.updates, 1);
  announcer.later(() => 3);
  announcer.now(4);
  await tick(40);
  assert.equal(announcer.value, 4, 'a value said at once cancels the waiting one');
  announcer.later(() => 5);
  host.disconnect();
  await tick(40);
  assert.equal(announcer.value, 4, 'nothing is said after the element left the page');
});
