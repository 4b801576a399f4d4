/** Tests for telling the delegate's own machine and network from the public internet. */
import { describe, expect, it } from 'vitest'
import { isLocalHost } from './local-host'

/** The host as `URL.hostname` gives it, which is what `isLocalHost` is handed. */
function hostnameOf(host: string): string {
  return new URL(`https://${host}/`).hostname
}

describe('isLocalHost', () => {
  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback written in hex', '0x7f.1'],
    ['loopback written as one number', '2130706433'],
    ['loopback anywhere in 127/8', '127.255.1.2'],
    ['the "this network" address', '0.0.0.0'],
    ['a private 10/8 address', '10.1.2.3'],
    ['a private 172.16/12 address', '172.31.255.255'],
    ['a private 192.168/16 address', '192.168.1.1'],
    ['a shared (carrier-grade) address', '100.64.0.1'],
    ['a link-local address', '169.254.169.254'],
    ['a multicast address', '224.0.0.251'],
    ['the broadcast address', '255.255.255.255'],
    ['IPv6 loopback', '[::1]'],
    ['the IPv6 unspecified address', '[::]'],
    ['IPv4-mapped loopback', '[::ffff:127.0.0.1]'],
    ['IPv4-mapped private', '[::ffff:192.168.0.1]'],
    ['an IPv6 unique local address', '[fd12:3456::1]'],
    ['an IPv6 link-local address', '[fe80::1]'],
    ['an IPv6 site-local address', '[fec0::1]'],
    ['an IPv6 multicast address', '[ff02::1]'],
    ['localhost', 'localhost'],
    ['localhost in capitals with a final dot', 'LOCALHOST.'],
    ['a name under localhost', 'app.localhost'],
    ['a .local name', 'printer.local'],
    ['a .internal name', 'wiki.corp.internal'],
    ['a .home.arpa name', 'router.home.arpa'],
    ['a single-label name', 'intranet']
  ])('finds %s local', (_name, host) => {
    expect(isLocalHost(hostnameOf(host))).toBe(true)
  })

  it.each([
    ['a public name', 'www.unodc.org'],
    ['a public name with a final dot', 'www.un.org.'],
    ['a public IPv4 address', '8.8.8.8'],
    ['an address just outside 172.16/12', '172.32.0.1'],
    ['an address just outside 100.64/10', '100.128.0.1'],
    ['a public IPv6 address', '[2001:4860:4860::8888]'],
    ['IPv4-mapped public', '[::ffff:8.8.8.8]'],
    ['a name that merely contains "local"', 'local.example.org'],
    ['a name ending in "localhost" without a dot', 'notlocalhost.org']
  ])('finds %s public', (_name, host) => {
    expect(isLocalHost(hostnameOf(host))).toBe(false)
  })
})
