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

/** No double cast through unknown (src and tests alike). */
const noDoubleCast = {
  selector: "TSAsExpression > TSAsExpression[typeAnnotation.type='TSUnknownKeyword']",
  message: 'No `as unknown as`: parse the value, or give it its real type.',
};

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
  { files: ['scripts/**/*.mjs', 'hub/**/*.mjs'], languageOptions: { globals: globals.node } },
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
    // No double cast through unknown: a value that does not fit its type is parsed by its
    // schema, typed as what it is (z.input of a payload), or declared (window globals).
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', noDoubleCast],
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
    // One clock (issue 11): only domain/time/clock.ts reads the system time; everything else
    // gets a Clock (db/clock.ts, ui/wardTime.tsx) or is given the instant.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/time/clock.ts'],
    rules: {
      // Listed again with the clock's: a later block's options replace an earlier one's.
      'no-restricted-syntax': [
        'error',
        noDoubleCast,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from a Clock (domain/time/clock.ts), not new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from a Clock (domain/time/clock.ts), not Date.now().',
        },
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
    // Live reads shared by several features (src/hooks): above db, below every feature.
    files: ['src/hooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features', '**/features/*'], message: 'Below the features.' }] },
      ],
    },
  },
  {
    files: ['src/ui/**', 'src/print/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noDb, { group: ['**/hooks/*'], message: 'ui and print get data by props.' }] },
      ],
    },
  },
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
