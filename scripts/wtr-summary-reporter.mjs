// Prints, at the very end of a web-test-runner run (one engine per run):
//
//   browser (firefox): N passed, N failed, N skipped
//   browser (firefox) skip: <N> in <test file> — <reason>
//   browser (firefox) slowest: <s> s <test file> › <test>   (the five slowest tests)
//
// so scripts/test-all.mjs can add the browser tests to the closing line and list every skip with its
// reason. A skip is allowed only where the engine cannot do what the test needs and said so through the
// test commands (scripts/wtr-commands.mjs records the reason); a skipped test without such a reason
// counts as a failure. A test file that fails to load counts as one failure. The slowest tests are there
// to read when a run on a busy machine comes close to a test's time limit; nothing asserts on them.
import { relative } from 'node:path';
import { skipReasons } from './wtr-commands.mjs';

const SLOWEST = 5;

function countSuite(suite, counts, durations, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
    if (typeof test.duration === 'number') durations.push({ ms: test.duration, name: [...path, test.name] });
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, durations, [...path, child.name]);
}

export function summaryReporter(engine) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const skips = [];
  const slow = [];
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        const durations = [];
        if (session.testResults) countSuite(session.testResults, counts, durations, []);
        const loadFailed =
          (session.errors?.length ?? 0) > 0 ||
          (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length);
        if (loadFailed) counts.failed += 1;
        const file = relative(process.cwd(), session.testFile);
        for (const { ms, name } of durations) slow.push({ ms, what: `${file} › ${name.filter(Boolean).join(' › ')}` });
        if (counts.skipped > 0) {
          const reasons = skipReasons.get(session.testFile);
          if (reasons?.size) skips.push(`${counts.skipped} in ${file} — ${[...reasons].join('; ')}`);
          else {
            skips.push(
              `${counts.skipped} in ${file} — NO REASON GIVEN: counted as failed (a test may skip only where ` +
                `the engine cannot do what it needs)`,
            );
            counts.failed += counts.skipped;
            counts.skipped = 0;
          }
        }
        totals.passed += counts.passed;
        totals.failed += counts.failed;
        totals.skipped += counts.skipped;
      }
      // Printed on exit: the progress output is drawn after the reporters' stop().
      process.once('exit', () => {
        console.log(`browser (${engine}): ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
        for (const line of skips) console.log(`browser (${engine}) skip: ${line}`);
        slow.sort((a, b) => b.ms - a.ms);
        for (const { ms, what } of slow.slice(0, SLOWEST))
          console.log(`browser (${engine}) slowest: ${(ms / 1000).toFixed(1)} s ${what}`);
      });
    },
  };
}
