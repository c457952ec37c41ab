// ESLint (flat config): typescript-eslint's recommended rules, eslint-plugin-lit and eslint-plugin-lit-a11y
// over sources, tests, stories, scripts, benchmarks and examples. Formatting is Prettier's job
// (.prettierrc.json); eslint-config-prettier turns off every rule that would fight it.
// `pnpm lint` runs this with Prettier's check and scripts/check-source-files.mjs; `pnpm format` fixes.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated, copied or data files: never edited by hand (the same list as .prettierignore).
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'storybook-static/',
      'docs/api/',
      'coverage/',
      'release/',
      'screenshots/',
      '**/src/generated/',
      'packages/elements/src/internal/category-messages.ts',
      'packages/elements/src/internal/plural.ts',
      '**/specs/',
      '**/fixtures/',
      '**/data/',
      '**/*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `let [a, b] = …` where only one is reassigned stays one declaration.
      'prefer-const': ['error', { destructuring: 'all' }],
      // `_`-prefixed names are deliberately unused (a parameter a signature requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Browser tests run in Mocha (describe/it/before…).
    files: ['**/*.browser.test.ts', 'packages/elements/test/support/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  prettier,
);
