// Lint at zero warnings. Boundary rules keep the architecture honest (docs/architecture.md):
// the domain core imports no React, Dexie, Electron or Node; the renderer never imports Electron
// or a platform implementation directly; main and preload never import renderer code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noUntranslatedJsx from './eslint-rules/no-untranslated-jsx.js';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tmp/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/db/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, cswb: { rules: { 'no-untranslated-jsx': noUntranslatedJsx } } },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'cswb/no-untranslated-jsx': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the desktop only through src/renderer/src/platform.' }],
          patterns: [
            { group: ['**/platform/browser', '**/platform/electron', '**/platform/browser-files'], message: 'Import the platform from platform/index, not an implementation.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer cannot import main-process code.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render text.' },
      ],
    },
  },
  {
    files: ['src/renderer/src/platform/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'electron', 'recharts', 'i18next', 'react-i18next', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `node:${m}`)],
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'The domain core imports nothing from the app layers.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload cannot import renderer code.' }] }],
    },
  },
);
