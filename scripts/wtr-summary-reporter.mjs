// Prints "browser: N passed, N failed, N skipped" at the very end of a web-test-runner run,
// so scripts/test-all.mjs can add the browser tests to the closing line. A test file that fails
// to load counts as one failure.
function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        const loadFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length);
        if (loadFailed) totals.failed += 1;
      }
      // Printed on exit: the progress output is drawn after the reporters' stop().
      process.once('exit', () => {
        console.log(`browser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
