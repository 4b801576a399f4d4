/** Unit tests: pure modules, and main-process and preload code with `electron` mocked. */
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { meetingDocumentModule } from './scripts/meeting-document-plugin'

export default defineConfig({
  // The Svelte plugin compiles runes in `.svelte.ts` stores, so they are tested as they run.
  plugins: [svelte(), meetingDocumentModule('resources/cnd67-crp-synthetic-drugs-egm-2024.txt')],
  resolve: {
    alias: {
      '@shared': resolve('src/shared'),
      '@renderer': resolve('src/renderer/src'),
      '@test-support': resolve('src/renderer/test-support')
    }
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads'
  }
})
