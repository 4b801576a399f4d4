/**
 * The lint rule that keeps one writer (eslint.config.mjs): only storage and repository modules
 * may import the database module, and the rest of the app may import its types.
 */
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/** Code that makes its own database object, as a component must not. */
const importsTheDatabase =
  "import { NotesDatabase } from '../storage/database'\nexport const db = new NotesDatabase()\n"

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint()
})

/** The rules `code` breaks as the file at `filePath`, with their messages. */
async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

const refusal =
  "@typescript-eslint/no-restricted-imports: '../storage/database' import is restricted from being used by a pattern. Only storage and repository modules write the database: call a repository instead."

describe('the database import rule', () => {
  // Loading the config's plugins is most of it: 14 s measured on two cores shared by seven jobs.
  const loadingTimeMs = 20_000

  it(
    'refuses the database module in a store and in a component',
    async () => {
      expect(await problems(importsTheDatabase, 'src/renderer/src/lib/notebook/Store.ts')).toEqual([
        refusal
      ])
      expect(
        await problems(
          `<script lang="ts">\n${importsTheDatabase}</script>\n`,
          'src/renderer/src/components/NotesPanel.svelte'
        )
      ).toEqual([refusal])
    },
    loadingTimeMs
  )

  it(
    'lets repository and storage modules import it, and anyone import its types',
    async () => {
      expect(
        await problems(importsTheDatabase, 'src/renderer/src/lib/tags/tag-repository.ts')
      ).toEqual([])
      expect(
        await problems(importsTheDatabase, 'src/renderer/src/lib/storage/write-transaction.ts')
      ).toEqual([])
      expect(
        await problems(
          "import type { NotesDatabase } from '../storage/database'\nexport type Db = NotesDatabase\n",
          'src/renderer/src/lib/notebook/Store.ts'
        )
      ).toEqual([])
    },
    loadingTimeMs
  )
})
