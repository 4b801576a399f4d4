/**
 * The app's own `app://cnd67/` scheme, which serves the built renderer from `out/renderer` instead
 * of `file://`: a real origin for the CSP and IndexedDB, and no way to reach other files on disk.
 */
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative } from 'node:path'
import { protocol } from 'electron'

/** The scheme the renderer is served from. */
export const appScheme = 'app'

/** The one host the scheme answers for. */
export const appHost = 'cnd67'

/** The origin of every page the app shows in a build. */
export const appOrigin = `${appScheme}://${appHost}`

/** The address the main window loads in a build. */
export const appUrl = `${appOrigin}/index.html`

/** The built renderer, beside the built main file (`out/main` → `out/renderer`). */
export const rendererRoot = join(import.meta.dirname, '../renderer')

/** The policy the pages run under; nothing is ever fetched from outside the app's origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  // Every script-capable DOM sink takes only values made by a named policy (see trusted-html.ts):
  // DOMPurify's and Svelte's for HTML, and pdf.js's worker script (see pdf-worker.ts).
  "require-trusted-types-for 'script'",
  'trusted-types dompurify svelte-trusted-html pdfjs-worker'
].join('; ')

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker script, which a module worker loads only with a JavaScript type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon'
}

/** Where a request leads: a file under the renderer root, or the status to refuse it with. */
export type AppPathResolution = { ok: true; filePath: string } | { ok: false; status: 403 | 404 }

/**
 * Maps an `app:` request URL to a file under `root`. Each path segment is decoded on its own and
 * refused if it could climb out of the root or name something else: `.`/`..`, separators smuggled
 * in as `%2F` or `%5C`, backslashes, drive colons, NUL, or empty segments (`//etc`).
 */
export function resolveAppPath(root: string, requestUrl: string): AppPathResolution {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 404 }
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return { ok: false, status: 404 }

  const rawSegments =
    url.pathname === '' || url.pathname === '/' ? ['index.html'] : url.pathname.slice(1).split('/')
  const segments: string[] = []
  for (const rawSegment of rawSegments) {
    let segment: string
    try {
      segment = decodeURIComponent(rawSegment)
    } catch {
      return { ok: false, status: 403 }
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) {
      return { ok: false, status: 403 }
    }
    segments.push(segment)
  }

  const filePath = join(root, ...segments)
  // Belt and braces: whatever the checks above missed must still land inside the root.
  const fromRoot = relative(root, filePath)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    return { ok: false, status: 403 }
  }
  return { ok: true, filePath }
}

/**
 * The Content-Type for a served file. Unknown kinds are served as plain bytes, which `nosniff`
 * keeps the page from running as script.
 */
export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff'
  }
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() })
}

/** The scheme's request handler: reads the resolved file and serves it with security headers. */
export function createAppSchemeHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return refusal(405)
    const resolution = resolveAppPath(root, request.url)
    if (!resolution.ok) return refusal(resolution.status)
    let body: Uint8Array<ArrayBuffer>
    try {
      body = await readFile(resolution.filePath)
    } catch {
      // Missing files and directories alike.
      return refusal(404)
    }
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': contentTypeFor(resolution.filePath), ...securityHeaders() }
    })
  }
}

/**
 * Gives the scheme a standard, secure origin with `fetch` support, like `https:`, and lets V8
 * keep compiled code for it, so the renderer's script starts faster from the second launch on.
 * Electron only accepts this before the app is ready.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
    }
  ])
}

/** Starts serving the renderer on the scheme; call once the app is ready. */
export function serveAppScheme(root: string = rendererRoot): void {
  protocol.handle(appScheme, createAppSchemeHandler(root))
}
