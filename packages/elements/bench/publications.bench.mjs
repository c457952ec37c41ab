#!/usr/bin/env node
// `pnpm bench` (packages/elements): <woo-publications> with 10,000 publications in Chromium.
//
// Bundles a test page with esbuild into a temporary directory, serves it from 127.0.0.1 and measures
// in the page itself (performance.now), so the figures hold no browser-to-Node round trips:
// - first render: from handing the element its data (every record validated) until its first page is
//   rendered and laid out;
// - each keystroke of the search ("f", "fi", … "fietsbrug", then a second word) and each filter
//   change (category, document type, organisation, dates, sort), until the new page is laid out.
// The baseline in the same run is the naive way: filter with `includes` over every record and
// render every matching row. Targets: first render < 200 ms, each keystroke < 16 ms.
import { withBenchPage } from './harness.mjs';

const COUNT = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const entry = `
import { html, render } from 'lit';
import { validatePublication } from '@woo-kit/core';
import { configureWooKitLocalization } from './src/localization.ts';
import './src/components/woo-publications/define.ts';
import { generatePublications } from './bench/generate.mjs';

configureWooKitLocalization({ followDocumentLanguage: false });
const layout = () => document.body.getBoundingClientRect().height;
const idle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
// 'f', 'fi', … 'fietsbrug vec': typed one letter at a time.
const typing = Array.from('fietsbrug vec', (_, i) => 'fietsbrug vec'.slice(0, i + 1));

async function ours(seed) {
  const data = generatePublications(${COUNT}, seed);
  const el = document.createElement('woo-publications');
  el.setAttribute('url-state', 'off');
  const start = performance.now();
  el.publications = data;
  document.body.append(el);
  await el.updateComplete;
  layout();
  const first = performance.now() - start;
  if (el.shadowRoot.querySelectorAll('.result').length !== 20) throw new Error('the first page did not render');
  await idle(1000); // the search index is built in small steps right after the first render
  const root = el.shadowRoot;
  const step = async (change) => {
    const t = performance.now();
    change();
    await el.updateComplete;
    const u = performance.now();
    layout();
    const end = performance.now();
    (window.split ??= []).push([Math.round(u - t), Math.round(end - u)]);
    return end - t;
  };
  const input = root.getElementById('query');
  const keys = [];
  const type = (text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  for (const text of typing) keys.push(await step(() => type(text)));
  const select = (id, index) => () => {
    const s = root.getElementById(id);
    s.selectedIndex = index;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const date = (id, value) => () => {
    const i = root.getElementById(id);
    i.value = value;
    i.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const filters = [];
  filters.push(await step(() => { input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true })); }));
  filters.push(await step(select('category', 3)));
  filters.push(await step(select('type', 2)));
  filters.push(await step(select('organisation', 1)));
  filters.push(await step(date('from-year', '2020')));
  filters.push(await step(date('from-month', '3')));
  filters.push(await step(date('from', '1')));
  filters.push(await step(select('sort', 1)));
  filters.push(await step(select('category', 0)));
  filters.push(await step(() => type('advies')));
  if (!el.checked) throw new Error('the records were not all checked');
  const total = el.total;
  el.remove();
  return { first, keys, filters, total };
}

// The naive way: no index, no pages. Filter with includes over every record, render every row.
const row = (p) => html\`<li><h3><a href=\${p.url}>\${p.officialTitle}</a></h3><p>\${p.description}</p>
  <dl><dt>Datum</dt><dd>\${p.creationDate}</dd><dt>Organisatie</dt><dd>\${p.publisher.name}</dd></dl></li>\`;
async function naive(seed) {
  const data = generatePublications(${COUNT}, seed);
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  const valid = data.filter((p) => validatePublication(p).ok);
  render(html\`<ol>\${valid.map(row)}</ol>\`, container);
  layout();
  const first = performance.now() - start;
  let category = '';
  let query = '';
  const step = (change) => {
    const t = performance.now();
    change();
    const q = query.toLowerCase();
    const matches = (p) => (p.officialTitle + ' ' + (p.description ?? '')).toLowerCase().includes(q);
    const rows = valid.filter((p) => (!category || p.informationCategories.includes(category)) && matches(p));
    render(html\`<ol>\${rows.map(row)}</ol>\`, container);
    layout();
    return performance.now() - t;
  };
  const keys = typing.map((text) => step(() => (query = text)));
  const filters = [step(() => (query = '')), step(() => (category = 'c_3baef532')), step(() => (category = ''))];
  container.remove();
  return { first, keys, filters };
}

// One implementation at a time, with a garbage collection between runs, so neither measures the
// other's garbage.
const settle = async () => {
  globalThis.gc?.();
  await idle(100);
};
window.bench = async (runs, only) => {
  const result = { ours: [], naive: [] };
  for (let run = 0; run < runs; run++) {
    await settle();
    result.ours.push(await ours(run + 1));
  }
  for (let run = 0; run < runs && only !== 'ours'; run++) {
    await settle();
    result.naive.push(await naive(run + 1));
  }
  return result;
};
window.coldWithIntlInUse = async () => {
  new Intl.NumberFormat('nl').format(1234);
  new Intl.PluralRules('nl').select(2);
  new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0);
  await settle();
  return (await ours(99)).first;
};
window.ready = true;
`;

await withBenchPage(entry, async (page, { browser, url }) => {
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await page.evaluate(([runs, only]) => window.bench(runs, only), [RUNS, process.env.BENCH_ONLY]);
  if (process.env.BENCH_DEBUG) {
    console.log(JSON.stringify(result.ours.map((r) => [r.first, r.keys.map(Math.round), r.filters.map(Math.round)])));
    console.log('update/layout', JSON.stringify(await page.evaluate(() => window.split)));
  }
  if (cdp) {
    // BENCH_PROFILE=1: where the time goes, by function (self time); BENCH_MINIFY=0 keeps the names.
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = nodes.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${(micros / 1000).toFixed(1).padStart(8)} ms  ${key}`);
  }
  if (process.env.BENCH_ONLY) process.exit(0);

  // A second fresh page that formatted a number, a plural and a date before (as most pages do), so its
  // first render leaves out the browser's one-time set-up of Intl (ICU data), which any page pays once.
  const fresh = await browser.newPage();
  await fresh.goto(url);
  await fresh.waitForFunction(() => window.ready === true);
  const intlWarm = await fresh.evaluate(() => window.coldWithIntlInUse());

  const ms = (n) => `${n.toFixed(1)} ms`;
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const max = (list) => Math.max(...list);
  const warm = (runs) => (runs.length > 1 ? runs.slice(1) : runs);
  const figures = (runs) => ({
    cold: runs[0].first,
    first: median(runs.map((r) => r.first)),
    firstMax: max(warm(runs).map((r) => r.first)),
    key: median(runs.flatMap((r) => r.keys)),
    keyMax: max(warm(runs).flatMap((r) => r.keys)),
    filter: median(runs.flatMap((r) => r.filters)),
    filterMax: max(warm(runs).flatMap((r) => r.filters)),
  });
  const o = figures(result.ours);
  const n = figures(result.naive);
  const check = (value, target) => `${value < target ? '✓' : '✗'} < ${target} ms`;
  const row = (label, ours, naive, target) =>
    `${label.padEnd(46)} ${ms(ours).padStart(10)} ` +
    `${naive === undefined ? ''.padStart(12) : ms(naive).padStart(12)} ` +
    `${naive === undefined ? ''.padStart(8) : `${(naive / ours).toFixed(1)}×`.padStart(8)}  ` +
    `${check(ours, target)}`;
  console.log(
    `<woo-publications> with ${COUNT.toLocaleString('en')} publications in Chromium, ${RUNS} runs per implementation`,
  );
  console.log('Times run from the change until the new page of results is rendered and laid out; medians unless');
  console.log('"slowest" (the slowest of runs 2 and up). Baseline: filter with includes, render every row.');
  console.log(`${''.padEnd(46)} ${'woo-kit'.padStart(10)} ${'naive'.padStart(12)} ${'ratio'.padStart(8)}  target`);
  console.log(row('first render, fresh page (run 1)', o.cold, n.cold, 200));
  console.log(row('first render, fresh page with Intl in use', intlWarm, undefined, 200));
  console.log(row('first render', o.first, n.first, 200));
  console.log(row('first render, slowest', o.firstMax, undefined, 200));
  console.log(row('search keystroke', o.key, n.key, 16));
  console.log(row('search keystroke, slowest', o.keyMax, undefined, 16));
  console.log(row('filter or sort change', o.filter, n.filter, 16));
  console.log(row('filter or sort change, slowest', o.filterMax, undefined, 16));
  console.log(`(naive slowest: keystroke ${ms(n.keyMax)}, filter change ${ms(n.filterMax)})`);
});
