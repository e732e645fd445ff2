/**
 * The server's side of the shared vectors (docs/protocol.md §6): it accepts
 * every vector envelope and hands back the same bytes on a claim, and it
 * refuses every broken envelope that breaks §4.6 with 400 invalid_envelope
 * (those that only fail decryption it cannot tell apart, and stores).
 */
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { encodeBase64url } from '@hushlink/shared'
import {
  loadEnvelopeVectors,
  fanOutCreateBody,
  loadFanOutVectors,
  loadProtocolVectors,
} from '../../shared/test/vectors.js'
import { APP_TESTS, buildTestApp, IN_MEMORY } from './helpers/app.js'

const vectors = loadEnvelopeVectors()
const broken = loadProtocolVectors().broken_envelopes
const anyVerifier = (): string => encodeBase64url(randomBytes(32))

function create(app: FastifyInstance, body: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/v1/secrets', payload: { ttl: 3600, ...body } })
}

describe('the shared vectors on the server', APP_TESTS, () => {
  it('accepts every vector envelope and returns it byte for byte on a claim', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    for (const v of vectors) {
      const created = await create(app, {
        id: v.id,
        envelope: v.envelope,
        access_verifier: v.access_verifier,
        ...(v.pass_verifier === null ? {} : { pass_verifier: v.pass_verifier }),
      })
      expect(created.statusCode, `${v.name}: ${created.body}`).toBe(201)
      const claimed = await app.inject({
        method: 'POST',
        url: `/api/v1/secrets/${v.id}/claim`,
        payload: {
          access_token: v.access_token,
          ...(v.pass_token === null ? {} : { pass_token: v.pass_token }),
        },
      })
      expect(claimed.statusCode, v.name).toBe(200)
      expect(claimed.json<{ envelope: string }>().envelope, v.name).toBe(v.envelope)
    }
  })

  it.each(broken.map((c) => [c.name, c] as const))(
    'broken envelope "%s": as protocol-v1.json says',
    async (_name, c) => {
      const { app } = await buildTestApp(IN_MEMORY)
      const res = await create(app, {
        id: c.id,
        envelope: c.envelope,
        access_verifier: anyVerifier(),
        ...(c.from === 'passphrase' ? { pass_verifier: anyVerifier() } : {}),
      })
      if (c.server === 'accepted') {
        expect(res.statusCode, res.body).toBe(201)
      } else {
        expect(res.statusCode, res.body).toBe(400)
        expect(res.json<{ error: { code: string } }>().error.code).toBe('invalid_envelope')
      }
    },
  )
})

describe('the fan-out vectors on the server (docs/protocol.md §10.5)', APP_TESTS, () => {
  it('stores each vector with its links, opens each link with its token, returns the sealed labels', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    for (const f of loadFanOutVectors().vectors) {
      const v = vectors.find((e) => e.name === f.envelope)
      if (!v) throw new Error(f.envelope)
      const created = await create(app, fanOutCreateBody(f, v))
      expect(created.statusCode, `${f.name}: ${created.body}`).toBe(201)
      const pass = v.pass_token === null ? {} : { pass_token: v.pass_token }
      // The envelope's own token opens no link, and no link opens with another's token.
      const [first, second] = f.links
      for (const access_token of [v.access_token, second?.link_token]) {
        const refused = await app.inject({
          method: 'POST',
          url: `/api/v1/secrets/${v.id}/claim`,
          payload: { access_token, link: first?.index, ...pass },
        })
        expect(refused.statusCode).toBe(404)
      }
      for (const l of f.links) {
        const claimed = await app.inject({
          method: 'POST',
          url: `/api/v1/secrets/${v.id}/claim`,
          payload: { access_token: l.link_token, link: l.index, ...pass },
        })
        expect(claimed.statusCode, `${f.name} link ${l.index}: ${claimed.body}`).toBe(200)
        expect(claimed.json<{ envelope: string }>().envelope).toBe(v.envelope)
      }
      const status = await app.inject({
        method: 'POST',
        url: `/api/v1/receipts/${v.id}/status`,
        payload: { receipt_token: f.receipt_token },
      })
      const links = status.json<{ links: { label?: string; state: string }[] }>().links
      expect(links.map((l) => l.label ?? null)).toEqual(f.links.map((l) => l.sealed_label))
      expect(links.every((l) => l.state === 'viewed')).toBe(true)
    }
  })
})
