import { expect } from 'vitest'
import type { EnvelopeVector } from '../../shared/test/vectors.js'

/** Stores a known-answer vector's envelope in a running server under the vector's own id. */
export async function seedVector(server: string, vector: EnvelopeVector): Promise<void> {
  const res = await fetch(`${server}/api/v1/secrets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: vector.id,
      envelope: vector.envelope,
      ttl: 3600,
      access_verifier: vector.access_verifier,
      ...(vector.pass_verifier === null ? {} : { pass_verifier: vector.pass_verifier }),
    }),
  })
  expect(res.status, await res.text()).toBe(201)
}

/** A vector's link (secret or share) with a test server's base in place of the example one. */
export function onServer(server: string, link: string): string {
  const url = new URL(link)
  return `${server}${url.pathname}${url.hash}`
}
