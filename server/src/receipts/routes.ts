import {
  receiptBody,
  receiptBurnBody,
  receiptStatusReply,
  secretIdParams,
  type ReceiptBurnRequest,
  type ReceiptRequest,
} from '@hushlink/shared/api'
import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import type { ReceiptService } from './service.js'

export interface ReceiptRoutesOptions {
  readonly service: ReceiptService
  readonly config: Config
}

interface Route {
  Params: { readonly id: string }
  Body: ReceiptRequest
}

const plugin: FastifyPluginCallback<ReceiptRoutesOptions> = (app, { service, config }, done) => {
  app.post<Route>(
    '/api/v1/receipts/:id/status',
    {
      config: { rateLimit: perMinute(config.rateLimit.read) },
      schema: {
        tags: ['receipts'],
        operationId: 'getReceiptStatus',
        summary: 'What happened to a secret',
        params: secretIdParams,
        body: receiptBody,
        response: { 200: receiptStatusReply, ...errorReplies(400, 403, 404, 415, 429) },
      },
    },
    (request) => service.status(request.params.id, request.body.receipt_token),
  )

  app.post<Route & { Body: ReceiptBurnRequest }>(
    '/api/v1/receipts/:id/burn',
    {
      config: { rateLimit: perMinute(config.rateLimit.claim) },
      schema: {
        tags: ['receipts'],
        operationId: 'burnSecret',
        summary:
          'Destroy a secret, or one link of a fan-out secret, before it is read (idempotent)',
        params: secretIdParams,
        body: receiptBurnBody,
        response: { 204: { type: 'null' }, ...errorReplies(400, 403, 404, 415, 429) },
      },
    },
    async (request, reply) => {
      await service.burn(request.params.id, request.body.receipt_token, request.body.link)
      return reply.code(204).send()
    },
  )
  done()
}

/**
 * Encapsulated, and refused unless the plugin that enforces its routes'
 * `rateLimit` config is registered first.
 */
export const receiptRoutes = fp(plugin, {
  name: 'receipt-routes',
  dependencies: ['rate-limiting'],
  encapsulate: true,
})
