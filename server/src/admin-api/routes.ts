import {
  apiKeyIdParams,
  apiKeyItem,
  apiKeyList,
  createApiKeyBody,
  createdApiKeyReply,
  type CreateApiKeyRequest,
  type UpdateApiKeyRequest,
  updateApiKeyBody,
  adminSecret,
  adminSecretList,
  adminSecretListQuery,
  adminSecretPatch,
  adminRequestList,
  adminRequestListQuery,
  adminStats,
  secretIdParams,
  type AdminSecretPatch,
} from '@hushlink/shared/api'
import type { FastifyPluginCallback, preValidationHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { apiKeySecurity } from '../auth/access.js'
import type { Config } from '../config.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import type { KeyService } from './keys.js'
import type { AdminListQuery, AdminService } from './service.js'

export interface AdminRoutesOptions {
  readonly service: AdminService
  readonly keys: KeyService
  readonly config: Config
}

interface ById {
  Params: { readonly id: string }
}

/**
 * /api/v1/admin: every route needs an API key with admin scope, or the
 * session cookie of a user in OIDC_ADMIN_GROUPS (auth/access.ts decides).
 */
const plugin: FastifyPluginCallback<AdminRoutesOptions> = (
  app,
  { service, keys, config },
  done,
) => {
  const route = { rateLimit: perMinute(config.rateLimit.read), access: 'admin' } as const
  const common = { tags: ['admin'], security: apiKeySecurity(false) }
  const denied = [400, 401, 403, 429] as const

  app.get<{ Querystring: AdminListQuery }>(
    '/api/v1/admin/secrets',
    {
      config: route,
      preValidation: limitAsNumber,
      schema: {
        ...common,
        operationId: 'adminListSecrets',
        summary: 'List secrets, newest first',
        description:
          'Keyset pagination on (created_at, id): next_cursor continues after the last item, and rows created or deleted meanwhile never shift a page, so every secret that exists throughout is listed exactly once. Uploads in progress are not listed.',
        querystring: adminSecretListQuery,
        response: { 200: adminSecretList, ...errorReplies(...denied) },
      },
    },
    (request) => service.list(request.query),
  )

  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/api/v1/admin/requests',
    {
      config: route,
      preValidation: limitAsNumber,
      schema: {
        ...common,
        operationId: 'adminListRequests',
        summary: 'List requests for secrets, newest first',
        description:
          'Keyset pagination on (created_at, id) as for secrets. Counts and times only: never the note or a verifier. A request is listed until its own expiry and every answer it took have passed.',
        querystring: adminRequestListQuery,
        response: { 200: adminRequestList, ...errorReplies(...denied) },
      },
    },
    (request) => service.listRequests(request.query),
  )

  app.get<ById>(
    '/api/v1/admin/secrets/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminGetSecret',
        summary: 'One secret',
        params: secretIdParams,
        response: { 200: adminSecret, ...errorReplies(...denied, 404) },
      },
    },
    (request) => service.get(request.params.id),
  )

  app.patch<ById & { Body: AdminSecretPatch }>(
    '/api/v1/admin/secrets/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminUpdateSecret',
        summary: 'Change the expiry or the views of a live secret',
        description:
          'ttl counts from now, expires_at is absolute; either way the new expiry must be in the future and at most MAX_TTL after the secret was created. max_views must exceed the views already used. 409 when the secret is no longer live.',
        params: secretIdParams,
        body: adminSecretPatch(config),
        response: { 200: adminSecret, ...errorReplies(...denied, 404, 409, 415) },
      },
    },
    (request) => service.amend(request.params.id, request.body),
  )

  app.delete<ById>(
    '/api/v1/admin/secrets/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminBurnSecret',
        summary: 'Burn a secret (idempotent)',
        description:
          'Deletes the ciphertext of a live secret; one no longer live stays as it is. 204 either way; 404 for an id the server does not know.',
        params: secretIdParams,
        response: { 204: { type: 'null' }, ...errorReplies(...denied, 404) },
      },
    },
    async (request, reply) => {
      await service.burn(request.params.id)
      return reply.code(204).send()
    },
  )

  app.get(
    '/api/v1/admin/stats',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminGetStats',
        summary: 'Secrets by state and bytes stored',
        response: { 200: adminStats, ...errorReplies(...denied) },
      },
    },
    () => service.stats(),
  )

  app.get(
    '/api/v1/admin/keys',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminListKeys',
        summary: 'API keys, revoked ones included (never the keys themselves)',
        response: { 200: apiKeyList, ...errorReplies(...denied) },
      },
    },
    () => keys.list(),
  )

  app.post<{ Body: CreateApiKeyRequest }>(
    '/api/v1/admin/keys',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminCreateKey',
        summary: 'Create an API key (the key is in this answer only)',
        body: createApiKeyBody,
        response: { 201: createdApiKeyReply, ...errorReplies(...denied, 409, 415) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await keys.create(
            request.body.name,
            request.body.scope,
            request.body.quota_bytes ?? null,
          ),
        ),
  )

  app.patch<ById & { Body: UpdateApiKeyRequest }>(
    '/api/v1/admin/keys/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminUpdateKey',
        summary: "Set an API key's storage quota",
        description:
          'quota_bytes limits the ciphertext the secrets created with this key hold at once (creates past it get 507 quota_exceeded); null returns the key to the server default, MAX_STORED_BYTES_PER_KEY. Secrets already stored stay.',
        params: apiKeyIdParams,
        body: updateApiKeyBody,
        response: { 200: apiKeyItem, ...errorReplies(...denied, 404, 415) },
      },
    },
    (request) => keys.setQuota(request.params.id, request.body.quota_bytes),
  )

  app.delete<ById>(
    '/api/v1/admin/keys/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminRevokeKey',
        summary: 'Revoke an API key',
        params: apiKeyIdParams,
        response: { 204: { type: 'null' }, ...errorReplies(...denied, 404) },
      },
    },
    async (request, reply) => {
      await keys.revoke(request.params.id)
      return reply.code(204).send()
    },
  )
  done()
}

/**
 * Query values arrive as strings and the schema says integer; validation
 * never coerces, so a canonical decimal is converted here and anything else
 * is left to fail validation.
 */
const limitAsNumber: preValidationHookHandler = (request, _reply, next) => {
  const query = request.query as Record<string, unknown>
  if (typeof query.limit === 'string' && /^[1-9]\d{0,2}$/.test(query.limit)) {
    query.limit = Number(query.limit)
  }
  next()
}

/**
 * Encapsulated, and refused unless the plugins that enforce its routes'
 * `access` and `rateLimit` config are registered first.
 */
export const adminRoutes = fp(plugin, {
  name: 'admin-routes',
  dependencies: ['access', 'rate-limiting'],
  encapsulate: true,
})
