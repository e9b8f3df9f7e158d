import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const noDb = { group: ['**/db', '**/db/*'], message: 'Use a hook, not the database.' };

// One block per feature folder: a feature may import itself, never another feature
// (the app composes them). Only a feature's hooks.ts may reach the database.
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const otherFeatures = (self) => ({
  group: features
    .filter((name) => name !== self)
    .flatMap((name) => [
      `../${name}`,
      `../${name}/*`,
      `**/features/${name}`,
      `**/features/${name}/*`,
    ]),
  message: 'A feature never imports another feature: compose them in app/.',
});
const featureBlocks = features.flatMap((name) => [
  {
    files: [`src/features/${name}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [otherFeatures(name), noDb] }],
    },
  },
  {
    files: [`src/features/${name}/hooks.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatures(name)] }] },
  },
]);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware rules: a promise is awaited or deliberately voided, and a switch over a
    // union handles every member.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A `default` is a deliberate catch-all; a switch without one must name every member.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // Components never reach the database: they go through a feature's hooks.ts.
    files: ['src/ui/**', 'src/print/**', 'src/app/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb] }] },
  },
  ...featureBlocks,
  {
    // The domain is pure: no React, no Dexie, no DOM.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'dexie', 'dexie-react-hooks', '**/db/*', '**/features/*'] },
          ],
        },
      ],
    },
  },
);
