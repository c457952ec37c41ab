// axe-core in the browser tests, with the GOV.UK Frontend tag set: WCAG 2.0, 2.1 and 2.2 at A and AA,
// plus axe's best practices. A violation fails the test with every rule, target and summary listed.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeGlobal {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

/** Runs axe over `context` and throws an Error listing the violations, if any. */
export async function assertAccessible(context: Element | Document = document): Promise<void> {
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const results = await axe.run(context, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
    ...v.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
  ]);
  throw new Error(`axe found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
}
