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
import { loadEnvelopeVectors, loadProtocolVectors } from '../../shared/test/vectors.js'
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
