// Prints, at the very end of a web-test-runner run (one engine per run):
//
//   browser (firefox): N passed, N failed, N skipped
//   browser (firefox) skip: <N> in <test file> — <reason>
//
// so scripts/test-all.mjs can add the browser tests to the closing line and list every skip with its
// reason. A skip is allowed only where the engine cannot do what the test needs and said so through the
// test commands (scripts/wtr-commands.mjs records the reason); a skipped test without such a reason
// counts as a failure. A test file that fails to load counts as one failure.
import { relative } from 'node:path';
import { skipReasons } from './wtr-commands.mjs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter(engine) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const skips = [];
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed =
          (session.errors?.length ?? 0) > 0 ||
          (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length);
        if (loadFailed) counts.failed += 1;
        const file = relative(process.cwd(), session.testFile);
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
      });
    },
  };
}
