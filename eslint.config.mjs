/** Lint rules: the electron-toolkit TypeScript preset plus Svelte's recommended rules. */
import tseslint from '@electron-toolkit/eslint-config-ts'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import svelteConfig from './svelte.config.js'

export default tseslint.config(
  { ignores: ['**/node_modules', '**/out', '**/dist', 'bench/results', 'test-results'] },
  tseslint.configs.recommended,
  svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig
      }
    }
  },
  {
    files: ['bench/**/*', 'scripts/**/*', 'e2e/**/*', '*.config.*'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, even an empty one.
    files: ['e2e/**/*'],
    rules: { 'no-empty-pattern': 'off' }
  },
  {
    files: ['src/renderer/**/*'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    rules: {
      '@typescript-eslint/explicit-function-return-type': 'off',
      '@typescript-eslint/no-explicit-any': 'error'
    }
  }
)
