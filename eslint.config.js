// Lint at zero warnings. Besides correctness and accessibility (jsx-a11y), the import rules here
// make the architecture real (DESIGN.md §2): a rule broken is a layer crossed.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DEXIE = {
  name: 'dexie',
  message: 'Only src/data and src/sync touch IndexedDB. Use the verbs and hooks of src/data.',
};
const DEXIE_HOOKS = { ...DEXIE, name: 'dexie-react-hooks' };

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'data/',
      'bench/.tools/',
      'bench/results/',
      'test-results/',
      'playwright-report/',
      '.shots/', // an engineer's own screenshots and probes (gitignored)
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: {
      // Our kit components render the native element named here, so jsx-a11y checks them too.
      'jsx-a11y': { components: { Button: 'button' } },
    },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render what people write as text, never as HTML.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [DEXIE, DEXIE_HOOKS] }],
    },
  },
  {
    files: ['src/data/**', 'src/sync/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Only the sync engine talks to the server.
    files: [
      'src/app/**',
      'src/features/**',
      'src/ui/**',
      'src/data/**',
      'src/content/**',
      'src/i18n/**',
      'src/routes/**',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/sync talks to the server.' },
        { name: 'XMLHttpRequest', message: 'Only src/sync talks to the server.' },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DEXIE, DEXIE_HOOKS],
          patterns: [
            { group: ['**/features/**', '**/features'], message: 'The kit imports no feature.' },
            {
              group: ['**/data', '**/data/**', '**/sync', '**/sync/**'],
              message: 'The kit has no data access: pass data in as props.',
            },
            { group: ['**/app/**'], message: 'The kit does not depend on the app shell.' },
          ],
        },
      ],
    },
  },
  {
    // The screens table is read by every layer, so it may import none of them.
    files: ['src/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DEXIE, DEXIE_HOOKS],
          patterns: [
            {
              group: ['**/app/**', '**/features/**', '**/ui/**', '**/data/**', '**/sync/**'],
              message: 'The screens table is data: features and the app read it, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            DEXIE,
            DEXIE_HOOKS,
            { name: 'preact', message: 'src/shared is plain TypeScript for client and server.' },
          ],
          patterns: [
            {
              group: [
                '**/app/**',
                '**/features/**',
                '**/ui/**',
                '**/data/**',
                '**/sync/**',
                '**/server/**',
                '**/i18n/**',
                '**/content/**',
              ],
              message: 'src/shared imports nothing of the app: client and server both use it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/server/**',
      'scripts/**',
      'bench/**',
      'tests/**',
      '*.config.{ts,js}',
      'tests/browser/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DEXIE, DEXIE_HOOKS],
          patterns: [
            {
              group: ['**/app/**', '**/features/**', '**/ui/**', '**/data/**', '**/sync/**'],
              message: 'The server shares only src/shared with the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures take ({}, use): not React hooks, and the empty pattern is its API.
    files: ['tests/browser/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  prettier,
);
