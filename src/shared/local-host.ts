/**
 * Which hosts are on the delegate's own machine or network: loopback, private, link-local and
 * other non-public IP ranges, and names that only a local network resolves. A link in a note is
 * never opened to one of them, so it cannot reach a service the delegate runs or their router.
 */

/**
 * Names that only the machine itself or a local network can answer: `localhost`, single-label
 * names (`intranet`, `router`) and the suffixes reserved for local use (RFC 6762, 6761, 8375).
 */
const localNameSuffixes: readonly string[] = ['.localhost', '.local', '.internal', '.home.arpa']

/**
 * IPv4 ranges that are not the public internet, as `[first octets, prefix length]`: "this"
 * network, private (RFC 1918), shared address space (RFC 6598), loopback, link-local, and
 * multicast, reserved and broadcast (224/3).
 */
const localIpv4Ranges: readonly (readonly [number, number])[] = [
  [0x00000000, 8],
  [0x0a000000, 8],
  [0x64400000, 10],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0xe0000000, 3]
]

/** The IPv4 address as a 32-bit number, or `undefined` unless it is four dotted decimals. */
function ipv4Number(host: string): number | undefined {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/u.test(part))) return undefined
  const octets = parts.map(Number)
  if (octets.some((octet) => octet > 255)) return undefined
  return octets.reduce((address, octet) => address * 256 + octet, 0)
}

function isLocalIpv4(address: number): boolean {
  return localIpv4Ranges.some(([first, prefix]) => {
    const size = 2 ** (32 - prefix)
    return Math.floor(address / size) === Math.floor(first / size)
  })
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it, or `undefined`. */
function ipv6Groups(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined
  const [head, tail, ...rest] = host.slice(1, -1).split('::')
  if (rest.length > 0) return undefined
  const toGroups = (part: string | undefined): number[] =>
    part === undefined || part === '' ? [] : part.split(':').map((group) => parseInt(group, 16))
  const first = toGroups(head)
  const last = toGroups(tail)
  const zeros = Array<number>(Math.max(0, 8 - first.length - last.length)).fill(0)
  const groups = tail === undefined ? first : [...first, ...zeros, ...last]
  return groups.length === 8 && groups.every((group) => group >= 0 && group <= 0xffff)
    ? groups
    : undefined
}

function isLocalIpv6(groups: readonly number[]): boolean {
  const [first] = groups
  // ::, ::1, and IPv4-compatible or IPv4-mapped (::ffff:a.b.c.d) addresses: judged as IPv4.
  if (groups.slice(0, 5).every((group) => group === 0)) {
    if (groups[5] !== 0 && groups[5] !== 0xffff) return false
    return isLocalIpv4(groups[6] * 0x10000 + groups[7])
  }
  return (
    (first & 0xfe00) === 0xfc00 || // unique local, fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local, fe80::/10
    (first & 0xffc0) === 0xfec0 || // the former site-local, fec0::/10
    (first & 0xff00) === 0xff00 // multicast, ff00::/8
  )
}

/**
 * Whether `hostname`, as `URL.hostname` gives it (lower case, IPv4 in dotted decimals, IPv6 in
 * brackets), is on the delegate's machine or local network rather than the public internet.
 * The URL parser has already turned `0x7f.1` and `2130706433` into `127.0.0.1`.
 */
export function isLocalHost(hostname: string): boolean {
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname
  const ipv4 = ipv4Number(name)
  if (ipv4 !== undefined) return isLocalIpv4(ipv4)
  if (name.startsWith('[')) {
    const groups = ipv6Groups(name)
    return groups === undefined || isLocalIpv6(groups)
  }
  return (
    !name.includes('.') ||
    name === 'localhost' ||
    localNameSuffixes.some((suffix) => name.endsWith(suffix))
  )
}
