import fastifyRateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../errors.js'

/**
 * Where counters live. In-memory by default; several replicas share limits
 * through a Redis client (`redis`) or a custom store.
 */
export type RateLimitBackend = Pick<RateLimitPluginOptions, 'redis' | 'store' | 'nameSpace'>

export interface RateLimitingOptions {
  readonly backend?: RateLimitBackend
}

/** Per-route limit in requests per minute per client address. */
export function perMinute(max: number): { max: number; timeWindow: number } {
  return { max, timeWindow: 60_000 }
}

/**
 * Limits are opted into per route (`config.rateLimit`), keyed by the client
 * address Fastify derives under TRUST_PROXY.
 */
const plugin: FastifyPluginAsync<RateLimitingOptions> = async (app, { backend }) => {
  await app.register(fastifyRateLimit, {
    ...backend,
    global: false,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `Too many requests; retry in ${context.after}.`),
  })
}

export const rateLimiting = fp(plugin, { name: 'rate-limiting' })
