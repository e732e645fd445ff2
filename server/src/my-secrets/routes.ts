import {
  adminSecretList,
  ADMIN_PAGE_MAX,
  secretIdParams,
  type AdminSecretList,
} from '@hushlink/shared/api'
import type { FastifyPluginCallback, FastifyRequest } from 'fastify'
import type { AdminService } from '../admin-api/service.js'
import type { Config } from '../config.js'
import { HttpError } from '../errors.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import type { SignedInUser } from '../sign-in/session-cookie.js'

export interface MySecretsRoutesOptions {
  /** The admin API's service: the same listing and burn, limited to the user's own secrets. */
  readonly service: AdminService
  readonly config: Config
}

interface ListQuery {
  Querystring: { readonly cursor?: string }
}

/**
 * /api/v1/my/secrets: a signed-in user's own secrets, from server-side
 * metadata only (states, times, views; never contents), and Burn. A secret
 * of someone else answers 404, like one that does not exist.
 */
export const mySecretsRoutes: FastifyPluginCallback<MySecretsRoutesOptions> = (
  app,
  { service, config },
  done,
) => {
  const route = { rateLimit: perMinute(config.rateLimit.read) }
  const common = { tags: ['sign-in'] }
  const denied = [400, 401, 403, 429] as const

  app.get<ListQuery>(
    '/api/v1/my/secrets',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'listMySecrets',
        summary: "The signed-in user's secrets, newest first",
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { cursor: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,200}$' } },
        },
        response: { 200: adminSecretList, ...errorReplies(...denied) },
      },
    },
    (request): Promise<AdminSecretList> =>
      service.list({
        limit: ADMIN_PAGE_MAX,
        owner: user(request).owner,
        ...(request.query.cursor === undefined ? {} : { cursor: request.query.cursor }),
      }),
  )

  app.delete<{ Params: { readonly id: string } }>(
    '/api/v1/my/secrets/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'burnMySecret',
        summary: 'Burn one of your secrets (idempotent)',
        params: secretIdParams,
        response: { 204: { type: 'null' }, ...errorReplies(...denied, 404) },
      },
    },
    async (request, reply) => {
      const owner = user(request).owner
      const secret = await service.get(request.params.id)
      if (secret.owner !== owner) {
        throw new HttpError(404, 'not_found', 'There is no secret with this id.')
      }
      await service.burn(secret.id)
      return reply.code(204).send()
    },
  )
  done()
}

/** The signed-in user, or a 401 that says whether the sign-in expired. */
function user(request: FastifyRequest): SignedInUser {
  if (request.user) return request.user
  throw new HttpError(
    401,
    'unauthorized',
    request.sessionProblem === 'expired'
      ? 'Your sign-in has expired: sign in again.'
      : 'Sign in to see your secrets.',
  )
}
