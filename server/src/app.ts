import Fastify, { type FastifyInstance } from 'fastify'
import { adminRoutes } from './admin-api/routes.js'
import { createKeyService } from './admin-api/keys.js'
import { createAdminService } from './admin-api/service.js'
import { webhookRoutes } from './admin-api/webhook-routes.js'
import { access } from './auth/access.js'
import { systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import { createReadiness } from './health/readiness.js'
import { healthRoutes } from './health/routes.js'
import { AccessLogController, loggerOptions, type LogStream } from './logging.js'
import { configBody, instanceRoutes } from './instance/routes.js'
import { createAppMetrics } from './metrics/app-metrics.js'
import { metricsPlugin } from './metrics/plugin.js'
import { createRegistry } from './metrics/registry.js'
import { countStoreEvents } from './metrics/store-events.js'
import { buildManifest } from './plugins/build-manifest.js'
import type { Resolver } from './notifications/destinations/resolve.js'
import { registerNotificationMetrics } from './notifications/metrics.js'
import { createNotifications } from './notifications/service.js'
import { drain } from './plugins/drain.js'
import { lazySchemas } from './plugins/lazy-schemas.js'
import { errorHandling, handleClientError, handleFrameworkError } from './plugins/error-handler.js'
import { openApi } from './plugins/openapi.js'
import { clientKey } from './plugins/client-key.js'
import { perMinute, rateLimiting, type RateLimitBackend } from './plugins/rate-limit.js'
import { requestDeadlines } from './plugins/request-deadlines.js'
import { requestGuards } from './plugins/request-guards.js'
import { securityHeaders } from './plugins/security-headers.js'
import { readShell, webClient } from './plugins/web-client.js'
import { receiptRoutes } from './receipts/routes.js'
import { requestRoutes } from './requests/routes.js'
import { createRequestService } from './requests/service.js'
import { createReceiptService } from './receipts/service.js'
import { secretRoutes } from './secrets/routes.js'
import { createSecretService } from './secrets/service.js'
import type { StoreEvent } from './storage/events.js'
import { openStorage } from './storage/index.js'
import type { PrepareOn } from './storage/prepare-thread.js'
import { createSweeper, type Sweeper } from './sweeper.js'
import { uploadRoutes } from './uploads/routes.js'
import { createUploadService } from './uploads/service.js'

export interface AppDependencies {
  /** Time source for every expiry decision; tests move it. */
  readonly clock?: Clock
  /** Log destination instead of stdout. */
  readonly logStream?: LogStream
  /**
   * Where the store migrates and compiles its statements: main.ts, the
   * long-lived server, asks for a start-up thread (storage/prepare-thread.ts).
   */
  readonly prepareOn?: PrepareOn
  /** Shared rate-limit counters (Redis) for several replicas. */
  readonly rateLimit?: RateLimitBackend
  /** Host name resolution for webhook destinations; tests pass a local table. */
  readonly resolver?: Resolver
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Expired-row cleanup; started when the app is ready, stopped on close. */
    readonly sweeper: Sweeper
    /** Compiles every route schema now (they compile on first use); for tests. */
    readonly compileAllSchemas: () => void
  }
}

/** Store events whose transaction may have queued a notification. */
const WAKES_DELIVERY: ReadonlySet<StoreEvent['type']> = new Set(['viewed', 'burned', 'expired'])

/** Bodies of every route but create are a few hundred bytes of JSON. */
const SMALL_BODY_LIMIT = 16 * 1024

/** The sign-in plugins and the signed-in user's routes, imported on demand. */
async function loadSignIn() {
  const [{ sessions }, { signInRoutes }, { createProvider }, { mySecretsRoutes }] =
    await Promise.all([
      import('./sign-in/sessions.js'),
      import('./sign-in/routes.js'),
      import('./sign-in/provider.js'),
      import('./my-secrets/routes.js'),
    ])
  return { sessions, signInRoutes, createProvider, mySecretsRoutes }
}

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
  const registry = createRegistry()
  const metrics = createAppMetrics(registry)
  // Storage warns before the logger exists: those wait, later ones go straight to the log.
  const early: string[] = []
  let warn = (message: string): void => void early.push(message)
  const store = await openStorage(config.database, {
    ...(deps.prepareOn ? { prepareOn: deps.prepareOn } : {}),
    onWarning: (message) => warn(message),
    // The error's class only: a listener's message could name a secret.
    onEventError: (error) =>
      warn(`a store event listener failed: ${error instanceof Error ? error.name : typeof error}`),
  })
  countStoreEvents(store.events, metrics.secrets)
  const notifications = createNotifications({
    store: store.notifications,
    config: config.notifications,
    clock,
    ...(deps.resolver ? { resolver: deps.resolver } : {}),
    outcomes: registerNotificationMetrics(registry, () => notifications.worker.queueDepth()),
    // The error's message only: a failed round is a database problem, never about a delivery.
    onError: (err) => warn(`notification delivery round failed: ${String(err)}`),
  })
  // The outbox rows committed with the change; this only cuts the wait for the next round.
  store.events.subscribe((event) => {
    if (WAKES_DELIVERY.has(event.type)) notifications.worker.wake()
  })

  const schemas = lazySchemas()
  const app = Fastify({
    schemaController: schemas.schemaController,
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
  app.decorate('compileAllSchemas', schemas.compileAll)
  app.addHook('onReady', (done) => {
    sweeper.start()
    notifications.worker.start()
    done()
  })
  app.addHook('onClose', async () => {
    await sweeper.stop()
    await notifications.close()
    await store.close()
  })

  try {
    await app.register(requestDeadlines, {
      wholeMs: config.requestTimeout * 1000,
      stallMs: config.uploadStallTimeout * 1000,
    })
    const shell = readShell(config.webDist, configBody(config, notifications.emailEnabled))
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
    await app.register(openApi, {
      rateLimit: perMinute(config.rateLimit.read),
      publicUrl: config.publicUrl,
    })
    // Sign-in (openid-client and its JOSE library) is loaded only where it is configured:
    // every other server would keep ~7 MB of modules resident that no request uses.
    const signIn =
      config.oidc && config.publicUrl !== null
        ? { oidc: config.oidc, publicUrl: config.publicUrl, ...(await loadSignIn()) }
        : null
    if (signIn) {
      await app.register(signIn.sessions, { oidc: signIn.oidc, publicUrl: signIn.publicUrl, clock })
    }
    await app.register(access, {
      keys: store.apiKeys,
      clock,
      createRequiresKey: config.createRequiresApiKey,
      ...(config.oidc ? { createRequiresLogin: config.createRequiresLogin } : {}),
      createNetworks: config.createAllowedCidrs,
    })

    const secrets = createSecretService({
      store,
      clock,
      maxTextBytes: config.maxTextBytes,
      emailNotifications: notifications.emailEnabled,
      quota: config.storageQuota,
      log: app.log,
    })
    const uploads = createUploadService({
      store,
      clock,
      maxTotalBytes: config.maxTotalBytes,
      quota: config.storageQuota,
    })
    const receipts = createReceiptService({ store, clock })
    await app.register(healthRoutes, {
      store,
      readiness: createReadiness(store),
    })
    await app.register(instanceRoutes, {
      config,
      emailNotifications: notifications.emailEnabled,
    })
    await app.register(secretRoutes, { service: secrets, config })
    await app.register(uploadRoutes, { service: uploads, config })
    await app.register(receiptRoutes, { service: receipts, config })
    await app.register(requestRoutes, {
      service: createRequestService({ store, clock, maxTextBytes: config.maxTextBytes }),
      config,
    })
    const admin = createAdminService({ store, clock, maxTtl: config.maxTtl })
    await app.register(adminRoutes, {
      service: admin,
      keys: createKeyService({ keys: store.apiKeys, clock }),
      config,
    })
    await app.register(webhookRoutes, { notifications, config })
    if (signIn) {
      await app.register(signIn.signInRoutes, {
        oidc: signIn.oidc,
        provider: signIn.createProvider(signIn.oidc),
        publicUrl: signIn.publicUrl,
        clock,
        rateLimit: config.rateLimit.read,
      })
      await app.register(signIn.mySecretsRoutes, { service: admin, config })
    }
    await app.register(webClient, {
      webDist: config.webDist,
      shell: shell?.page ?? null,
      accountPages: config.oidc !== null,
    })
    await app.register(buildManifest, {
      webDist: config.webDist,
      rateLimit: perMinute(config.rateLimit.read),
    })
  } catch (err) {
    await app.close()
    throw err
  }
  return app
}
