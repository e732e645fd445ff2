import { healthReply, type HealthResponse } from '@hushlink/shared/api'
import type { FastifyPluginCallback } from 'fastify'
import type { SecretStore } from '../storage/index.js'

export interface HealthRoutesOptions {
  readonly store: SecretStore
}

/** Healthy means the database answers; not rate-limited, for probes. */
export const healthRoutes: FastifyPluginCallback<HealthRoutesOptions> = (app, { store }, done) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
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
  done()
}
