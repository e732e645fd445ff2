import { encodeBase64url } from '@hushlink/shared'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, useSharedApp } from './helpers/app.js'
import {
  claim,
  createSecret,
  makeSecret,
  randomToken,
  without,
  type TestSecret,
} from './helpers/secrets.js'

/** A marker that must never be echoed back in an error message. */
const MARKER = 'ECHO-MARKER-7f3a'

interface Case {
  readonly name: string
  readonly status: number
  readonly code: string
  readonly request: (s: TestSecret, other: TestSecret) => InjectOptions
}

function create(body: unknown, headers: Record<string, string> = {}): InjectOptions {
  return {
    method: 'POST',
    url: '/api/v1/secrets',
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  }
}

/** The envelope with the byte at `offset` XORed, base64url again. */
function tamper(s: TestSecret, offset: number, mask = 0x01): string {
  const bytes = Uint8Array.from(s.envelope)
  bytes[offset] = (bytes[offset] as number) ^ mask
  return encodeBase64url(bytes)
}

function withEnvelope(s: TestSecret, envelope: string): object {
  return { ...s.body, envelope }
}

const CASES: readonly Case[] = [
  // Transport and JSON.
  { name: 'malformed JSON', status: 400, code: 'bad_request', request: () => create('{"id": ') },
  { name: 'empty JSON body', status: 400, code: 'bad_request', request: () => create('') },
  {
    name: 'JSON that is not an object',
    status: 400,
    code: 'bad_request',
    request: () => create('[1,2]'),
  },
  {
    name: 'prototype poisoning',
    status: 400,
    code: 'bad_request',
    request: (s) => create(`{"__proto__":{"x":1},"id":"${s.id}"}`),
  },
  {
    name: 'text/plain body',
    status: 415,
    code: 'unsupported_media_type',
    request: (s) => ({ ...create(s.body), headers: { 'content-type': 'text/plain' } }),
  },
  {
    name: 'form-encoded body',
    status: 415,
    code: 'unsupported_media_type',
    request: () => ({
      method: 'POST',
      url: '/api/v1/secrets',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `id=${MARKER}`,
    }),
  },
  {
    name: 'octet-stream body',
    status: 415,
    code: 'unsupported_media_type',
    request: (s) => ({
      method: 'POST',
      url: '/api/v1/secrets',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(s.envelope),
    }),
  },
  {
    name: 'cross-site POST',
    status: 403,
    code: 'forbidden',
    request: (s) => create(s.body, { 'sec-fetch-site': 'cross-site' }),
  },
  {
    name: 'oversize body',
    status: 413,
    code: 'payload_too_large',
    request: (s) => create({ ...s.body, envelope: 'A'.repeat(2_000_000) }),
  },
  // Schema: types, ranges, extra and missing fields.
  {
    name: 'ttl as a string',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, ttl: '3600' }),
  },
  {
    name: 'ttl fractional',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, ttl: 3600.5 }),
  },
  {
    name: 'ttl below MIN_TTL',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, ttl: 10 }),
  },
  {
    name: 'ttl above MAX_TTL',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, ttl: 10 ** 9 }),
  },
  {
    name: 'max_views 0',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, max_views: 0 }),
  },
  {
    name: 'max_views above MAX_VIEWS',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, max_views: 101 }),
  },
  {
    name: 'max_failures 11',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, max_failures: 11 }),
  },
  {
    name: 'id as a number',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, id: 12345 }),
  },
  {
    name: 'envelope as an array',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, envelope: [1] }),
  },
  {
    name: 'null verifier',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, access_verifier: null }),
  },
  {
    name: 'extra field',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, [MARKER]: MARKER }),
  },
  {
    name: 'missing access_verifier',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ id: s.id, envelope: s.body.envelope, ttl: 3600 }),
  },
  // Ids and tokens.
  {
    name: 'id too short',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, id: s.id.slice(1) }),
  },
  {
    name: 'id with non-canonical last character',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, id: `${s.id.slice(0, 21)}B` }),
  },
  {
    name: 'id with foreign characters',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, id: `${s.id.slice(0, 20)}+/A` }),
  },
  {
    name: 'verifier too long',
    status: 400,
    code: 'bad_request',
    request: (s) => create({ ...s.body, access_verifier: `${s.body.access_verifier}AAAA` }),
  },
  // Base64url of the envelope.
  {
    name: 'envelope with padding',
    status: 400,
    code: 'bad_request',
    request: (s) => create(withEnvelope(s, `${s.body.envelope}==`)),
  },
  {
    name: 'envelope in standard base64',
    status: 400,
    code: 'bad_request',
    request: (s) => create(withEnvelope(s, `+/${s.body.envelope}`)),
  },
  {
    name: 'envelope with an impossible length',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, `${s.body.envelope}A`)),
  },
  {
    name: 'empty envelope',
    status: 400,
    code: 'bad_request',
    request: (s) => create(withEnvelope(s, '')),
  },
  // The envelope's structure.
  {
    name: 'tampered magic',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 0))),
  },
  {
    name: 'tampered version',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 3))),
  },
  {
    name: 'unknown suite',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 4))),
  },
  {
    name: 'unknown kind',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 5, 0x04))),
  },
  {
    name: 'unknown flag',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 6, 0x80))),
  },
  {
    name: 'KDF fields without the flag',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 8))),
  },
  {
    name: 'unsupported chunk size',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 33))),
  },
  {
    name: 'non-zero reserved byte',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 83))),
  },
  {
    name: 'tampered id binding',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, tamper(s, 40))),
  },
  {
    name: 'envelope of another id',
    status: 400,
    code: 'invalid_envelope',
    request: (s, other) => create({ ...s.body, envelope: other.body.envelope }),
  },
  {
    name: 'envelope truncated to its header',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, encodeBase64url(s.envelope.subarray(0, 84)))),
  },
  {
    name: 'unpadded length (one byte short)',
    status: 400,
    code: 'invalid_envelope',
    request: (s) =>
      create(withEnvelope(s, encodeBase64url(s.envelope.subarray(0, s.envelope.length - 1)))),
  },
  {
    name: 'unpadded length (one byte appended)',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create(withEnvelope(s, encodeBase64url(Uint8Array.from([...s.envelope, 0])))),
  },
  {
    name: 'pass_verifier for an envelope without passphrase',
    status: 400,
    code: 'invalid_envelope',
    request: (s) => create({ ...s.body, pass_verifier: randomToken() }),
  },
  // Claims and routes.
  {
    name: 'claim without access_token',
    status: 400,
    code: 'bad_request',
    request: (s) => ({ method: 'POST', url: `/api/v1/secrets/${s.id}/claim`, payload: {} }),
  },
  {
    name: 'claim with a short token',
    status: 400,
    code: 'bad_request',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/secrets/${s.id}/claim`,
      payload: { access_token: s.accessToken.slice(2) },
    }),
  },
  {
    name: 'claim with a non-canonical token',
    status: 400,
    code: 'bad_request',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/secrets/${s.id}/claim`,
      payload: { access_token: `${s.accessToken.slice(0, 42)}B` },
    }),
  },
  {
    name: 'claim with an extra field',
    status: 400,
    code: 'bad_request',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/secrets/${s.id}/claim`,
      payload: { access_token: s.accessToken, [MARKER]: 1 },
    }),
  },
  {
    name: 'claim with no body',
    status: 400,
    code: 'bad_request',
    request: (s) => ({ method: 'POST', url: `/api/v1/secrets/${s.id}/claim` }),
  },
  {
    name: 'metadata of a malformed id',
    status: 400,
    code: 'bad_request',
    request: () => ({ method: 'GET', url: `/api/v1/secrets/${MARKER}` }),
  },
  {
    name: 'metadata of an overlong id',
    status: 400,
    code: 'bad_request',
    request: () => ({ method: 'GET', url: `/api/v1/secrets/${'A'.repeat(500)}` }),
  },
  {
    name: 'malformed percent-encoding',
    status: 400,
    code: 'bad_request',
    request: () => ({ method: 'GET', url: '/api/v1/secrets/%E0%A4%A' }),
  },
  {
    name: 'receipt with a malformed token',
    status: 400,
    code: 'bad_request',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/receipts/${s.id}/status`,
      payload: { receipt_token: MARKER },
    }),
  },
  {
    name: 'unknown route',
    status: 404,
    code: 'not_found',
    request: () => ({ method: 'GET', url: `/api/v1/${MARKER}` }),
  },
  {
    name: 'wrong method',
    status: 405,
    code: 'method_not_allowed',
    request: () => ({ method: 'PUT', url: '/api/v1/secrets' }),
  },
  {
    name: 'DELETE of a secret',
    status: 405,
    code: 'method_not_allowed',
    request: (s) => ({ method: 'DELETE', url: `/api/v1/secrets/${s.id}` }),
  },
]

async function send(app: FastifyInstance, options: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject(options)
}

describe('bad input: a 4xx JSON error every time, never a 500', APP_TESTS, () => {
  const shared = useSharedApp()

  it('rejects every case in the matrix and keeps serving', async () => {
    const { app } = shared.current
    const secret = await makeSecret()
    const other = await makeSecret()
    for (const c of CASES) {
      const res = await send(app, c.request(secret, other))
      expect({ name: c.name, status: res.statusCode }).toEqual({ name: c.name, status: c.status })
      expect(res.headers['content-type'], c.name).toMatch(/^application\/json/)
      const body = res.json<{ error: { code: string; message: string } }>()
      expect(body.error.code, c.name).toBe(c.code)
      expect(body.error.message.length, c.name).toBeGreaterThan(0)
      expect(res.body, c.name).not.toContain(MARKER)
      expect(res.body, c.name).not.toContain(secret.id)
    }
    // Nothing was stored by any rejected create, and the service still works.
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(404)
    expect((await createSecret(app, secret.body)).statusCode).toBe(201)
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
  })

  it('requires pass_verifier exactly when the envelope header sets a passphrase', async () => {
    const { app } = shared.current
    const secret = await makeSecret({ passphrase: 'hunter2' })
    const res = await createSecret(app, without(secret.body, 'pass_verifier'))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ error: { code: 'invalid_envelope' } })
    expect((await createSecret(app, secret.body)).statusCode).toBe(201)
  })

  it('names the field in validation messages', async () => {
    const { app } = shared.current
    const secret = await makeSecret()
    const res = await send(app, create({ ...secret.body, ttl: 'abc' }))
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/ttl/)
  })
})
