import fastifyRateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit'
import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../errors.js'

/**
 * Where counters live. In-memory by default; several replicas share limits
 * through a Redis client (`redis`) or a custom store.
 */
export type RateLimitBackend = Pick<RateLimitPluginOptions, 'redis' | 'store' | 'nameSpace'>

export interface RateLimitingOptions {
  readonly backend?: RateLimitBackend
  /** REDIS_URL: counters in Redis, shared by every replica (unless `backend` is given). */
  readonly redisUrl?: string | null
}

/** Per-route limit in requests per minute per client (address, or IPv6 network). */
export function perMinute(max: number): { max: number; timeWindow: number } {
  return { max, timeWindow: 60_000 }
}

/**
 * Limits are opted into per route (`config.rateLimit`), keyed by the client
 * address Fastify derives under TRUST_PROXY, IPv6 by network (`clientKey`).
 */
const plugin: FastifyPluginAsync<RateLimitingOptions> = async (app, { backend, redisUrl }) => {
  const store = backend ?? (redisUrl ? await redisBackend(app, redisUrl) : undefined)
  await app.register(fastifyRateLimit, {
    ...store,
    // A Redis outage must not make secrets unreadable: limits lapse until it is back.
    skipOnError: store?.redis !== undefined,
    global: false,
    keyGenerator: (request) => request.clientKey,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `Too many requests; retry in ${context.after}.`),
  })
}

export const rateLimiting = fp(plugin, { name: 'rate-limiting', dependencies: ['client-key'] })

/**
 * Connects before the app starts, so a wrong REDIS_URL stops start-up instead
 * of every request; the connection closes with the app.
 */
async function redisBackend(app: FastifyInstance, url: string): Promise<RateLimitBackend> {
  // Loaded only when configured, like the PostgreSQL driver.
  const { Redis } = await import('ioredis')
  const redis = new Redis(url, {
    lazyConnect: true,
    // Short bounds: a limiter that waits on Redis would stall every request.
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  })
  redis.on('error', (err: Error) => app.log.warn({ err }, 'rate-limit Redis error'))
  try {
    await redis.connect()
  } catch (err) {
    redis.disconnect()
    throw new Error(
      `cannot reach Redis at REDIS_URL: ${err instanceof Error ? err.message : String(err)}`,
    )
  }
  app.addHook('onClose', async () => {
    await redis.quit()
  })
  return { redis, nameSpace: 'hushlink-rate-limit-' }
}
