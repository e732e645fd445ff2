import { createHash, timingSafeEqual } from 'node:crypto'
import Fastify, { LogController, type FastifyInstance, type FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
import type { MetricsConfig } from '../config.js'
import { HttpError } from '../errors.js'
import { routeOf } from '../logging.js'
import { perMinute } from '../plugins/rate-limit.js'
import { API_HEADERS } from '../plugins/security-headers.js'
import type { AppMetrics } from './app-metrics.js'
import { EXPOSITION_CONTENT_TYPE } from './registry.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The server answering `/metrics` on METRICS_PORT, listening once the app is ready; else null. */
    readonly metricsExporter: FastifyInstance | null
  }
}

export interface MetricsPluginOptions {
  readonly metrics: AppMetrics
  readonly config: MetricsConfig
  /** Where a separate exporter listens: the app's HOST. */
  readonly host: string
  /** Requests per minute per address for `/metrics` on the main port. */
  readonly rateLimit: number
}

/**
 * Times every response by route pattern and exposes the metrics when
 * METRICS=true: on the main port, or on METRICS_PORT through a separate
 * server that starts with the app and closes with it.
 */
const plugin: FastifyPluginCallback<MetricsPluginOptions> = (app, options, done) => {
  const { metrics, config } = options
  app.addHook('onResponse', (request, reply, next) => {
    metrics.requests.observe(
      request.method,
      routeOf(request),
      reply.statusCode,
      reply.elapsedTime / 1000,
    )
    next()
  })

  if (!config.enabled || config.port === null) {
    app.decorate('metricsExporter', null)
    if (config.enabled) metricsRoute(app, metrics, config.token, options.rateLimit)
    done()
    return
  }

  const exporter = Fastify({
    loggerInstance: app.log,
    // Scrapes every few seconds would flood the log.
    logController: new LogController({ disableRequestLogging: true }),
  })
  exporter.addHook('onSend', (_request, reply, payload, next) => {
    reply.headers(API_HEADERS)
    next(null, payload)
  })
  exporter.setNotFoundHandler((_request, reply) =>
    reply.code(404).send(new HttpError(404, 'not_found', 'There is nothing here.').toJSON()),
  )
  metricsRoute(exporter, metrics, config.token, null)
  app.decorate('metricsExporter', exporter)
  app.addHook('onReady', async () => {
    const address = await exporter.listen({ host: options.host, port: config.port ?? 0 })
    app.log.info({ address }, 'metrics listening')
  })
  app.addHook('onClose', () => exporter.close())
  done()
}

function metricsRoute(
  server: FastifyInstance,
  metrics: AppMetrics,
  token: string | null,
  rateLimit: number | null,
): void {
  const expected = token === null ? null : digest(`Bearer ${token}`)
  server.get(
    '/metrics',
    {
      schema: { hide: true },
      ...(rateLimit === null ? {} : { config: { rateLimit: perMinute(rateLimit) } }),
    },
    (request, reply) => {
      const given = request.headers.authorization
      if (expected !== null && (given === undefined || !timingSafeEqual(digest(given), expected))) {
        const refusal = new HttpError(
          403,
          'forbidden',
          'Metrics need the METRICS_TOKEN bearer token.',
        )
        return reply.code(403).send(refusal.toJSON())
      }
      return reply.type(EXPOSITION_CONTENT_TYPE).send(metrics.render())
    },
  )
}

/** Equal-length digests, so the comparison takes the same time whatever was sent. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

export const metricsPlugin = fp(plugin, { name: 'metrics' })
