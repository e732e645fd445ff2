import type { FastifyPluginCallback } from 'fastify'
import { apiKeySecurity } from '../auth/access.js'
import type { Config } from '../config.js'
import { badRequest, HttpError } from '../errors.js'
import { DestinationError } from '../notifications/destinations/resolve.js'
import { NOTIFICATION_EVENTS, type NotificationEventType } from '../notifications/events.js'
import type { Notifications } from '../notifications/service.js'
import { endpointJson, endpointStateJson } from '../notifications/wire.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'

export interface WebhookRoutesOptions {
  readonly notifications: Notifications
  readonly config: Config
}

const count = { type: 'integer', minimum: 0 } as const

const endpointProperties = {
  id: { type: 'string' },
  url: { type: 'string' },
  events: { type: 'array', items: { type: 'string', enum: NOTIFICATION_EVENTS } },
  owner: { type: ['string', 'null'], description: 'Only secrets created with this API key' },
  created_at: { type: 'string', format: 'date-time' },
} as const

const endpointReply = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'url', 'events', 'owner', 'created_at', 'deliveries'],
  properties: {
    ...endpointProperties,
    deliveries: {
      type: 'object',
      additionalProperties: false,
      required: ['pending', 'failing', 'delivered', 'failed', 'last_error'],
      properties: {
        pending: count,
        failing: { ...count, description: 'Pending, and the last attempt failed' },
        delivered: count,
        failed: { ...count, description: 'Given up on after the last attempt' },
        last_error: { type: ['string', 'null'] },
      },
    },
  },
} as const

const createdReply = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'url', 'events', 'owner', 'created_at', 'signing_secret'],
  properties: {
    ...endpointProperties,
    signing_secret: { type: 'string', description: 'whsec_…: shown only in this answer' },
  },
} as const

interface AddBody {
  readonly url: string
  readonly events?: NotificationEventType[]
  readonly owner?: string
}

interface ById {
  Params: { readonly id: string }
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^ep_[A-Za-z0-9_-]{16}$' } },
} as const

/** /api/v1/admin/webhooks: endpoints and their delivery state; every route needs admin scope. */
export const webhookRoutes: FastifyPluginCallback<WebhookRoutesOptions> = (
  app,
  { notifications, config },
  done,
) => {
  const route = { rateLimit: perMinute(config.rateLimit.read), access: 'admin' } as const
  const common = { tags: ['admin'], security: apiKeySecurity(false) }
  const denied = [400, 401, 403, 429] as const

  app.get(
    '/api/v1/admin/webhooks',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminListWebhooks',
        summary: 'Webhook endpoints with their deliveries by state',
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: endpointReply } },
          },
          ...errorReplies(...denied),
        },
      },
    },
    async () => ({ items: (await notifications.endpoints.list()).map(endpointStateJson) }),
  )

  app.post<{ Body: AddBody }>(
    '/api/v1/admin/webhooks',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminAddWebhook',
        summary: 'Add a webhook endpoint',
        description:
          'The URL must not resolve to a loopback, private, link-local or metadata address unless WEBHOOK_ALLOW_PRIVATE=true. events defaults to all; owner limits it to secrets created with that API key. The signing secret is in this answer only.',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['url'],
          properties: {
            url: { type: 'string', minLength: 1, maxLength: 2048 },
            events: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { type: 'string', enum: NOTIFICATION_EVENTS },
            },
            owner: { type: 'string', minLength: 1, maxLength: 64 },
          },
        },
        response: { 201: createdReply, ...errorReplies(...denied, 415) },
      },
    },
    async (request, reply) => {
      const { url, events = [...NOTIFICATION_EVENTS], owner = null } = request.body
      try {
        const { endpoint, signingSecret } = await notifications.addEndpoint({ url, events, owner })
        return reply.code(201).send({ ...endpointJson(endpoint), signing_secret: signingSecret })
      } catch (err) {
        if (err instanceof DestinationError) throw badRequest(err.message)
        throw err
      }
    },
  )

  app.delete<ById>(
    '/api/v1/admin/webhooks/:id',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminRemoveWebhook',
        summary: 'Remove a webhook endpoint and its deliveries',
        params: idParams,
        response: { 204: { type: 'null' }, ...errorReplies(...denied, 404) },
      },
    },
    async (request, reply) => {
      if (!(await notifications.endpoints.remove(request.params.id))) throw unknownEndpoint()
      return reply.code(204).send()
    },
  )

  app.post<ById>(
    '/api/v1/admin/webhooks/:id/test',
    {
      config: route,
      schema: {
        ...common,
        operationId: 'adminTestWebhook',
        summary: 'Send a signed webhook.test event now',
        params: idParams,
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['delivered', 'result'],
            properties: { delivered: { type: 'boolean' }, result: { type: 'string' } },
          },
          ...errorReplies(...denied, 404),
        },
      },
    },
    async (request) => {
      const result = await notifications.testEndpoint(request.params.id)
      if (!result) throw unknownEndpoint()
      return result.delivered
        ? { delivered: true, result: `HTTP ${result.status}` }
        : { delivered: false, result: result.detail }
    },
  )
  done()
}

function unknownEndpoint(): HttpError {
  return new HttpError(404, 'not_found', 'No webhook endpoint has this id.')
}
