// @ts-check
/**
 * A minimal static file server for the built renderer, so `out/renderer` can be used in a plain
 * browser where Electron's binary is unavailable. Used by the e2e tests and the benchmark too.
 *
 *   node scripts/serve-static.mjs [root=out/renderer] [port=5174]
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Content types of the files a Vite build emits. */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/**
 * The file under `root` that a request path names, or null if it names nothing inside `root`
 * (a `..` segment, an encoded separator, a NUL byte).
 * @param {string} root absolute path of the folder being served
 * @param {string} requestPath the URL path, still percent-encoded
 * @returns {string | null}
 */
export function resolveRequestPath(root, requestPath) {
  let decoded
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f/i.test(requestPath)) return null
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded
  const file = resolve(root, `.${relative}`)
  return file.startsWith(root + sep) ? file : null
}

/**
 * Serves `root` on 127.0.0.1. Resolves with the server's address once it listens. Nothing is
 * cached, unless `cacheAssets`: then the build's content-hashed files (under `/assets/`) may be
 * kept for good, as the desktop app's own scheme lets Chromium keep its compiled code, so that a
 * browser profile can start the app the way a delegate's second and later starts do.
 * @param {string} root folder to serve
 * @param {number} [port] 0 picks a free port
 * @param {{ cacheAssets?: boolean, headers?: Record<string, string> }} [options] `headers` are
 *   sent with every file, e.g. a Content-Security-Policy as the app's own scheme sends one
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(root, port = 0, { cacheAssets = false, headers = {} } = {}) {
  const absoluteRoot = resolve(root)
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = resolveRequestPath(absoluteRoot, path)
    const found = file ? await stat(file).catch(() => null) : null
    if (!file || !found?.isFile() || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    response.writeHead(200, {
      'Content-Type':
        contentTypes[/** @type {keyof typeof contentTypes} */ (extname(file))] ??
        'application/octet-stream',
      'Content-Length': found.size,
      'Cache-Control':
        cacheAssets && path.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}/`,
        close: () => new Promise((done) => server.close(() => done()))
      })
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'out/renderer'
  const port = Number(process.argv[3] ?? 5174)
  const { url } = await serveStatic(join(root), port)
  console.log(`Serving ${root} at ${url} (Ctrl+C to stop)`)
}
