import { randomBytes } from 'node:crypto'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { encodeBase64url, prepareSecret, sealContent, type PreparedSecret } from '@hushlink/shared'
import type { ClaimRequest, CreateSecretRequest } from '@hushlink/shared/api'

/** The cheapest Argon2id cost the protocol allows: tests prove logic, not KDF strength. */
const TEST_KDF = { ops: 2, memKib: 19_456 } as const

export interface TestSecret {
  readonly id: string
  readonly prepared: PreparedSecret
  readonly envelope: Uint8Array
  readonly body: CreateSecretRequest
  readonly accessToken: string
  readonly passToken?: string
  readonly receiptToken: string
}

export interface SecretOptions {
  readonly text?: string
  readonly passphrase?: string
  readonly ttl?: number
  readonly maxViews?: number
  readonly maxFailures?: number
  /** ISO 8601: the time lock's opening moment. */
  readonly notBefore?: string
}

/** A real secret, sealed with the shared protocol code exactly as a client would. */
export async function makeSecret(options: SecretOptions = {}): Promise<TestSecret> {
  const prepared = await prepareSecret(options.passphrase ?? null, TEST_KDF)
  const envelope = sealContent(prepared, {
    text: options.text ?? 'correct horse battery staple',
    files: [],
  })
  const body: CreateSecretRequest = {
    id: prepared.id,
    envelope: encodeBase64url(envelope),
    ttl: options.ttl ?? 3600,
    ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
    ...(options.maxFailures === undefined ? {} : { max_failures: options.maxFailures }),
    ...(options.notBefore === undefined ? {} : { not_before: options.notBefore }),
    ...prepared.verifiers,
  }
  return {
    id: prepared.id,
    prepared,
    envelope,
    body,
    accessToken: encodeBase64url(prepared.keys.accessToken),
    ...(prepared.keys.passToken ? { passToken: encodeBase64url(prepared.keys.passToken) } : {}),
    receiptToken: encodeBase64url(prepared.receiptToken),
  }
}

/** 32 random bytes in token form: right shape, wrong value. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url')
}

export function createSecret(app: FastifyInstance, body: unknown): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/v1/secrets', payload: body as object })
}

export function getMeta(app: FastifyInstance, id: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url: `/api/v1/secrets/${id}` })
}

export function claim(
  app: FastifyInstance,
  id: string,
  body: ClaimRequest,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/api/v1/secrets/${id}/claim`, payload: body })
}

export function receipt(
  app: FastifyInstance,
  action: 'status' | 'burn',
  id: string,
  receiptToken: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/v1/receipts/${id}/${action}`,
    payload: { receipt_token: receiptToken },
  })
}

/** Creates the secret and fails the test unless the server acknowledged it. */
export async function storeSecret(
  app: FastifyInstance,
  options: SecretOptions = {},
): Promise<TestSecret> {
  const secret = await makeSecret(options)
  const res = await createSecret(app, secret.body)
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`)
  return secret
}

/** A copy of a request body without one field. */
export function without<T extends object>(body: T, field: keyof T): Partial<T> {
  const copy: Partial<T> = { ...body }
  delete copy[field]
  return copy
}
