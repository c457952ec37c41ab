// Browser tests: every *.browser.test.ts under packages/*/src and packages/*/test/browser (Node tests are
// test/*.test.ts; scripts/check-source-files.mjs, part of `pnpm lint`, keeps the names apart), in one engine
// per run: WOO_BROWSER=chromium (default), firefox or webkit (see scripts/browsers.mjs). `pnpm test` runs
// all three; `pnpm test --browser firefox` runs one. WOO_TEST_FILES (one path per line) runs only those files,
// as scripts/test-all.mjs does for WebKit's groups; WOO_TESTS_FINISH_TIMEOUT (ms) bounds the run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { ENGINES, browserTestFiles, engineLauncher } from './scripts/browsers.mjs';
import { wooCommandsPlugin } from './scripts/wtr-commands.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { testApiMiddleware } from './scripts/wtr-test-api.mjs';
import { demoApiMiddleware } from './scripts/wtr-demo-api.mjs';

const engine = process.env.WOO_BROWSER || 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`WOO_BROWSER=${engine}: use one of ${ENGINES.join(', ')}`);
const { launcher, concurrency } = await engineLauncher(engine);
const files = process.env.WOO_TEST_FILES
  ? process.env.WOO_TEST_FILES.split('\n').filter(Boolean)
  : browserTestFiles(process.cwd());

export default {
  rootDir: '.',
  files,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency,
  // demoApiMiddleware: the demo page's /api routes, for the layout test of examples/index.html.
  middleware: [testApiMiddleware(), demoApiMiddleware()],
  // Mocha's limit per test is a watchdog for a test that hangs, not a speed check (tests never assert on time):
  // on a busy two-core machine Firefox has needed more than 10 s for one page in a frame. Tests that load pages
  // in frames set their own, longer limit (FRAME_TEST_TIMEOUT in packages/elements/test/support/frame.ts).
  testFramework: { config: { timeout: 30_000 } },
  // WebDriver sessions are slower to start and each key press is a round trip.
  testsFinishTimeout: Number(process.env.WOO_TESTS_FINISH_TIMEOUT) || 20 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
  // The plugin hands the config to esbuild as tsconfigRaw: point at the file that holds the options.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json' }), wooCommandsPlugin(engine)],
  browsers: [launcher],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter(engine)],
};
