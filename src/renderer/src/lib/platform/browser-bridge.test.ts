/** The browser bridge opens only https: addresses, in a new tab without an opener. */
import { describe, expect, it } from 'vitest'
import { createBrowserBridge } from './browser-bridge'

function fakeHost() {
  const opened: [string, string, string][] = []
  return {
    opened,
    open: (url: string, target: string, features: string) => opened.push([url, target, features])
  }
}

describe('createBrowserBridge', () => {
  it('reports the app as running in a browser', async () => {
    const bridge = createBrowserBridge(fakeHost(), 'CND67 Notes', '1.2.3')
    expect(await bridge.getAppInfo()).toEqual({
      ok: true,
      value: { name: 'CND67 Notes', version: '1.2.3', platform: 'browser' }
    })
  })

  it('opens https: addresses in a new tab with no opener', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    expect(await bridge.openExternal('https://webtv.un.org/')).toEqual({ ok: true, value: null })
    expect(host.opened).toEqual([['https://webtv.un.org/', '_blank', 'noopener,noreferrer']])
  })

  it('refuses every other address', async () => {
    const host = fakeHost()
    const bridge = createBrowserBridge(host, 'CND67 Notes', '1.2.3')
    for (const url of [
      'javascript:alert(1)',
      'http://example.org/',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://user:pw@example.org/',
      ''
    ]) {
      expect(await bridge.openExternal(url)).toEqual({
        ok: false,
        error: 'Only https: addresses can be opened.'
      })
    }
    expect(host.opened).toEqual([])
  })
})
