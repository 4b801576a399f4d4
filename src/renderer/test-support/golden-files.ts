/**
 * Golden files: exact outputs kept beside a test and compared byte for byte. After an intended
 * change, `UPDATE_GOLDEN=1 npx vitest run <test>` rewrites them; read the diff before committing.
 */
import { expect } from 'vitest'

/**
 * The Node file functions golden files need. The web tsconfig has no Node types, since renderer
 * code must not use Node; tests run in Node, so they are loaded at run time and typed here.
 */
interface NodeFiles {
  existsSync(path: URL): boolean
  readFileSync(path: URL, encoding: 'utf8'): string
  writeFileSync(path: URL, text: string): void
}
const nodeFsModule = 'node:fs'
const files = (await import(/* @vite-ignore */ nodeFsModule)) as NodeFiles

/** Whether the run rewrites the golden files (UPDATE_GOLDEN=1) rather than only reading them. */
const updateGolden =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
    .UPDATE_GOLDEN === '1'

/** The text of the golden file at `golden`. */
export function readGolden(golden: URL): string {
  return files.readFileSync(golden, 'utf8')
}

/** Expects `built` to be exactly the golden file at `golden` (rewriting it under UPDATE_GOLDEN=1). */
export function expectGolden(built: string, golden: URL): void {
  if (updateGolden) files.writeFileSync(golden, built)
  expect(files.existsSync(golden), `missing ${golden.pathname}: run with UPDATE_GOLDEN=1`).toBe(
    true
  )
  expect(built).toBe(readGolden(golden))
}
