// Browser tests: every *.test.ts under packages/elements/src and packages/*/test/browser, in real Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { testApiMiddleware } from './scripts/wtr-test-api.mjs';

const { path: executablePath } = chromePath();

export default {
  rootDir: '.',
  files: ['packages/elements/src/**/*.test.ts', 'packages/*/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  middleware: [testApiMiddleware()],
  testFramework: { config: { timeout: 10000 } },
  // The plugin hands the config to esbuild as tsconfigRaw: point at the file that holds the options.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
