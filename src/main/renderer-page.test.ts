/** Tests for choosing the renderer page and computing origins. */
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: {} }))

import { originOf, rendererPage } from './renderer-page'

describe('rendererPage', () => {
  it('loads the app scheme when there is no dev server', () => {
    expect(rendererPage(undefined, false)).toEqual({
      url: 'app://cnd67/index.html',
      origin: 'app://cnd67',
      fromDevServer: false
    })
  })

  it('loads the dev server during development', () => {
    expect(rendererPage('http://localhost:5173', false)).toEqual({
      url: 'http://localhost:5173',
      origin: 'http://localhost:5173',
      fromDevServer: true
    })
  })

  it('ignores the dev server variable in a packaged app', () => {
    expect(rendererPage('http://localhost:5173', true).url).toBe('app://cnd67/index.html')
  })

  it('ignores a dev server variable that is not an address', () => {
    expect(rendererPage('not a url', false).url).toBe('app://cnd67/index.html')
  })
})

describe('originOf', () => {
  it.each([
    ['app://cnd67/index.html#/p/3', 'app://cnd67'],
    ['app://cnd67', 'app://cnd67'],
    ['app://cnd67/', 'app://cnd67'],
    ['http://localhost:5173/src/main.ts', 'http://localhost:5173'],
    ['https://www.unodc.org/cnd', 'https://www.unodc.org'],
    ['app://evil/index.html', 'app://evil']
  ])('gives %s the origin %s', (url, origin) => {
    expect(originOf(url)).toBe(origin)
  })

  it.each(['file:///etc/passwd', 'about:blank', 'data:text/html,hi', 'javascript:alert(1)', ''])(
    'gives %j no origin',
    (url) => {
      expect(originOf(url)).toBeUndefined()
    }
  )
})
