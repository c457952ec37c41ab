#!/usr/bin/env node
// `pnpm bench` (packages/elements): what the browser's Intl costs on a fresh page, where woo-kit's
// elements format their first numbers, plural forms and dates (src/internal/intl.ts). One sample per
// fresh page (a new browser context, so a new renderer process: nothing of Intl is warmed up), in
// Dutch and in Polish. The baseline in the same run is the same work on a page where it ran before.
// A hand-written formatter without Intl (as woo-kit had for numbers and plurals) can win at most the
// "cold" minus the "warm" column; set BENCH_COMPARE to a module with the same exports to measure one.
// Noticeable: 100 ms is what people feel as a delay after an action (RAIL); one frame is 16 ms.
import { withBenchPage } from './harness.mjs';

const PAGES = Number(process.env.BENCH_COLD_PAGES ?? 9);
const compare = process.env.BENCH_COMPARE;

const entry = `
import * as intl from './src/internal/intl.ts';
${compare ? `import * as other from ${JSON.stringify(compare)};` : 'const other = undefined;'}

// What a component's first render formats: a date (every component shows one), 200 counts with
// their plural forms, and 50 percentages (a list, the categories, a dashboard).
function firstRender(impl, locale) {
  const t0 = performance.now();
  let text = impl.formatDate('2025-03-28', locale);
  const t1 = performance.now();
  for (let n = 0; n < 200; n++) text += impl.formatNumber(n * 37, locale) + impl.pluralCategory(n, locale);
  for (let n = 0; n < 50; n++) text += impl.formatNumber(n / 50, locale, 0, true);
  const t2 = performance.now();
  if (text.length < 100) throw new Error('nothing formatted');
  return { date: t1 - t0, counts: t2 - t1 };
}
window.measure = (which, locale) => firstRender(which === 'other' ? other : intl, locale);
window.ready = true;
`;

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`.padStart(9);

await withBenchPage(entry, async (page, { browser, url }) => {
  const rows = [];
  for (const locale of ['nl', 'pl']) {
    for (const which of compare ? ['intl', 'other'] : ['intl']) {
      const cold = { date: [], counts: [] };
      const warm = { date: [], counts: [] };
      for (let i = 0; i < PAGES; i++) {
        const fresh = await browser.newPage();
        await fresh.goto(url);
        await fresh.waitForFunction(() => window.ready === true);
        const first = await fresh.evaluate(([w, l]) => window.measure(w, l), [which, locale]);
        const again = await fresh.evaluate(([w, l]) => window.measure(w, l), [which, locale]);
        cold.date.push(first.date);
        cold.counts.push(first.counts);
        warm.date.push(again.date);
        warm.counts.push(again.counts);
        await fresh.close();
      }
      rows.push({ locale, which, cold, warm });
    }
  }
  await page.close();
  console.log(`Intl on a fresh page (Chromium), median of ${PAGES} pages: the first date, then 200 counts with plural`);
  console.log('forms and 50 percentages; "warm" is the same work again on the same page (the baseline).');
  for (const { locale, which, cold, warm } of rows) {
    const name = which === 'intl' ? 'intl.ts' : compare.split('/').pop();
    console.log(
      `${locale} ${name.padEnd(14)} first date: cold ${ms(median(cold.date))} warm ${ms(median(warm.date))}` +
        `   counts after it: cold ${ms(median(cold.counts))} warm ${ms(median(warm.counts))}`,
    );
  }
});
