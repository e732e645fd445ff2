import {
  configReply,
  UPLOAD_PART_MAX_BYTES,
  type ConfigResponse,
  type InstanceLimits,
  type UploadLimits,
} from '@hushlink/shared/api'
import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
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

export function uploadLimits(config: Config): UploadLimits {
  return {
    minTtl: config.minTtl,
    maxTtl: config.maxTtl,
    maxViews: config.maxViews,
    maxFileBytes: config.maxFileBytes,
    maxTotalBytes: config.maxTotalBytes,
  }
}

export interface InstanceRoutesOptions {
  readonly config: Config
  /** Creates may ask for an e-mail when the secret is opened. */
  readonly emailNotifications: boolean
}

/** GET /api/v1/config's body; the web page carries it too (plugins/web-client.ts). */
export function configBody(config: Config, emailNotifications: boolean): ConfigResponse {
  return {
    min_ttl: config.minTtl,
    max_ttl: config.maxTtl,
    default_ttl: config.defaultTtl,
    max_views: config.maxViews,
    max_text_bytes: config.maxTextBytes,
    max_file_bytes: config.maxFileBytes,
    max_total_bytes: config.maxTotalBytes,
    upload_part_bytes: UPLOAD_PART_MAX_BYTES,
    create_requires_api_key: config.createRequiresApiKey,
    email_notifications: emailNotifications,
    ...(config.oidc ? { sign_in: true, create_requires_login: config.createRequiresLogin } : {}),
  }
}

/** The limits a client needs before it encrypts anything. */
const plugin: FastifyPluginCallback<InstanceRoutesOptions> = (
  app,
  { config, emailNotifications },
  done,
) => {
  const body = configBody(config, emailNotifications)
  app.get(
    '/api/v1/config',
    {
      config: { rateLimit: perMinute(config.rateLimit.read) },
      schema: {
        tags: ['service'],
        operationId: 'getConfig',
        summary: 'Limits of this instance',
        response: { 200: configReply, ...errorReplies(429) },
      },
    },
    () => body,
  )
  done()
}

/**
 * Encapsulated, and refused unless the plugin that enforces its routes'
 * `rateLimit` config is registered first.
 */
export const instanceRoutes = fp(plugin, {
  name: 'instance-routes',
  dependencies: ['rate-limiting'],
  encapsulate: true,
})
