import { createHash } from 'node:crypto'
import type { CreateSecretResponse } from '@hushlink/shared/api'
import { HttpError } from '../errors.js'
import type { IdempotencyClaim, IdempotentInsert } from '../storage/index.js'

/** How long an `Idempotency-Key` is remembered; the sweeper deletes older ones. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000

/** An `Idempotency-Key` and whose key space it is in. */
export interface IdempotencyKey {
  /** From `idempotencyPrincipal`: tenants and anonymous clients never share keys. */
  readonly principal: string
  readonly key: string
}

/**
 * Whose key space a create's `Idempotency-Key` is in: its API key's id, or,
 * without one, the client as the rate limits count it (IPv4 address, IPv6
 * network), so that one anonymous client can neither see whether another
 * used a key (a 422 or a replay) nor block it. Stored as a digest, never
 * the address itself.
 */
export function idempotencyPrincipal(apiKeyId: string | null, clientKey: string): string {
  if (apiKeyId !== null) return apiKeyId
  return `anonymous:${createHash('sha256').update(clientKey).digest('base64url')}`
}

/** The claim a create stores with its secret: the body's hash and the answer to replay. */
export function idempotencyClaim(
  { principal, key }: IdempotencyKey,
  body: unknown,
  response: CreateSecretResponse,
  now: number,
): IdempotencyClaim {
  return {
    principal,
    key,
    requestHash: createHash('sha256').update(canonicalJson(body)).digest(),
    response: JSON.stringify(response),
    now,
    staleBefore: now - IDEMPOTENCY_RETENTION_MS,
  }
}

/**
 * The answer for a key an earlier request holds: its original answer when the
 * body is the same, 422 when the key is being reused for something else.
 */
export function replay(
  claim: IdempotencyClaim,
  earlier: Extract<IdempotentInsert, { outcome: 'earlier' }>,
): CreateSecretResponse {
  if (!Buffer.from(earlier.requestHash).equals(claim.requestHash)) {
    throw new HttpError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request body in the last 24 hours.',
    )
  }
  return JSON.parse(earlier.response) as CreateSecretResponse
}

/**
 * JSON with every object's keys sorted: a retry that spells the same body
 * with its fields in another order is the same request.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
