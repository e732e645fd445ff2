import { createRegistry, type Registry } from './registry.js'

/** What the secret lifecycle reports; called by the counting store, never with ids. */
export interface SecretMetrics {
  created(envelopeBytes: number): void
  claimed(): void
  burned(): void
  /** One wrong passphrase; `burned` when it was the last attempt. */
  wrongPassphrase(burned: boolean): void
  swept(rows: number): void
}

export interface RequestMetrics {
  /** `route` is the route pattern (`/api/v1/secrets/:id`), never the URL. */
  observe(method: string, route: string, statusCode: number, seconds: number): void
}

export interface AppMetrics {
  readonly secrets: SecretMetrics
  readonly requests: RequestMetrics
  /** The Prometheus text exposition. */
  render(): string
}

/** Request latency buckets in seconds: a create or claim takes about a millisecond. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/**
 * Hushlink's metric set. Counting is always on (a few additions per request);
 * only exposing it is opt-in (METRICS=true).
 */
export function createAppMetrics(registry: Registry = createRegistry()): AppMetrics {
  const created = registry.counter('hushlink_secrets_created_total', 'Secrets stored.')
  const bytes = registry.counter(
    'hushlink_payload_bytes_stored_total',
    'Envelope bytes of the secrets stored.',
  )
  const claimed = registry.counter(
    'hushlink_secrets_claimed_total',
    'Views handed out (one per successful claim).',
  )
  const burned = registry.counter(
    'hushlink_secrets_burned_total',
    'Active secrets burned by their creator through a receipt.',
  )
  const burnedByFailures = registry.counter(
    'hushlink_secrets_burned_by_failures_total',
    'Secrets destroyed by their last wrong passphrase.',
  )
  const wrongPassphrases = registry.counter(
    'hushlink_passphrase_failures_total',
    'Claims refused for a wrong or missing passphrase.',
  )
  const swept = registry.counter(
    'hushlink_expired_rows_swept_total',
    'Rows past their expiry deleted by the sweeper: unread secrets and the tombstones of opened or burned ones.',
  )
  const latency = registry.histogram(
    'hushlink_http_request_duration_seconds',
    'Time from request to response, by method, route pattern and status class.',
    ['method', 'route', 'status_class'],
    LATENCY_BUCKETS,
  )
  const startSeconds = Math.round(Date.now() / 1000 - process.uptime())
  registry.gauge(
    'process_start_time_seconds',
    'Start time of the process since the Unix epoch in seconds.',
    () => startSeconds,
  )
  registry.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () =>
    process.memoryUsage.rss(),
  )

  return {
    secrets: {
      created(envelopeBytes) {
        created.inc()
        bytes.inc({}, envelopeBytes)
      },
      claimed: () => claimed.inc(),
      burned: () => burned.inc(),
      wrongPassphrase(lastAttempt) {
        wrongPassphrases.inc()
        if (lastAttempt) burnedByFailures.inc()
      },
      swept(rows) {
        if (rows > 0) swept.inc({}, rows)
      },
    },
    requests: {
      observe(method, route, statusCode, seconds) {
        latency.observe({ method, route, status_class: statusClass(statusCode) }, seconds)
      },
    },
    render: () => registry.render(),
  }
}

function statusClass(statusCode: number): string {
  return statusCode >= 100 && statusCode < 600 ? `${Math.floor(statusCode / 100)}xx` : 'other'
}
