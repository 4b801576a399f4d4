/** Tests for the navigation, new-window, webview, request and permission guards. */
import { EventEmitter } from 'node:events'
import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { on: vi.fn<(event: string, listener: (...args: unknown[]) => void) => void>() }
}))
vi.mock('electron', () => electron)

import {
  guardAllWebContents,
  guardWebContents,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  refuseForeignRequests,
  restrictPermissions
} from './security'
import type { GuardedWebContents, GuardedWebRequest, NavigationEvent } from './security'
import type { RendererPage } from './renderer-page'

const appPage: RendererPage = {
  url: 'app://cnd67/index.html',
  origin: 'app://cnd67',
  fromDevServer: false
}
const devPage: RendererPage = {
  url: 'http://localhost:5173',
  origin: 'http://localhost:5173',
  fromDevServer: true
}

/** Web contents that emit navigation events on demand and keep the window-open handler. */
class FakeWebContents extends EventEmitter implements GuardedWebContents {
  windowOpenHandler: (() => { action: 'deny' }) | undefined

  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.windowOpenHandler = handler
  }

  /** Emits a navigation event and tells whether the guard prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false
    const navigation: NavigationEvent = { url, preventDefault: () => (prevented = true) }
    this.emit(event, navigation)
    return prevented
  }
}

describe('isAllowedNavigation', () => {
  it.each([
    'app://cnd67/index.html',
    'app://cnd67/index.html#/paragraph/12',
    'app://cnd67/index.html#'
  ])('lets the app page go to %s', (url) => {
    expect(isAllowedNavigation(url, appPage)).toBe(true)
  })

  it.each([
    'https://www.unodc.org/',
    'app://cnd67/other.html',
    'app://cnd67/index.html?x=1',
    'app://evil/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://localhost:5173/'
  ])('keeps the app page from going to %s', (url) => {
    expect(isAllowedNavigation(url, appPage)).toBe(false)
  })

  it('lets the dev page move within the dev server', () => {
    expect(isAllowedNavigation('http://localhost:5173/', devPage)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/index.html#/p/3', devPage)).toBe(true)
  })

  it('keeps the dev page on the dev server', () => {
    expect(isAllowedNavigation('http://localhost:5174/', devPage)).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', devPage)).toBe(false)
    expect(isAllowedNavigation('app://cnd67/index.html', devPage)).toBe(false)
  })
})

describe('isAllowedPermission', () => {
  it('allows the app page to write the clipboard', () => {
    expect(
      isAllowedPermission('clipboard-sanitized-write', 'app://cnd67/index.html', appPage)
    ).toBe(true)
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://cnd67', appPage)).toBe(true)
  })

  it('lets the app page keep its storage, and no other origin', () => {
    expect(isAllowedPermission('persistent-storage', 'app://cnd67', appPage)).toBe(true)
    expect(isAllowedPermission('persistent-storage', 'https://evil.example/', appPage)).toBe(false)
  })

  it('refuses the clipboard to any other origin', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://evil.example/', appPage)).toBe(
      false
    )
    expect(
      isAllowedPermission('clipboard-sanitized-write', 'http://localhost:5173/', appPage)
    ).toBe(false)
    expect(isAllowedPermission('clipboard-sanitized-write', '', appPage)).toBe(false)
  })

  it.each([
    'clipboard-read',
    'notifications',
    'media',
    'geolocation',
    'openExternal',
    'fullscreen'
  ])('refuses %s even to the app page', (permission) => {
    expect(isAllowedPermission(permission, 'app://cnd67/index.html', appPage)).toBe(false)
  })

  it('allows the dev page to write the clipboard during development', () => {
    expect(
      isAllowedPermission('clipboard-sanitized-write', 'http://localhost:5173/', devPage)
    ).toBe(true)
  })
})

describe('guardWebContents', () => {
  it('denies every new window', () => {
    const contents = new FakeWebContents()
    guardWebContents(contents, appPage)
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' })
  })

  it('prevents navigation and redirects away from the app page', () => {
    const contents = new FakeWebContents()
    guardWebContents(contents, appPage)
    expect(contents.navigate('will-navigate', 'https://www.unodc.org/')).toBe(true)
    expect(contents.navigate('will-redirect', 'https://www.unodc.org/')).toBe(true)
  })

  it('lets the app page reload', () => {
    const contents = new FakeWebContents()
    guardWebContents(contents, appPage)
    expect(contents.navigate('will-navigate', 'app://cnd67/index.html')).toBe(false)
    expect(contents.navigate('will-redirect', 'app://cnd67/index.html#/p/1')).toBe(false)
  })

  it('prevents attaching a webview', () => {
    const contents = new FakeWebContents()
    guardWebContents(contents, appPage)
    expect(contents.navigate('will-attach-webview', 'about:blank')).toBe(true)
  })
})

describe('guardAllWebContents', () => {
  it('guards each web contents as it is created', () => {
    guardAllWebContents(appPage)
    const [event, listener] = electron.app.on.mock.calls[0]
    expect(event).toBe('web-contents-created')

    const contents = new FakeWebContents()
    listener({}, contents)
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' })
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true)
  })
})

describe('restrictPermissions', () => {
  type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0]
  type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0]

  function restrictedSession(): { request: RequestHandler; check: CheckHandler } {
    const handlers: { request: RequestHandler; check: CheckHandler } = {
      request: null,
      check: null
    }
    const session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> = {
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler)
    }
    restrictPermissions(session, appPage)
    return handlers
  }

  /** What the request handler answers for a permission asked from a URL. */
  function requestAnswer(
    permission: Parameters<NonNullable<RequestHandler>>[1],
    requestingUrl: string
  ): boolean | undefined {
    let granted: boolean | undefined
    const { request } = restrictedSession()
    const webContents = {} as Parameters<NonNullable<RequestHandler>>[0]
    request?.(webContents, permission, (answer) => (granted = answer), {
      isMainFrame: true,
      requestingUrl
    })
    return granted
  }

  it('grants the clipboard write request from the app page', () => {
    expect(requestAnswer('clipboard-sanitized-write', 'app://cnd67/index.html')).toBe(true)
  })

  it('denies every other request', () => {
    expect(requestAnswer('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(requestAnswer('notifications', 'app://cnd67/index.html')).toBe(false)
    expect(requestAnswer('media', 'app://cnd67/index.html')).toBe(false)
  })

  it('answers permission checks the same way', () => {
    const { check } = restrictedSession()
    const details = { isMainFrame: true }
    expect(check?.(null, 'clipboard-sanitized-write', 'app://cnd67', details)).toBe(true)
    expect(check?.(null, 'clipboard-read', 'app://cnd67', details)).toBe(false)
    expect(check?.(null, 'clipboard-sanitized-write', 'https://evil.example', details)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it.each([
    'app://cnd67/index.html',
    'app://cnd67/assets/index-abc123.js',
    'data:image/svg+xml,%3Csvg%3E%3C/svg%3E',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://cnd67/5f0c6a1e-0000-4000-8000-000000000000'
  ])('lets the app page request %s', (url) => {
    expect(isAllowedRequest(url, appPage, true)).toBe(true)
  })

  it.each([
    'https://www.unodc.org/',
    'http://www.unodc.org/',
    'wss://evil.example/socket',
    'ftp://evil.example/file',
    'file:///etc/passwd',
    'app://evil/index.html',
    'chrome-extension://abcdef/page.html',
    'http://localhost:5173/',
    'blob:https://evil.example/5f0c6a1e-0000-4000-8000-000000000000',
    'blob:null/5f0c6a1e-0000-4000-8000-000000000000',
    'blob:app://evil/5f0c6a1e-0000-4000-8000-000000000000',
    'data:text/html,%3Cscript%3E%3C/script%3E',
    'data:,plain',
    'devtools://devtools/bundled/devtools_app.html',
    'not a url'
  ])('refuses the app page a request for %s', (url) => {
    expect(isAllowedRequest(url, appPage, true)).toBe(false)
  })

  it('lets the developer tools load only when the app is not packaged', () => {
    const devtools = 'devtools://devtools/bundled/devtools_app.html'
    expect(isAllowedRequest(devtools, appPage, false)).toBe(true)
    expect(isAllowedRequest(devtools, appPage, true)).toBe(false)
  })

  it('lets the dev page reach its server and hot-reload socket, and nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.ts', devPage, false)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', devPage, false)).toBe(true)
    expect(isAllowedRequest('blob:http://localhost:5173/5f0c6a1e', devPage, false)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5174/', devPage, false)).toBe(false)
    expect(isAllowedRequest('https://www.unodc.org/', devPage, false)).toBe(false)
  })
})

describe('refuseForeignRequests', () => {
  /** Installs the guard on a fake session and returns what it answers for a URL. */
  function guardedRequest(page: RendererPage): (url: string) => boolean | undefined {
    let listener: Parameters<GuardedWebRequest['onBeforeRequest']>[0] | undefined
    refuseForeignRequests(
      { webRequest: { onBeforeRequest: (added) => (listener = added) } },
      page,
      true
    )
    return (url) => {
      let cancel: boolean | undefined
      listener?.({ url }, (response) => (cancel = response.cancel))
      return cancel
    }
  }

  it('cancels remote and file requests and lets the app’s own through', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const cancels = guardedRequest(appPage)
    expect(cancels('app://cnd67/index.html')).toBe(false)
    expect(cancels('https://evil.example/tracker.gif')).toBe(true)
    expect(cancels('file:///home/user/.ssh/id_ed25519')).toBe(true)
    expect(console.warn).toHaveBeenCalledTimes(2)
  })
})
