import Fastify, { type FastifyInstance } from 'fastify'
import { adminRoutes } from './admin-api/routes.js'
import { createAdminService } from './admin-api/service.js'
import { access } from './auth/access.js'
import { systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import { createReadiness } from './health/readiness.js'
import { healthRoutes } from './health/routes.js'
import { AccessLogController, loggerOptions, type LogStream } from './logging.js'
import { configBody, instanceRoutes } from './instance/routes.js'
import { createAppMetrics } from './metrics/app-metrics.js'
import { metricsPlugin } from './metrics/plugin.js'
import { countStoreEvents } from './metrics/store-events.js'
import { drain } from './plugins/drain.js'
import { errorHandling, handleClientError, handleFrameworkError } from './plugins/error-handler.js'
import { openApi } from './plugins/openapi.js'
import { clientKey } from './plugins/client-key.js'
import { perMinute, rateLimiting, type RateLimitBackend } from './plugins/rate-limit.js'
import { requestDeadlines } from './plugins/request-deadlines.js'
import { requestGuards } from './plugins/request-guards.js'
import { securityHeaders } from './plugins/security-headers.js'
import { readShell, webClient } from './plugins/web-client.js'
import { receiptRoutes } from './receipts/routes.js'
import { createReceiptService } from './receipts/service.js'
import { secretRoutes } from './secrets/routes.js'
import { createSecretService } from './secrets/service.js'
import { openStorage } from './storage/index.js'
import { createSweeper, type Sweeper } from './sweeper.js'
import { uploadRoutes } from './uploads/routes.js'
import { createUploadService } from './uploads/service.js'

export interface AppDependencies {
  /** Time source for every expiry decision; tests move it. */
  readonly clock?: Clock
  /** Log destination instead of stdout. */
  readonly logStream?: LogStream
  /** Shared rate-limit counters (Redis) for several replicas. */
  readonly rateLimit?: RateLimitBackend
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Expired-row cleanup; started when the app is ready, stopped on close. */
    readonly sweeper: Sweeper
  }
}

/** How long a request, headers and body, may take to arrive (upload parts: while bytes keep coming). */
const REQUEST_DEADLINE_MS = 30_000

/** Bodies of every route but create are a few hundred bytes of JSON. */
const SMALL_BODY_LIMIT = 16 * 1024

/**
 * Builds the whole service without listening: storage opened and migrated,
 * plugins and routes registered in a fixed order. Closing the app stops the
 * sweeper, waits for queued writes, checkpoints and closes the database.
 */
export async function buildApp(
  config: Config,
  deps: AppDependencies = {},
): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock
  const metrics = createAppMetrics()
  // Storage warns before the logger exists: those wait, later ones go straight to the log.
  const early: string[] = []
  let warn = (message: string): void => void early.push(message)
  const store = await openStorage(config.database, {
    onWarning: (message) => warn(message),
    // The error's class only: a listener's message could name a secret.
    onEventError: (error) =>
      warn(`a store event listener failed: ${error instanceof Error ? error.name : typeof error}`),
  })
  countStoreEvents(store.events, metrics.secrets)

  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    logController: new AccessLogController(),
    trustProxy: typeof config.trustProxy === 'boolean' ? config.trustProxy : [...config.trustProxy],
    bodyLimit: SMALL_BODY_LIMIT,
    // Slow or stalled clients are cut off instead of holding sockets open; the
    // body deadlines are plugins/request-deadlines.ts (per route, not server-wide).
    connectionTimeout: 30_000,
    keepAliveTimeout: 5_000,
    // plugins/drain.ts answers requests that arrive during shutdown.
    return503OnClosing: false,
    http: { headersTimeout: 10_000, connectionsCheckingInterval: 2_000 },
    // Long enough for an id followed by a key a mail gateway moved into the path.
    routerOptions: { maxParamLength: 128 },
    clientErrorHandler: handleClientError,
    frameworkErrors: handleFrameworkError,
    ajv: {
      // Reject what does not match; never silently coerce or drop input.
      customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false },
    },
  })

  warn = (message) => app.log.warn(message)
  early.forEach(warn)

  const sweeper = createSweeper({
    store,
    clock,
    intervalMs: config.sweepInterval * 1000,
    log: app.log,
  })
  app.decorate('sweeper', sweeper)
  app.addHook('onReady', (done) => {
    sweeper.start()
    done()
  })
  app.addHook('onClose', async () => {
    await sweeper.stop()
    await store.close()
  })

  try {
    await app.register(requestDeadlines, {
      wholeMs: REQUEST_DEADLINE_MS,
      stallMs: config.uploadStallTimeout * 1000,
    })
    const shell = readShell(config.webDist, configBody(config))
    await app.register(securityHeaders, {
      publicUrl: config.publicUrl,
      inlineStyles: shell?.styleHashes ?? [],
    })
    await app.register(drain)
    await app.register(clientKey, { ipv6Prefix: config.rateLimit.ipv6Prefix })
    await app.register(
      rateLimiting,
      deps.rateLimit ? { backend: deps.rateLimit } : { redisUrl: config.redisUrl },
    )
    await app.register(metricsPlugin, {
      metrics,
      config: config.metrics,
      host: config.host,
      rateLimit: config.rateLimit.read,
    })
    await app.register(errorHandling, {
      notFoundRateLimit: perMinute(config.rateLimit.read),
      notFoundPage: shell?.page ?? null,
    })
    await app.register(requestGuards)
    await app.register(openApi, { rateLimit: perMinute(config.rateLimit.read) })
    await app.register(access, {
      keys: store.apiKeys,
      clock,
      createRequiresKey: config.createRequiresApiKey,
      createNetworks: config.createAllowedCidrs,
    })

    const secrets = createSecretService({
      store,
      clock,
      maxTextBytes: config.maxTextBytes,
      log: app.log,
    })
    const uploads = createUploadService({ store, clock, maxTotalBytes: config.maxTotalBytes })
    const receipts = createReceiptService({ store, clock })
    await app.register(healthRoutes, {
      store,
      readiness: createReadiness(store),
    })
    await app.register(instanceRoutes, { config })
    await app.register(secretRoutes, { service: secrets, config })
    await app.register(uploadRoutes, { service: uploads, config })
    await app.register(receiptRoutes, { service: receipts, config })
    await app.register(adminRoutes, {
      service: createAdminService({ store, clock, maxTtl: config.maxTtl }),
      config,
    })
    await app.register(webClient, { webDist: config.webDist, shell: shell?.page ?? null })
  } catch (err) {
    await app.close()
    throw err
  }
  return app
}
