import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import jestDom from 'eslint-plugin-jest-dom'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from 'eslint-plugin-boundaries'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers, as folders: data → store → features → app, with `src/ui` (shared components) and `src/url`
 * (the address ⇄ the store) between the store and the features. Each element may import only what sits
 * below it; a feature is every other folder of `src/`, and features never import each other
 * (bulletproof-react's rule, enforced over the whole tree as excalidraw does).
 */
const LAYERS = [
  { type: 'app', pattern: 'src/app' },
  { type: 'test', pattern: 'src/test' },
  { type: 'data', pattern: 'src/data' },
  { type: 'store', pattern: 'src/store' },
  { type: 'url', pattern: 'src/url' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'feature', pattern: 'src/*', capture: ['feature'] },
]

/** `from` may import the element types in `to`. */
const layer = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
})

const layerRules = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': LAYERS,
    'boundaries/include': ['src/**/*'],
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          '{{ from.element.types }} must not import {{ to.element.types }}: dependencies flow data → store → ui/url → features → App.tsx, and features meet only in the store and App.tsx.',
        policies: [
          layer('data', ['data']),
          layer('store', ['data', 'store']),
          layer('ui', ['data', 'store', 'ui']),
          layer('url', ['data', 'store', 'url']),
          layer('test', ['data', 'store', 'ui', 'test']),
          layer('app', ['data', 'store', 'ui', 'url', 'feature', 'app']),
          layer('feature', ['data', 'store', 'ui']),
          {
            // Within a feature, its own files.
            from: { element: { type: 'feature' } },
            allow: {
              to: {
                element: {
                  type: 'feature',
                  captured: { feature: '{{ from.element.captured.feature }}' },
                },
              },
            },
          },
          // Tests may use the shared fixtures whatever layer they test.
          { allow: { to: { element: { type: 'test' } } } },
        ],
      },
    ],
  },
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'test-results',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        // A rest sibling names what an object is without: `{ events, ...shell }`.
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  layerRules,
  {
    // A test may compose several features, as App.tsx does, and drive them through the URL.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              // Even in tests, the layers below the features stay below them.
              from: { element: { types: { anyOf: ['data', 'store'] } } },
              disallow: {
                to: {
                  element: {
                    types: { anyOf: ['feature', 'ui', 'url', 'app'] },
                  },
                },
              },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'zustand'],
              message:
                'src/data is below the store and the UI: it imports neither React nor zustand.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures hand their value on through a callback named `use`, which is not React's `use`.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { vitest },
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      ...jestDom.configs['flat/recommended'].rules,
      ...vitest.configs.recommended.rules,
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    ...jestDom.configs['flat/recommended'],
  },
)
