#!/usr/bin/env node
// `pnpm bench` (packages/elements): <woo-decision> with an inventory of 10,000 documents in Chromium.
//
// Measured in the page itself (performance.now), from the change until the new page of the table is
// rendered and laid out:
// - first render: from handing the element its decision (every row validated) to the first page;
// - each keystroke of a search ("f", "fi", … "fietsbrug", then a second word) and each filter change
//   (assessment, ground, sort).
// The baseline in the same run is the naive way: filter with `includes` over every row and render
// every matching row in one table. Targets: first render < 200 ms, each keystroke < 16 ms.
import { withBenchPage } from './harness.mjs';

const COUNT = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const entry = `
import { html, render } from 'lit';
import { validateInventoryItem } from '@woo-kit/core';
import { configureWooKitLocalization } from './src/localization.ts';
import './src/components/woo-decision/define.ts';
import { generateDecision } from './bench/generate-decision.mjs';

configureWooKitLocalization({ followDocumentLanguage: false });
const layout = () => document.body.getBoundingClientRect().height;
const idle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// 'f', 'fi', … 'fietsbrug ove': typed one letter at a time.
const typing = Array.from('fietsbrug ove', (_, i) => 'fietsbrug ove'.slice(0, i + 1));

async function ours(seed) {
  const data = generateDecision(${COUNT}, seed);
  const el = document.createElement('woo-decision');
  const start = performance.now();
  el.decision = data;
  document.body.append(el);
  await el.updateComplete;
  layout();
  const first = performance.now() - start;
  if (el.shadowRoot.querySelectorAll('tbody tr').length !== 25) throw new Error('the first page did not render');
  await idle(1000); // the search text and the other orders are prepared in small steps right after the first render
  const root = el.shadowRoot;
  const step = async (change) => {
    const t = performance.now();
    change();
    await el.updateComplete;
    layout();
    return performance.now() - t;
  };
  const input = root.getElementById('search');
  const keys = [];
  for (const text of typing) {
    keys.push(await step(() => { input.value = text; input.dispatchEvent(new Event('input')); }));
  }
  const select = (id, index) => () => {
    const s = root.getElementById(id);
    s.selectedIndex = index;
    s.dispatchEvent(new Event('change'));
  };
  const filters = [];
  filters.push(await step(() => { input.value = ''; input.dispatchEvent(new Event('input')); }));
  filters.push(await step(select('assessment', 2)));
  filters.push(await step(select('ground', 1)));
  filters.push(await step(select('sort', 2)));
  filters.push(await step(select('assessment', 0)));
  filters.push(await step(select('sort', 3)));
  filters.push(await step(select('ground', 0)));
  el.remove();
  return { first, keys, filters };
}

// The naive way: filter with includes over every row, render every matching row.
const name = (d) => (d.publicLink ? html\`<a href=\${d.publicLink}>\${d.name}</a>\` : d.name);
const row = (d) =>
  html\`<tr><td>\${name(d)}</td><td>\${d.date}</td><td>\${d.assessment}</td><td>\${d.grounds.join(', ')}</td></tr>\`;
async function naive(seed) {
  const data = generateDecision(${COUNT}, seed);
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  const valid = data.inventory.filter((d) => validateInventoryItem(d).ok);
  render(html\`<table><tbody>\${valid.map(row)}</tbody></table>\`, container);
  layout();
  const first = performance.now() - start;
  let assessment = '';
  let query = '';
  const step = (change) => {
    const t = performance.now();
    change();
    const q = query.toLowerCase();
    const rows = valid.filter((d) => (!assessment || d.assessment === assessment) && d.name.toLowerCase().includes(q));
    render(html\`<table><tbody>\${rows.map(row)}</tbody></table>\`, container);
    layout();
    return performance.now() - t;
  };
  const keys = typing.map((text) => step(() => (query = text)));
  const filters = [step(() => (query = '')), step(() => (assessment = 'notPublic')), step(() => (assessment = ''))];
  container.remove();
  return { first, keys, filters };
}

const settle = async () => {
  globalThis.gc?.();
  await idle(100);
};
window.bench = async (runs) => {
  const result = { ours: [], naive: [] };
  for (let run = 0; run < runs; run++) {
    await settle();
    result.ours.push(await ours(run + 1));
  }
  for (let run = 0; run < runs; run++) {
    await settle();
    result.naive.push(await naive(run + 1));
  }
  return result;
};
window.ready = true;
`;

await withBenchPage(entry, async (page) => {
  const result = await page.evaluate((runs) => window.bench(runs), RUNS);
  if (process.env.BENCH_DEBUG)
    console.log(
      JSON.stringify(result.ours.map((r) => [Math.round(r.first), r.keys.map(Math.round), r.filters.map(Math.round)])),
    );
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
    `${label.padEnd(40)} ${ms(ours).padStart(10)} ` +
    `${naive === undefined ? ''.padStart(12) : ms(naive).padStart(12)} ` +
    `${naive === undefined ? ''.padStart(8) : `${(naive / ours).toFixed(1)}×`.padStart(8)}  ` +
    `${check(ours, target)}`;
  console.log(
    `<woo-decision> with an inventory of ${COUNT.toLocaleString('en')} documents in Chromium, ${RUNS} runs ` +
      `per implementation`,
  );
  console.log('Times run from the change until the new page of the table is rendered and laid out; medians unless');
  console.log('"slowest" (the slowest of runs 2 and up). Baseline: filter with includes, render every row.');
  console.log(`${''.padEnd(40)} ${'woo-kit'.padStart(10)} ${'naive'.padStart(12)} ${'ratio'.padStart(8)}  target`);
  console.log(row('first render, fresh page (run 1)', o.cold, n.cold, 200));
  console.log(row('first render', o.first, n.first, 200));
  console.log(row('first render, slowest', o.firstMax, undefined, 200));
  console.log(row('search keystroke', o.key, n.key, 16));
  console.log(row('search keystroke, slowest', o.keyMax, undefined, 16));
  console.log(row('filter or sort change', o.filter, n.filter, 16));
  console.log(row('filter or sort change, slowest', o.filterMax, undefined, 16));
});
