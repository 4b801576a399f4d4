/** Tests for the app scheme: path resolution against traversal tricks, and the served responses. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
    handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>()
  }
}))
vi.mock('electron', () => electron)

import {
  appOrigin,
  appUrl,
  contentSecurityPolicy,
  contentTypeFor,
  createAppSchemeHandler,
  registerAppSchemePrivileges,
  resolveAppPath,
  serveAppScheme
} from './app-scheme'

const root = join(tmpdir(), 'renderer-root')

describe('appUrl', () => {
  it('is the index page on the app origin', () => {
    expect(appOrigin).toBe('app://cnd67')
    expect(appUrl).toBe('app://cnd67/index.html')
  })
})

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://cnd67/')).toEqual({
      ok: true,
      filePath: join(root, 'index.html')
    })
    expect(resolveAppPath(root, 'app://cnd67')).toEqual({
      ok: true,
      filePath: join(root, 'index.html')
    })
  })

  it('serves index.html and assets, ignoring query and hash', () => {
    expect(resolveAppPath(root, 'app://cnd67/index.html#/paragraph/12')).toEqual({
      ok: true,
      filePath: join(root, 'index.html')
    })
    expect(resolveAppPath(root, 'app://cnd67/assets/index-a1b2.js?v=3')).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-a1b2.js')
    })
  })

  it('decodes ordinary escapes in a file name', () => {
    expect(resolveAppPath(root, 'app://cnd67/assets/My%20Font.woff2')).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'My Font.woff2')
    })
  })

  it.each([
    ['an encoded parent segment', 'app://cnd67/%2e%2e%2fsecret.txt'],
    ['an encoded parent segment in capitals', 'app://cnd67/assets/%2E%2E%2F%2E%2E%2Fsecret.txt'],
    ['an encoded slash', 'app://cnd67/assets%2F..%2Fsecret.txt'],
    ['an encoded slash alone', 'app://cnd67/assets%2Findex.js'],
    ['a backslash', 'app://cnd67/assets\\..\\..\\secret.txt'],
    ['an encoded backslash', 'app://cnd67/assets%5C..%5Csecret.txt'],
    ['an absolute path', 'app://cnd67//etc/passwd'],
    ['an encoded absolute path', 'app://cnd67/%2Fetc%2Fpasswd'],
    ['a drive letter', 'app://cnd67/C:/Windows/win.ini'],
    ['a NUL byte', 'app://cnd67/index.html%00.png'],
    ['a malformed escape', 'app://cnd67/%E0%A4%A'],
    ['a trailing slash', 'app://cnd67/assets/']
  ])('refuses %s with 403', (_name, url) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 403 })
  })

  it('keeps a literal parent segment inside the root, as the URL parser removes it', () => {
    expect(resolveAppPath(root, 'app://cnd67/../../etc/passwd')).toEqual({
      ok: true,
      filePath: join(root, 'etc', 'passwd')
    })
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['the host with a port', 'app://cnd67:8080/index.html'],
    ['the host in capitals', 'app://CND67/index.html'],
    ['another scheme', 'https://cnd67/index.html'],
    ['not a URL', 'index.html']
  ])('refuses %s with 404', (_name, url) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 404 })
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.min-B4x9Qe2L.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.txt', 'text/plain; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['a.exe', 'application/octet-stream'],
    ['README', 'application/octet-stream']
  ])('gives %s the type %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type)
  })
})

describe('createAppSchemeHandler', () => {
  let tempDir: string
  let rendererRoot: string

  beforeEach(() => {
    tempDir = mkdtempSync(join(tmpdir(), 'cnd67-scheme-'))
    rendererRoot = join(tempDir, 'renderer')
    mkdirSync(join(rendererRoot, 'assets'), { recursive: true })
    writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>CND67 Notes</title>')
    writeFileSync(join(rendererRoot, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(tempDir, 'secret.txt'), 'secret')
  })

  afterEach(() => {
    rmSync(tempDir, { recursive: true, force: true })
  })

  const get = (url: string, method = 'GET'): Promise<Response> =>
    createAppSchemeHandler(rendererRoot)(new Request(url, { method }))

  it('serves the index page with its type and the security headers', async () => {
    const response = await get('app://cnd67/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>CND67 Notes</title>')
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('serves a script asset as JavaScript', async () => {
    const response = await get('app://cnd67/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404 for a missing file and for a directory', async () => {
    expect((await get('app://cnd67/missing.js')).status).toBe(404)
    expect((await get('app://cnd67/assets')).status).toBe(404)
  })

  it('does not serve a file beside the root', async () => {
    const response = await get('app://cnd67/%2e%2e%2fsecret.txt')
    expect(response.status).toBe(403)
    expect(await response.text()).toBe('')
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
  })

  it('answers 404 for another host', async () => {
    expect((await get('app://other/index.html')).status).toBe(404)
  })

  it('refuses methods other than GET', async () => {
    expect((await get('app://cnd67/index.html', 'POST')).status).toBe(405)
  })
})

describe('contentSecurityPolicy', () => {
  it('allows only the app itself, forbids plugins, frames, base and form targets, and requires Trusted Types', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-src 'none'; frame-ancestors 'none'; " +
        "require-trusted-types-for 'script'; " +
        'trusted-types dompurify svelte-trusted-html pdfjs-worker'
    )
  })

  it('is the policy of the page itself, which a meta tag holds but for frame-ancestors', () => {
    const page = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)
    expect(meta?.[1]).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''))
  })
})

describe('registerAppSchemePrivileges', () => {
  it('registers app: as a standard, secure scheme that fetch can use', () => {
    registerAppSchemePrivileges()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
      }
    ])
  })
})

describe('serveAppScheme', () => {
  it('handles the app scheme', () => {
    serveAppScheme(root)
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})
