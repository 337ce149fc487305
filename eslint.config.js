import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Later blocks replace a rule's options instead of merging them, so the store's block repeats these.
const appPatterns = [
  { group: ['**/workers/**', '!**/workers/protocol', '!**/workers/protocol.ts'], message: 'app/ may import only types from workers/protocol.ts.', allowTypeImports: false },
  { group: ['**/workers/protocol', '**/workers/protocol.ts'], message: 'Import worker protocol as types only (import type).', allowTypeImports: true },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', '**/*.wasm', 'src-core/**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // The numeric core is pure: it never reaches into the UI, the worker layer or the command-line tools.
  {
    files: ['src-core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app/**', '**/app', '**/workers/**', '**/workers'], message: 'src-core stays pure: no imports from app/ or workers/.' },
        { group: ['**/tools/**', '**/tools'], message: 'src-core must not import from tools/: tools use the core, not the other way round (Node helpers for tests live in src-core, e.g. data/mnistFiles.ts).' },
        { group: ['react', 'react-dom', 'd3', 'd3-*', 'zustand', 'comlink'], message: 'src-core has no UI or worker dependencies.' },
      ] }],
    },
  },
  // Workers sit between the UI and the core: they never reach back into app/, and use the core's public surface.
  {
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app/**', '**/app'], message: 'workers/ must not import from app/.' },
        { regex: 'src-core/(?!index\\.ts$)(?!.*/fixtures/[^/]+\\.json$)', message: 'workers/ import the core through src-core/index.ts only.' },
        { group: ['react', 'react-dom', 'd3', 'd3-*', 'zustand'], message: 'workers/ has no UI dependencies.' },
      ] }],
    },
  },
  // The UI talks to workers only through types; the worker module itself is loaded by URL in app/bridge.
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...appPatterns] }],
    },
  },
  // The store holds state and its pure logic; panels read it, never the other way round.
  {
    files: ['app/store/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        ...appPatterns,
        { group: ['**/panels/**', '**/panels'], message: 'app/store must not import from app/panels: move shared logic into the store.' },
      ] }],
    },
  },
);
