import type {
  AdminSecret,
  AdminSecretList,
  AdminSecretPatch,
  AdminSecretState,
  AdminRequestList,
  AdminStats,
} from '@hushlink/shared/api'
import type { Clock } from '../clock.js'
import { badRequest, HttpError } from '../errors.js'
import { countByState } from '../storage/index.js'
import type { SecretStore, SecretSummary } from '../storage/index.js'
import { kindName, toIsoTime } from '../wire.js'
import { decodeCursor, encodeCursor } from './cursor.js'

export interface AdminListQuery {
  readonly limit: number
  readonly cursor?: string
  readonly state?: AdminSecretState
  readonly owner?: string
}

export interface AdminService {
  list(query: AdminListQuery): Promise<AdminSecretList>
  get(id: string): Promise<AdminSecret>
  amend(id: string, patch: AdminSecretPatch): Promise<AdminSecret>
  /** Idempotent: a secret no longer live stays as it is; 404 only for unknown ids. */
  burn(id: string): Promise<void>
  stats(): Promise<AdminStats>
  /** Requests for secrets, newest first: counts and times, never notes or verifiers. */
  listRequests(query: {
    readonly limit: number
    readonly cursor?: string
  }): Promise<AdminRequestList>
}

export interface AdminServiceOptions {
  readonly store: SecretStore
  readonly clock: Clock
  /** MAX_TTL in seconds: no amendment lets a secret live longer after its creation. */
  readonly maxTtl: number
}

/**
 * The admin API (issue 6). It sees states and facts, never ciphertext or
 * verifiers, and changes secrets only through conditional writes, so an
 * amendment racing a claim cannot revive a secret the claim finished.
 */
export function createAdminService({ store, clock, maxTtl }: AdminServiceOptions): AdminService {
  async function find(id: string): Promise<SecretSummary> {
    const secret = await store.findSecret(id)
    if (!secret) throw new HttpError(404, 'not_found', 'There is no secret with this id.')
    return secret
  }

  return {
    async listRequests({ limit, cursor }) {
      const now = clock.now()
      const rows = await store.requests.list(
        limit + 1,
        cursor === undefined ? null : decodeCursor(cursor),
      )
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      return {
        items: page.map((r) => ({
          id: r.id,
          state: r.expiresAt <= now ? 'expired' : r.state,
          max_answers: r.maxAnswers,
          answers: r.answers,
          created_at: toIsoTime(r.createdAt),
          expires_at: toIsoTime(r.expiresAt),
          owner: r.owner,
        })),
        next_cursor: rows.length > limit && last ? encodeCursor(last) : null,
      }
    },

    async list({ limit, cursor, state, owner }) {
      const now = clock.now()
      // One row more than asked says whether another page follows.
      const rows = await store.listSecrets({
        now,
        limit: limit + 1,
        after: cursor === undefined ? null : decodeCursor(cursor),
        state: state ?? null,
        owner: owner ?? null,
      })
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      return {
        items: page.map((s) => toWire(s, now)),
        next_cursor: rows.length > limit && last ? encodeCursor(last) : null,
      }
    },

    async get(id) {
      return toWire(await find(id), clock.now())
    },

    async amend(id, patch) {
      const now = clock.now()
      const secret = await find(id)
      if (stateAt(secret, now) !== 'active') throw notLive()
      const expiresAt = newExpiry(secret, patch, now, maxTtl)
      // A fan-out secret's views are its links' (§10): its own max_views is their sum.
      if (patch.max_views !== undefined && (await store.findLinks(id)).length > 0) {
        throw badRequest('This secret has one link per recipient; their views cannot be changed.')
      }
      const maxViews = patch.max_views ?? secret.maxViews
      if (maxViews <= secret.views) {
        throw badRequest(
          `max_views must be more than the ${secret.views} views already used; to end the secret, burn it`,
        )
      }
      const amended = await store.amend({ id, expiresAt, maxViews, now })
      // Claimed to its end, burned or viewed once more since it was read above.
      if (!amended) {
        const current = await find(id)
        if (stateAt(current, clock.now()) !== 'active') throw notLive()
        throw badRequest(`max_views must be more than the ${current.views} views already used`)
      }
      return toWire(amended, now)
    },

    async burn(id) {
      await find(id)
      await store.burn(id, clock.now(), 'admin')
    },

    async stats() {
      const { rows, bytes } = await store.stats(clock.now())
      const counts = countByState(rows)
      return {
        secrets: {
          active: counts.active,
          expired: counts.expired,
          viewed: counts.viewed,
          burned: counts.burned,
          burned_failures: counts.burnedByFailures,
        },
        uploading: rows.filter((r) => r.state === 'uploading').reduce((n, r) => n + r.n, 0),
        bytes_stored: bytes,
      }
    },
  }
}

/**
 * The expiry a patch asks for: `ttl` counts from now, `expires_at` is absolute.
 * Either way it must be in the future and at most MAX_TTL after the secret
 * was created, so no secret outlives the retention the instance promises.
 * Without either the expiry stays: it was allowed when it was set, even if
 * MAX_TTL has been lowered since.
 */
function newExpiry(
  secret: SecretSummary,
  patch: AdminSecretPatch,
  now: number,
  maxTtl: number,
): number {
  if (patch.ttl !== undefined && patch.expires_at !== undefined) {
    throw badRequest('send expires_at or ttl, not both')
  }
  if (patch.ttl === undefined && patch.expires_at === undefined) return secret.expiresAt
  const expiresAt =
    patch.ttl !== undefined ? now + patch.ttl * 1000 : Date.parse(patch.expires_at ?? '')
  if (!Number.isFinite(expiresAt) || expiresAt <= now) {
    throw badRequest('the new expiry must be in the future')
  }
  // A time-locked secret must still open before it expires (protocol §9).
  if (secret.notBefore !== null && expiresAt <= secret.notBefore) {
    throw badRequest(`the new expiry must come after the opening: ${toIsoTime(secret.notBefore)}`)
  }
  const latest = secret.createdAt + maxTtl * 1000
  if (expiresAt > latest) {
    throw badRequest(
      `the new expiry must be at most MAX_TTL (${maxTtl} s) after the secret was created: ${toIsoTime(latest)}`,
    )
  }
  return expiresAt
}

function notLive(): HttpError {
  return new HttpError(
    409,
    'not_live',
    'This secret is no longer live: it was opened, burned or has expired.',
  )
}

/** The receipts' vocabulary: a final state says what happened; `expired` an active secret past its time. */
function stateAt(secret: SecretSummary, now: number): AdminSecretState {
  if (secret.state === 'active') return secret.expiresAt > now ? 'active' : 'expired'
  return secret.state
}

function toWire(secret: SecretSummary, now: number): AdminSecret {
  return {
    id: secret.id,
    state: stateAt(secret, now),
    owner: secret.owner,
    kind: kindName(secret.kind),
    size: secret.size,
    created_at: toIsoTime(secret.createdAt),
    expires_at: toIsoTime(secret.expiresAt),
    max_views: secret.maxViews,
    views: secret.views,
    failures: secret.failures,
    max_failures: secret.maxFailures,
    claimed_at: secret.claimedAt === null ? null : toIsoTime(secret.claimedAt),
    passphrase: secret.passphrase,
    receipt: secret.receipt,
    ...(secret.notBefore === null ? {} : { opens_at: toIsoTime(secret.notBefore) }),
  }
}
