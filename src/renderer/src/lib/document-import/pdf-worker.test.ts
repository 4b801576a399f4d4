/** The Trusted Types policy that starts pdf.js's worker, and the one URL it lets through. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { trustedTypesPolicyNames } from '../platform/trusted-html'
import { bundledWorkerUrl, pdfWorkerPolicyName } from './pdf-worker'

const page = 'app://cnd67/index.html#doc/abc'
const bundled = 'app://cnd67/assets/pdf.worker.min-B4x9Qe2L.mjs'

describe('bundledWorkerUrl', () => {
  it('takes the bundled worker script on the page origin, as given or relative', () => {
    expect(bundledWorkerUrl(bundled, bundled, page)).toBe(bundled)
    expect(bundledWorkerUrl('./assets/pdf.worker.min-B4x9Qe2L.mjs', bundled, page)).toBe(bundled)
    expect(
      bundledWorkerUrl(
        '/assets/pdf.worker.min-B4x9Qe2L.mjs',
        './assets/pdf.worker.min-B4x9Qe2L.mjs',
        page
      )
    ).toBe(bundled)
  })

  it('refuses any other script on the same origin', () => {
    expect(bundledWorkerUrl('app://cnd67/assets/start-Cx1.js', bundled, page)).toBeNull()
    expect(bundledWorkerUrl(`${bundled}?x=1`, bundled, page)).toBeNull()
    expect(bundledWorkerUrl(`${bundled}#x`, bundled, page)).toBeNull()
    expect(bundledWorkerUrl('app://cnd67/assets/pdf.worker.min.mjs', bundled, page)).toBeNull()
  })

  it('refuses the same path on another origin, and data:, blob: and javascript: URLs', () => {
    expect(
      bundledWorkerUrl('https://cdn.example.org/assets/pdf.worker.min-B4x9Qe2L.mjs', bundled, page)
    ).toBeNull()
    expect(
      bundledWorkerUrl('app://other/assets/pdf.worker.min-B4x9Qe2L.mjs', bundled, page)
    ).toBeNull()
    expect(bundledWorkerUrl('data:text/javascript,postMessage(1)', bundled, page)).toBeNull()
    expect(bundledWorkerUrl('blob:app://cnd67/2f7c6a3e', bundled, page)).toBeNull()
    expect(bundledWorkerUrl('javascript:postMessage(1)', bundled, page)).toBeNull()
  })

  it('refuses a bundled URL that is not on the page origin, even when asked for exactly', () => {
    const elsewhere = 'https://cdn.example.org/pdf.worker.min.mjs'
    expect(bundledWorkerUrl(elsewhere, elsewhere, page)).toBeNull()
  })

  it('works the same for the built renderer served over HTTP', () => {
    const served = 'http://127.0.0.1:5174/assets/pdf.worker.min-B4x9Qe2L.mjs'
    expect(bundledWorkerUrl(served, served, 'http://127.0.0.1:5174/index.html')).toBe(served)
    expect(bundledWorkerUrl(served, served, 'http://127.0.0.1:5175/index.html')).toBeNull()
  })

  it('refuses everything on a page without an origin of its own', () => {
    expect(bundledWorkerUrl(bundled, bundled, 'about:blank')).toBeNull()
    expect(bundledWorkerUrl('x', 'x', 'not a url')).toBeNull()
  })
})

describe('startPdfWorker', () => {
  /** Each test gets the module afresh: its policy is made once per page. */
  const freshModule = async () => {
    vi.resetModules()
    return import('./pdf-worker')
  }
  const made: { name: string; createScriptURL: (url: string) => string }[] = []
  const started: { url: unknown; options: WorkerOptions | undefined }[] = []

  beforeEach(() => {
    made.length = 0
    started.length = 0
    vi.stubGlobal('location', new URL('app://cnd67/index.html'))
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: unknown, options?: WorkerOptions) {
          started.push({ url, options })
        }
      }
    )
    vi.stubGlobal('trustedTypes', {
      createPolicy(name: string, rules: { createScriptURL: (url: string) => string }) {
        made.push({ name, ...rules })
        return { createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }) }
      }
    })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('starts a module worker from the bundled script through the pdfjs-worker policy', async () => {
    const { startPdfWorker } = await freshModule()
    startPdfWorker('./assets/pdf.worker.min-B4x9Qe2L.mjs')
    expect(made.map((policy) => policy.name)).toEqual(['pdfjs-worker'])
    expect(started).toEqual([{ url: { trusted: bundled }, options: { type: 'module' } }])
  })

  it('makes its policy once, and the policy refuses any other script', async () => {
    const { startPdfWorker } = await freshModule()
    startPdfWorker(bundled)
    startPdfWorker(bundled)
    expect(made).toHaveLength(1)
    expect(() => made[0].createScriptURL('app://cnd67/assets/start-Cx1.js')).toThrow(
      "pdfjs-worker allows only pdf.js's bundled worker script."
    )
    expect(() => startPdfWorker('app://cnd67/assets/other.mjs')).toThrow(
      'pdf.js has one bundled worker script; its policy allows no other.'
    )
  })

  it('without Trusted Types, still starts nothing but the bundled script', async () => {
    vi.stubGlobal('trustedTypes', undefined)
    const { startPdfWorker } = await freshModule()
    startPdfWorker(bundled)
    expect(started).toEqual([{ url: bundled, options: { type: 'module' } }])
    expect(() => startPdfWorker('https://cdn.example.org/pdf.worker.min.mjs')).toThrow(TypeError)
  })
})

describe('pdfWorkerPolicyName', () => {
  it("is one of the policies the page's CSP allows, in the page and in the app scheme's header", () => {
    expect(trustedTypesPolicyNames).toContain(pdfWorkerPolicyName)
    const root = join(import.meta.dirname, '../../../../..')
    const policies = [
      readFileSync(join(root, 'src/renderer/index.html'), 'utf8'),
      readFileSync(join(root, 'src/main/app-scheme.ts'), 'utf8')
    ].map((source) => /trusted-types ([\w -]+)["']/u.exec(source)?.[1].split(' '))
    expect(policies).toEqual([[...trustedTypesPolicyNames], [...trustedTypesPolicyNames]])
  })
})
