// @ts-check
/**
 * Builds the document import test page (src/renderer/test-support/document-import-page) the way
 * the renderer is built, under the renderer's own Content-Security-Policy, for the end-to-end test
 * and the bench: the app's import code, pdf.js and its bundled worker, and nothing else. The page
 * is built only when a test or the bench asks for it, never into the app.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { build } from 'vite'

/** The renderer's page, whose CSP the test page runs under. */
const rendererPage = 'src/renderer/index.html'

/** The Content-Security-Policy the renderer's page sets in its meta tag. */
export async function rendererContentSecurityPolicy() {
  const page = await readFile(rendererPage, 'utf8')
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(page)
  if (!meta) throw new Error(`${rendererPage} has no Content-Security-Policy meta tag.`)
  return meta[1]
}

/**
 * Builds the page into `outDir` (emptied first): `index.html`, which sets the renderer's CSP and,
 * once loaded, `data-ready="true"` on its root element and `window.importDocument(address,
 * keepDocument)` (see the page's main.ts).
 * @param {string} outDir
 */
export async function buildDocumentImportPage(outDir) {
  const policy = await rendererContentSecurityPolicy()
  await build({
    configFile: false,
    root: resolve('src/renderer/test-support/document-import-page'),
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: { '@shared': resolve('src/shared'), '@renderer': resolve('src/renderer/src') }
    },
    plugins: [
      {
        name: 'cnd67:renderer-csp',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend'
          }
        ]
      }
    ],
    build: { outDir: resolve(outDir), emptyOutDir: true, assetsInlineLimit: 0 }
  })
}
