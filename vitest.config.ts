/**
 * Unit tests: pure modules, and main-process and preload code with `electron` mocked (project
 * `unit`, in Node); Svelte components mounted in jsdom with Testing Library (project `components`,
 * every `*.test.ts` beside a component).
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'
import { meetingDocumentModule } from './scripts/meeting-document-plugin'

const alias = {
  '@shared': resolve('src/shared'),
  '@renderer': resolve('src/renderer/src'),
  '@test-support': resolve('src/renderer/test-support')
}
const componentTests = 'src/renderer/src/components/**/*.test.ts'

export default defineConfig({
  // The Svelte plugin compiles runes in `.svelte.ts` stores, so they are tested as they run. The
  // root's plugins and aliases are also what the brief bench loads the app's modules with.
  plugins: [svelte(), meetingDocumentModule('resources/cnd67-crp-synthetic-drugs-egm-2024.txt')],
  resolve: { alias },
  // The Word fixtures of the document import tests are read as assets (`?inline`).
  assetsInclude: ['**/*.docx'],
  test: {
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [componentTests],
          environment: 'node'
        }
      },
      {
        // Components run Svelte's browser build in jsdom, and are unmounted after each test.
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'components',
          include: [componentTests],
          environment: 'jsdom'
        }
      }
    ]
  }
})
