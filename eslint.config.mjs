/** Lint rules: the electron-toolkit TypeScript preset plus Svelte's recommended rules. */
import { defineConfig } from 'eslint/config'
import tseslint from '@electron-toolkit/eslint-config-ts'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import svelteConfig from './svelte.config.js'

export default defineConfig(
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
    // One writer: only the storage and repository modules may import the database module; the
    // rest of the app asks them. Types may be imported anywhere.
    files: ['src/renderer/src/**/*.{ts,svelte}'],
    ignores: [
      'src/renderer/src/lib/storage/**',
      'src/renderer/src/lib/**/*-repository.ts',
      'src/renderer/src/lib/backup/backup-records.ts',
      'src/renderer/src/**/*.test.ts'
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)storage/database$',
              allowTypeImports: true,
              message:
                'Only storage and repository modules write the database: call a repository instead.'
            }
          ]
        }
      ]
    }
  },
  {
    rules: {
      '@typescript-eslint/explicit-function-return-type': 'off',
      '@typescript-eslint/no-explicit-any': 'error'
    }
  }
)
