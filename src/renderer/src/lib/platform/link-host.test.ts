/** Tests for telling the host a link's text names from the one its address leads to. */
import { describe, expect, it } from 'vitest'
import { hostNamedBy, hostOf, namesAnotherHost } from './link-host'

describe('hostOf', () => {
  it('reads the host as the URL parser does', () => {
    expect(hostOf('https://www.unodc.org/wdr')).toBe('www.unodc.org')
    expect(hostOf('https://www.unodc.org\\@evil.example/')).toBe('www.unodc.org')
    expect(hostOf('https://user@evil.example/')).toBe('evil.example')
  })

  it('has none for an address without one', () => {
    expect(hostOf('mailto:a@b.org')).toBeUndefined()
    expect(hostOf('not an address')).toBeUndefined()
  })
})

describe('hostNamedBy', () => {
  it.each([
    ['https://www.unodc.org/wdr', 'www.unodc.org'],
    ['  http://un.org  ', 'un.org'],
    ['unodc.org/wdr', 'unodc.org'],
    ['www.un.org', 'www.un.org']
  ])('finds the host named by %j', (text, host) => {
    expect(hostNamedBy(text)).toBe(host)
  })

  it.each(['the report', 'para. 14', 'see unodc.org for more', 'Report.', ''])(
    'finds none in %j',
    (text) => {
      expect(hostNamedBy(text)).toBeUndefined()
    }
  )
})

describe('namesAnotherHost', () => {
  it('is true when the text names another host than the address', () => {
    expect(namesAnotherHost('https://www.unodc.org/', 'https://xss.invalid/phish')).toBe(true)
    expect(namesAnotherHost('unodc.org', 'https://unodc.org.evil.example/')).toBe(true)
  })

  it('is false when the text names the same site, or no site at all', () => {
    expect(namesAnotherHost('https://www.unodc.org/', 'https://www.unodc.org/wdr')).toBe(false)
    expect(namesAnotherHost('unodc.org', 'https://www.unodc.org/')).toBe(false)
    expect(namesAnotherHost('the report', 'https://xss.invalid/')).toBe(false)
  })
})
