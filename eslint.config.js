import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createNodeResolver, flatConfigs as importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import {
  buildImportsOfServer,
  contentPackages,
  nodeOnlyGlobals,
  zones,
} from './build/lint/boundaries.js'

// HTML sinks are banned outright: article text is untrusted and must only ever reach the DOM as text.
const htmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text, never HTML.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render text, never HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'dist-worker',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // Boundaries: build/lint/boundaries.js.
    plugins: { 'import-x': importX.recommended.plugins['import-x'] },
    settings: {
      ...importX.typescript.settings,
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': ['error', contentPackages],
      'no-restricted-globals': ['error', ...nodeOnlyGlobals],
    },
  },
  {
    files: ['build/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', buildImportsOfServer] },
  },
  // Each program sees its own platform's globals (tsconfig.*.json does the same for types).
  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  { files: ['build/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  { files: ['tests/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    // Not tests/browser: Playwright's fixture callback is named `use` and is no React hook.
    files: ['src/**/*.{ts,tsx}', 'tests/{unit,integration,support}/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    // In a test a missing element already fails loudly at the `!`; wrapping every lookup adds noise, not safety.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
)
