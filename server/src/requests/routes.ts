import {
  answerRequestBody,
  createRequestBody,
  createRequestReply,
  inboxReply,
  inboxTokenBody,
  requestIdParams,
  requestTokenBody,
  viewRequestReply,
  type CreateRequestRequest,
  type CreateSecretRequest,
} from '@hushlink/shared/api'
import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
import { apiKeySecurity } from '../auth/access.js'
import type { Config } from '../config.js'
import { instanceLimits } from '../instance/routes.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import { createBodyLimit } from '../secrets/routes.js'
import type { RequestService } from './service.js'

export interface RequestRoutesOptions {
  readonly service: RequestService
  readonly config: Config
}

interface IdParams {
  readonly id: string
}

const TAGS = ['requests']

const plugin: FastifyPluginCallback<RequestRoutesOptions> = (app, { service, config }, done) => {
  const limits = instanceLimits(config)

  app.post<{ Body: CreateRequestRequest }>(
    '/api/v1/requests',
    {
      config: { rateLimit: perMinute(config.rateLimit.create), access: 'create' },
      schema: {
        tags: TAGS,
        operationId: 'createRequest',
        summary: 'Ask for a secret',
        description:
          'The client makes the X25519 key pair, K_req and K_inbox; the server gets the sealed note and the SHA-256 verifiers of the request and inbox tokens. Takes an API key like a create (required with CREATE_REQUIRES_API_KEY).',
        body: createRequestBody(limits),
        security: apiKeySecurity(!config.createRequiresApiKey),
        response: {
          201: createRequestReply,
          ...errorReplies(400, 401, 403, 409, 415, 429, 507),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.create(request.body, request.apiKey?.name ?? null)),
  )

  app.post<{ Params: IdParams; Body: { request_token: string } }>(
    '/api/v1/requests/:id/view',
    {
      config: { rateLimit: perMinute(config.rateLimit.read) },
      schema: {
        tags: TAGS,
        operationId: 'viewRequest',
        summary: "Read a request's sealed note (consumes nothing)",
        description:
          'Wrong token, unknown or expired: 404. A request that takes no more answers: 409 request_closed.',
        params: requestIdParams,
        body: requestTokenBody,
        response: { 200: viewRequestReply, ...errorReplies(400, 403, 404, 409, 415, 429) },
      },
    },
    (request) => service.view(request.params.id, request.body.request_token),
  )

  app.post<{
    Params: IdParams
    Body: { request_token: string; sealed_key: string; secret: CreateSecretRequest }
  }>(
    '/api/v1/requests/:id/answers',
    {
      bodyLimit: createBodyLimit(config.maxTextBytes),
      // Answering needs no API key, even on a private instance: that a stranger can is the point.
      config: { rateLimit: perMinute(config.rateLimit.create) },
      schema: {
        tags: TAGS,
        operationId: 'answerRequest',
        summary: 'Answer a request with a secret',
        description:
          "The secret is created as by POST /api/v1/secrets, and its link key, sealed to the requester's public key, stored with it; the count, the secret and the answer commit together. A request that takes no more answers: 409 request_closed; a taken secret id: 409 id_taken; nothing is changed by either.",
        params: requestIdParams,
        body: answerRequestBody(limits),
        response: {
          201: createRequestReply,
          ...errorReplies(400, 403, 404, 409, 413, 415, 429, 507),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.answer(request.params.id, request.body)),
  )

  app.post<{ Params: IdParams; Body: { inbox_token: string } }>(
    '/api/v1/requests/:id/inbox',
    {
      config: { rateLimit: perMinute(config.rateLimit.read) },
      schema: {
        tags: TAGS,
        operationId: 'listInbox',
        summary: "List a request's answers that can still be opened (consumes nothing)",
        params: requestIdParams,
        body: inboxTokenBody,
        response: { 200: inboxReply, ...errorReplies(400, 403, 404, 415, 429) },
      },
    },
    (request) => service.inbox(request.params.id, request.body.inbox_token),
  )

  app.post<{ Params: IdParams; Body: { inbox_token: string } }>(
    '/api/v1/requests/:id/close',
    {
      config: { rateLimit: perMinute(config.rateLimit.claim) },
      schema: {
        tags: TAGS,
        operationId: 'closeRequest',
        summary: 'Close a request early (idempotent); its answers stay',
        params: requestIdParams,
        body: inboxTokenBody,
        response: { 204: { type: 'null' }, ...errorReplies(400, 403, 404, 415, 429) },
      },
    },
    async (request, reply) => {
      await service.close(request.params.id, request.body.inbox_token)
      return reply.code(204).send()
    },
  )
  done()
}

/** Encapsulated, and refused unless access and rate limiting are registered first. */
export const requestRoutes = fp(plugin, {
  name: 'request-routes',
  dependencies: ['access', 'rate-limiting'],
  encapsulate: true,
})
