import { BlockList, isIP } from 'node:net'
import { API_KEY_HEADER, API_KEY_PREFIX, isApiKey, type ApiKeyScope } from '@hushlink/shared/api'
import type { FastifyPluginCallback, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Clock } from '../clock.js'
import type { Cidr } from '../config.js'
import { HttpError } from '../errors.js'
import { idempotencyPrincipal } from '../secrets/idempotency.js'
import type { Creator } from '../secrets/creator.js'
import type { ApiKeyStore } from '../storage/index.js'
import { hashApiKey, scopeAllows } from './api-keys.js'

/** The key a request authenticated with. */
export interface ApiKeyIdentity {
  readonly id: string
  readonly name: string
  readonly scope: ApiKeyScope
  /** Its own storage quota in bytes; null: MAX_STORED_BYTES_PER_KEY. */
  readonly quotaBytes: number | null
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The scope a route needs; routes without it take no API key. `upload`
     * (upload parts): only the create routes' network gate, as the upload
     * token, checked by the route, is the part's authorisation.
     */
    readonly access?: ApiKeyScope | 'upload'
  }
  interface FastifyRequest {
    /** The API key the request carried; null without one (or on routes that take none). */
    apiKey: ApiKeyIdentity | null
  }
}

export interface AccessOptions {
  readonly keys: ApiKeyStore
  readonly clock: Clock
  /** Create routes refuse requests without a `create` key (CREATE_REQUIRES_API_KEY). */
  readonly createRequiresKey: boolean
  /** Create routes refuse requests without a signed-in user or a key (CREATE_REQUIRES_LOGIN). */
  readonly createRequiresLogin?: boolean
  /** Create routes refuse clients outside these (CREATE_ALLOWED_CIDRS); null: anywhere. */
  readonly createNetworks: readonly Cidr[] | null
}

/** A key's last use is written at most this often: busy keys must not write per request. */
const TOUCH_INTERVAL_MS = 60_000

/**
 * API keys and the create gates, per route (`config.access`). A route taking
 * `admin` always needs a key or a signed-in admin; a `create` route needs a
 * key (or a signed-in user) when the instance is private, and a key sent
 * anyway must be valid, so the owner it records is right. Signed-in users
 * come from the sessions plugin (sign-in/), when it is registered. The key is read from `X-API-Key` or `Authorization: Bearer` and looked
 * up by its SHA-256; it is never logged (headers are redacted).
 */
const plugin: FastifyPluginCallback<AccessOptions> = (app, options, done) => {
  const networks = options.createNetworks && blockListOf(options.createNetworks)
  // When this process last recorded each key's use: a burst of requests with
  // one key, which all read the same stored last use, writes it once. Keys
  // are few, so the map stays small.
  const lastTouched = new Map<string, number>()
  app.decorateRequest('apiKey', null)

  const check = (scope: ApiKeyScope | 'upload'): onRequestAsyncHookHandler =>
    async function checkAccess(request, reply) {
      if (scope !== 'admin' && networks && !allowed(networks, request.ip)) {
        throw new HttpError(403, 'forbidden', 'Creating secrets is not allowed from this network.')
      }
      if (scope === 'upload') return
      const presented = presentedKey(request)
      const required =
        scope === 'admin' || options.createRequiresKey || options.createRequiresLogin === true
      if (presented === undefined) {
        const user = request.user
        if (user && (scope === 'create' || user.admin)) return
        if (user) {
          throw new HttpError(403, 'forbidden', 'Your account is not in an admin group.')
        }
        if (!required) return
        reply.header('www-authenticate', 'Bearer realm="hushlink"')
        throw new HttpError(401, 'unauthorized', refusal(scope, options, request.sessionProblem))
      }
      const now = options.clock.now()
      const record = isApiKey(presented)
        ? await options.keys.findByHash(hashApiKey(presented))
        : undefined
      if (!record) {
        reply.header('www-authenticate', 'Bearer realm="hushlink", error="invalid_token"')
        throw new HttpError(401, 'unauthorized', 'The API key is not valid or was revoked.')
      }
      if (!scopeAllows(record.scope, scope)) {
        throw new HttpError(
          403,
          'insufficient_scope',
          `This API key has ${record.scope} scope; this needs ${scope}.`,
        )
      }
      request.apiKey = {
        id: record.id,
        name: record.name,
        scope: record.scope,
        quotaBytes: record.quotaBytes,
      }
      const last = Math.max(record.lastUsedAt ?? -Infinity, lastTouched.get(record.id) ?? -Infinity)
      if (last <= now - TOUCH_INTERVAL_MS) {
        lastTouched.set(record.id, now)
        // Bookkeeping only, so not awaited: a slow or failed write must not delay or fail the request.
        void options.keys.touch(record.id, now, now - TOUCH_INTERVAL_MS).catch((err: unknown) => {
          request.log.warn({ err }, 'could not record the use of an API key')
        })
      }
    }

  app.addHook('onRoute', (route) => {
    const scope = route.config?.access
    if (scope === undefined) return
    const existing = route.onRequest
    const hooks = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]
    route.onRequest = [...hooks, check(scope)]
  })
  done()
}

export const access = fp(plugin, { name: 'access' })

function refusal(
  scope: ApiKeyScope,
  options: AccessOptions,
  problem: FastifyRequest['sessionProblem'],
): string {
  if (problem === 'expired') return 'Your sign-in has expired: sign in again.'
  if (scope === 'admin') {
    return options.createRequiresLogin === undefined
      ? 'An API key with admin scope is required.'
      : 'Sign in as an administrator or send an API key with admin scope.'
  }
  return options.createRequiresLogin === true
    ? 'This server creates secrets only for its members: sign in or send an API key.'
    : 'This server creates secrets only for its members: an API key is required.'
}

/** Who a create request is recorded for: the key's name, else the signed-in user; null: anyone. */
export function ownerOf(request: FastifyRequest): string | null {
  return request.apiKey?.name ?? request.user?.owner ?? null
}

/** The creator of a create request: its owner and that API key's own quota. */
export function creatorOf(request: FastifyRequest): Creator {
  return { owner: ownerOf(request), quotaBytes: request.apiKey?.quotaBytes ?? null }
}

/** Whose idempotency keys a request's key belongs to (keys of different callers never collide). */
export function principalOf(request: FastifyRequest): string {
  return idempotencyPrincipal(request.apiKey?.id ?? request.user?.owner ?? null, request.clientKey)
}

/**
 * `X-API-Key` first, then `Authorization: Bearer hlk_…`; undefined when
 * neither is sent. Other Authorization values are not ours (a proxy's basic
 * auth or single sign-on may pass them through) and are ignored.
 */
function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers[API_KEY_HEADER]
  if (typeof header === 'string') return header.trim()
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1]
  return bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined
}

function blockListOf(cidrs: readonly Cidr[]): BlockList {
  const list = new BlockList()
  for (const { address, prefix, family } of cidrs) list.addSubnet(address, prefix, family)
  return list
}

/**
 * BlockList matches IPv4-mapped IPv6 addresses (::ffff:a.b.c.d, how a
 * dual-stack socket reports IPv4 clients) against IPv4 ranges and back.
 */
function allowed(networks: BlockList, ip: string): boolean {
  const version = isIP(ip)
  return version !== 0 && networks.check(ip, version === 4 ? 'ipv4' : 'ipv6')
}

/** OpenAPI security of a route: the key in either header; `optional` adds "no key". */
export function apiKeySecurity(optional: boolean): Record<string, string[]>[] {
  return [...(optional ? [{}] : []), { apiKey: [] }, { bearer: [] }]
}
