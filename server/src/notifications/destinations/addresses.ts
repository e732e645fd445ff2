import { BlockList, isIP } from 'node:net'

/**
 * Addresses a webhook must never reach unless the operator opts in
 * (WEBHOOK_ALLOW_PRIVATE): the server's own loopback, private networks,
 * link-local (cloud metadata lives at 169.254.169.254 and fd00:ec2::254),
 * and addresses that are no single host at all.
 */
const FORBIDDEN = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 maps the IPv4 Internet, private ranges included
  ['fc00::', 7], // unique local, fd00:ec2::254 included
  ['fe80::', 10],
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6')
}

/** Whether `address` (an IP literal) is one a webhook may not be sent to. */
export function isForbiddenAddress(address: string): boolean {
  const version = isIP(address)
  if (version === 0) return true
  if (version === 4) return FORBIDDEN.check(address, 'ipv4')
  const embedded = embeddedIpv4(address)
  if (embedded !== undefined) return FORBIDDEN.check(embedded, 'ipv4')
  return FORBIDDEN.check(address, 'ipv6')
}

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible
 * (::a.b.c.d) IPv6 address: connecting to one reaches the IPv4 host.
 */
function embeddedIpv4(address: string): string | undefined {
  const words = expandIpv6(address)
  if (words === undefined) return undefined
  const high = words.slice(0, 5).every((w) => w === 0)
  if (!high || (words[5] !== 0xffff && words[5] !== 0)) return undefined
  // ::1 and :: are IPv6 loopback and unspecified, not IPv4 hosts.
  if (words[5] === 0 && words[6] === 0) return undefined
  const [a = 0, b = 0] = words.slice(6)
  return [a >> 8, a & 0xff, b >> 8, b & 0xff].join('.')
}

/** Eight 16-bit words of an IPv6 literal (dotted IPv4 tail and zone index allowed). */
function expandIpv6(address: string): number[] | undefined {
  let text = address.split('%')[0] ?? ''
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted?.[1] !== undefined) {
    const bytes = dotted[1].split('.').map(Number)
    const [a = 0, b = 0, c = 0, d = 0] = bytes
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const parse = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((w) => parseInt(w, 16))
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  const fill = tail === undefined ? 0 : 8 - left.length - right.length
  const words = [...left, ...Array<number>(fill).fill(0), ...right]
  return words.length === 8 && words.every((w) => Number.isInteger(w)) ? words : undefined
}
