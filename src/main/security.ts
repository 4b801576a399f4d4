/**
 * Electron's security checklist for every web contents the app creates: no new windows, no
 * navigation away from the app's page, no webviews, no requests beyond the app's own origin, and
 * no permissions beyond copying a permalink and keeping the notes' storage.
 */
import { app } from 'electron'
import type { Session } from 'electron'
import { originOf } from './renderer-page'
import type { RendererPage } from './renderer-page'

/**
 * The permissions the page needs: writing a permalink to the clipboard, and asking that its
 * notes be kept safe from automatic storage clean-up (`navigator.storage.persist()`).
 */
export const allowedPermissions: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'persistent-storage'
])

function withoutHash(url: string): string {
  const hashAt = url.indexOf('#')
  return hashAt === -1 ? url : url.slice(0, hashAt)
}

/**
 * Whether the window may go to `targetUrl`: only to its own page (so a reload works), or anywhere
 * on the dev server's origin during development. Links out go through the bridge's `openExternal`.
 */
export function isAllowedNavigation(targetUrl: string, page: RendererPage): boolean {
  if (page.fromDevServer) return originOf(targetUrl) === page.origin
  return withoutHash(targetUrl) === withoutHash(page.url)
}

/** Whether a page at `requestingUrl` (a URL or bare origin) may use `permission`. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string,
  page: RendererPage
): boolean {
  return allowedPermissions.has(permission) && originOf(requestingUrl) === page.origin
}

/** A navigation event as the guard sees it. */
export interface NavigationEvent {
  /** Where the page is about to go. */
  url: string
  /** Stops the navigation. */
  preventDefault(): void
}

/** The parts of a web contents the guard uses, so tests can drive it with a plain event emitter. */
export interface GuardedWebContents {
  /** Decides what `window.open` and `target="_blank"` links do. */
  setWindowOpenHandler(handler: () => { action: 'deny' }): void
  /** Listens for navigation and redirects of the main frame. */
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown
  /** Listens for a `<webview>` about to be attached. */
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
}

/** Denies new windows, foreign navigation and webviews in one web contents. */
export function guardWebContents(contents: GuardedWebContents, page: RendererPage): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const refuseForeignNavigation = (event: NavigationEvent): void => {
    if (!isAllowedNavigation(event.url, page)) event.preventDefault()
  }
  contents.on('will-navigate', refuseForeignNavigation)
  contents.on('will-redirect', refuseForeignNavigation)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Guards every web contents as it is created, including any the app never meant to create. */
export function guardAllWebContents(page: RendererPage): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, page))
}

/** Denies every permission request and check except the page's clipboard write and persistent storage. */
export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  page: RendererPage
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl, page))
  })
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, page)
  )
}

/**
 * Whether `url` is one of the local addresses the app itself uses, none of which reach the
 * network: an image inlined as `data:` (the only `data:` the page's CSP allows), a `blob:` the
 * app's own page made (a file being saved in a browser), and, outside a packaged app, the
 * developer tools.
 */
function isOwnLocalRequest(parsed: URL, page: RendererPage, isPackaged: boolean): boolean {
  switch (parsed.protocol) {
    case 'data:':
      return parsed.pathname.toLowerCase().startsWith('image/')
    case 'blob:':
      // `blob:app://cnd67/<id>`: the part after `blob:` is the address of the page that made it.
      return originOf(parsed.pathname) === page.origin
    case 'devtools:':
      return !isPackaged
    default:
      return false
  }
}

/**
 * Whether the session may make a request for `url`: anything on the page's own origin, the dev
 * server's hot-reload socket during development, and the app's own local addresses above.
 * Everything else, `http:`, `https:`, `ws:`, `file:`, another page's `blob:` and any other
 * scheme, is refused, so even a page that went wrong could not fetch remote content or read files.
 */
export function isAllowedRequest(url: string, page: RendererPage, isPackaged: boolean): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (isOwnLocalRequest(parsed, page, isPackaged)) return true
  const origin = originOf(url)
  if (origin === page.origin) return true
  return page.fromDevServer && origin === page.origin.replace(/^http/, 'ws')
}

/** The part of a session's `webRequest` the request guard uses. */
export interface GuardedWebRequest {
  /** Called before each request the session makes; the callback cancels it or lets it go. */
  onBeforeRequest(
    listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void
  ): void
}

/**
 * Cancels every request of `session` that `isAllowedRequest` does not allow.
 * @param isPackaged whether the app is packaged, where even the developer tools are refused
 */
export function refuseForeignRequests(
  session: { webRequest: GuardedWebRequest },
  page: RendererPage,
  isPackaged: boolean
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, page, isPackaged)
    if (!allowed) console.warn(`Refused a request to ${details.url.slice(0, 200)}`)
    callback({ cancel: !allowed })
  })
}
