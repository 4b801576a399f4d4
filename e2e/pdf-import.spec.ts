/**
 * A PDF imported in the page under the renderer's strict CSP: pdf.js parses it in its own module
 * worker, which the page starts through the `pdfjs-worker` Trusted Types policy, with no code
 * evaluated and nothing fetched from outside the page's origin. The Library's "Open document…"
 * is not on this branch yet, so the test drives the app's import code (`importDocumentFile`, the
 * same path that command takes) in a page built for tests only, as the renderer is built and
 * under its CSP, served as the app's scheme serves it: with the policy as a header too, so that
 * the worker runs under it as well.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type Browser, type Page } from '@playwright/test'
import {
  buildDocumentImportPage,
  rendererContentSecurityPolicy
} from '../scripts/document-import-page.mjs'
import { serveStatic } from '../scripts/serve-static.mjs'
import { chromiumArgs, chromiumPath } from './app-mode'
import type { ImportOutcome } from '../src/renderer/test-support/document-import-page/import-outcome'

const fixture = 'src/renderer/test-support/un-documents/cnd67-crp-summary.pdf'

let folder: string
let server: { url: string; close(): Promise<void> }
let browser: Browser

test.beforeAll(async () => {
  // Building pdf.js with the page takes a while on a busy machine.
  test.setTimeout(120_000)
  folder = await mkdtemp(join(tmpdir(), 'cnd67-import-page-'))
  await buildDocumentImportPage(folder)
  await copyFile(fixture, join(folder, 'cnd67-crp-summary.pdf'))
  server = await serveStatic(folder, 0, {
    headers: { 'Content-Security-Policy': await rendererContentSecurityPolicy() }
  })
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
})

test.afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (folder) await rm(folder, { recursive: true, force: true })
})

/** What the page did besides importing: workers started, refusals, foreign requests, errors. */
interface Watched {
  workers: string[]
  refusals: string[]
  foreignRequests: string[]
  errors: string[]
}

/** Opens the test page with everything it does watched. */
async function openWatched(): Promise<{ page: Page; watched: Watched }> {
  const context = await browser.newContext()
  const watched: Watched = { workers: [], refusals: [], foreignRequests: [], errors: [] }
  const origin = new URL(server.url).origin
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) watched.foreignRequests.push(request.url())
  })
  const page = await context.newPage()
  // Violations of the CSP, Trusted Types included, as the page itself is told of them.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused by the CSP: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused|Trusted ?Type|TrustedScriptURL/iu.test(message.text())) {
      watched.refusals.push(message.text())
    }
  })
  page.on('pageerror', (error) => watched.errors.push(error.message))
  page.on('worker', (worker) => {
    watched.workers.push(new URL(worker.url()).pathname)
    worker.on('console', (message) => {
      if (/Content Security Policy|Refused|Trusted ?Type/iu.test(message.text())) {
        watched.refusals.push(`worker: ${message.text()}`)
      }
    })
  })
  await page.goto(`${server.url}index.html`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
  return { page, watched }
}

test('imports the summary PDF in pdf.js worker started through its own policy, with nothing refused or fetched', async () => {
  const { page, watched } = await openWatched()
  const outcome = await page.evaluate(
    (address) =>
      (
        window as unknown as {
          importDocument(address: string, keep: boolean): Promise<ImportOutcome>
        }
      ).importDocument(address, true),
    'cnd67-crp-summary.pdf'
  )
  const pages = outcome.progress.at(-1)?.[1] ?? 0
  expect({
    error: outcome.error,
    paragraphs: outcome.paragraphs,
    numbers: outcome.document?.paragraphs.map((paragraph) => paragraph.number),
    progress: outcome.progress
  }).toEqual({
    error: null,
    paragraphs: 87,
    numbers: Array.from({ length: 87 }, (_, index) => index + 1),
    progress: Array.from({ length: pages }, (_, index) => [index + 1, pages])
  })
  expect(pages).toBe(12)
  // pdf.js ran in a real module worker from the bundled script, not on the page's own thread
  // (its fallback when a worker cannot start).
  expect(watched).toEqual({
    workers: [expect.stringMatching(/^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/u)],
    refusals: [],
    foreignRequests: [],
    errors: []
  })

  // The policy is the page's only way to a worker script: a plain string is refused, and no one
  // can make a second `pdfjs-worker` policy that would allow another script.
  const refusals = await page.evaluate(() => {
    const factory = (
      window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }
    ).trustedTypes
    const attempts: Array<[string, () => unknown]> = [
      ['worker from a string', () => new Worker('./assets/other.js', { type: 'module' })],
      [
        'a second pdfjs-worker',
        () => factory.createPolicy('pdfjs-worker', { createScriptURL: (url: string) => url })
      ]
    ]
    return attempts.map(([name, attempt]) => {
      try {
        attempt()
        return `${name}: allowed`
      } catch (error) {
        return `${name}: ${(error as Error).name}`
      }
    })
  })
  expect(refusals).toEqual(['worker from a string: TypeError', 'a second pdfjs-worker: TypeError'])
  await page.context().close()
})
