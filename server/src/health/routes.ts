import { healthReply, type HealthResponse } from '@hushlink/shared/api'
import type { FastifyPluginCallback } from 'fastify'
import type { SecretStore } from '../storage/index.js'
import type { Readiness } from './readiness.js'

export interface HealthRoutesOptions {
  readonly store: SecretStore
  readonly readiness: Readiness
}

const readyReply = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['ready', 'not_ready'] },
    // Still ready: reads, claims and burns work and free space; creates get 507.
    storage: { type: 'string', enum: ['full'] },
    reason: { type: 'string', enum: ['database_unreachable', 'migrations_pending'] },
  },
} as const

/**
 * Liveness (`/health`: the process and its database answer) and readiness
 * (`/ready`: also migrated, so it may get traffic); not rate-limited, for probes.
 */
export const healthRoutes: FastifyPluginCallback<HealthRoutesOptions> = (
  app,
  { store, readiness },
  done,
) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        operationId: 'getHealth',
        summary: 'Liveness and database reachability',
        response: { 200: healthReply, 503: healthReply },
      },
    },
    async (request, reply): Promise<HealthResponse> => {
      try {
        await store.ping()
        return { status: 'ok' }
      } catch (err) {
        request.log.error({ err }, 'health check failed')
        reply.code(503)
        return { status: 'unavailable' }
      }
    },
  )
  app.get(
    '/ready',
    {
      schema: {
        tags: ['service'],
        operationId: 'getReadiness',
        summary: 'Readiness: database reachable and migrations applied',
        response: { 200: readyReply, 503: readyReply },
      },
    },
    async (request, reply) => {
      const reason = await readiness.check()
      if (reason === null)
        return store.storageFull() ? { status: 'ready', storage: 'full' } : { status: 'ready' }
      request.log.warn({ reason }, 'not ready')
      return reply.code(503).send({ status: 'not_ready', reason })
    },
  )
  done()
}
