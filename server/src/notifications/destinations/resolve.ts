import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { isForbiddenAddress } from './addresses.js'

/** Resolves a host name to all its addresses; tests pass a local table, no outside network. */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) reject(err)
      else resolve(addresses)
    })
  })

/** Why a destination was refused; the message names the rule, never the address looked up. */
export class DestinationError extends Error {
  override readonly name = 'DestinationError'
}

export interface DestinationPolicy {
  readonly resolver: Resolver
  /** WEBHOOK_ALLOW_PRIVATE: private, loopback and link-local destinations allowed. */
  readonly allowPrivate: boolean
}

/** A URL a webhook may be registered for: http(s), no credentials, no fragment. */
export function parseEndpointUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new DestinationError('the endpoint must be an absolute http(s) URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DestinationError('the endpoint must be an http(s) URL')
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') {
    throw new DestinationError('the endpoint must not carry credentials or a fragment')
  }
  return url
}

/**
 * Every address `hostname` resolves to, refused as a whole when any of them
 * is forbidden: a name with one public and one private address could be
 * connected to either.
 */
export async function resolveSafely(
  hostname: string,
  { resolver, allowPrivate }: DestinationPolicy,
): Promise<LookupAddress[]> {
  const literal = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
  const family = isIP(literal)
  const addresses = family === 0 ? [...(await resolver(literal))] : [{ address: literal, family }]
  if (addresses.length === 0) throw new DestinationError('the endpoint host has no address')
  if (!allowPrivate && addresses.some((a) => isForbiddenAddress(a.address))) {
    throw new DestinationError(
      'the endpoint resolves to a loopback, private, link-local or otherwise internal address (WEBHOOK_ALLOW_PRIVATE=true allows it)',
    )
  }
  return addresses
}

/** Checks a URL at registration: its form and every address its host has now. */
export async function checkDestination(raw: string, policy: DestinationPolicy): Promise<URL> {
  const url = parseEndpointUrl(raw)
  await resolveSafely(url.hostname, policy)
  return url
}

/**
 * A `lookup` for the HTTP agent: the socket connects to the very address that
 * was checked, so DNS rebinding cannot swap it between check and connect.
 */
export function guardedLookup(policy: DestinationPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveSafely(hostname, policy).then(
      (addresses) => {
        if (options.all) callback(null, addresses)
        else {
          const [first] = addresses
          callback(null, first?.address ?? '', first?.family ?? 4)
        }
      },
      (err: unknown) => callback(err as NodeJS.ErrnoException, '', 0),
    )
  }
}
