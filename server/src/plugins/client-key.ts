import { isIP } from 'node:net'
import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Who the client is for rate limits and anonymous idempotency keys: an
     * IPv4 address, or the IPv6 network of RATE_LIMIT_IPV6_PREFIX bits its
     * address is in (one subscriber usually holds a whole /64).
     */
    readonly clientKey: string
  }
}

export interface ClientKeyOptions {
  readonly ipv6Prefix: number
}

const plugin: FastifyPluginCallback<ClientKeyOptions> = (app, { ipv6Prefix }, done) => {
  app.decorateRequest('clientKey', {
    getter(this: { ip: string }) {
      return clientKeyOf(this.ip, ipv6Prefix)
    },
  })
  done()
}

export const clientKey = fp(plugin, { name: 'client-key' })

/** The address for IPv4 (an IPv4-mapped IPv6 address included), `network/prefix` for IPv6. */
export function clientKeyOf(ip: string, ipv6Prefix: number): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1]
  if (mapped !== undefined) return mapped
  if (isIP(ip) !== 6) return ip
  const groups = ipv6Groups(ip)
  const masked = groups.map((group, i) => {
    const bits = Math.min(16, Math.max(0, ipv6Prefix - i * 16))
    return group & (0xffff << (16 - bits))
  })
  return `${masked.map((g) => g.toString(16)).join(':')}/${ipv6Prefix}`
}

/** The eight 16-bit groups of a valid IPv6 address (a zone id is dropped). */
function ipv6Groups(ip: string): number[] {
  let text = ip.split('%', 1)[0] ?? ''
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const parse = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((g) => parseInt(g, 16))
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}
