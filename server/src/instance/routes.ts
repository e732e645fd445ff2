import { configReply, type ConfigResponse, type InstanceLimits } from '@hushlink/shared/api'
import type { FastifyPluginCallback } from 'fastify'
import type { Config } from '../config.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'

export function instanceLimits(config: Config): InstanceLimits {
  return {
    minTtl: config.minTtl,
    maxTtl: config.maxTtl,
    defaultTtl: config.defaultTtl,
    maxViews: config.maxViews,
    maxTextBytes: config.maxTextBytes,
  }
}

export interface InstanceRoutesOptions {
  readonly config: Config
}

/** The limits a client needs before it encrypts anything. */
export const instanceRoutes: FastifyPluginCallback<InstanceRoutesOptions> = (
  app,
  { config },
  done,
) => {
  const body: ConfigResponse = {
    min_ttl: config.minTtl,
    max_ttl: config.maxTtl,
    default_ttl: config.defaultTtl,
    max_views: config.maxViews,
    max_text_bytes: config.maxTextBytes,
  }
  app.get(
    '/api/v1/config',
    {
      config: { rateLimit: perMinute(config.rateLimit.read) },
      schema: {
        tags: ['service'],
        summary: 'Limits of this instance',
        response: { 200: configReply, ...errorReplies(429) },
      },
    },
    () => body,
  )
  done()
}
