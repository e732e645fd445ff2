import { isIP } from 'node:net'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { envelopeSize } from '@hushlink/shared/format'
import { UPLOAD_PART_MAX_BYTES } from '@hushlink/shared/api'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type DatabaseConfig =
  | {
      readonly kind: 'sqlite'
      readonly path: string
      /** SQLite's max_page_count in bytes (DATABASE_MAX_BYTES); the file grows no larger. */
      readonly maxBytes?: number
      /**
       * Free disk bytes kept for writes that free space: creates are refused
       * below it (sqlite/reserve.ts). Unset: no disk check.
       */
      readonly diskReserve?: number
    }
  | { readonly kind: 'postgres'; readonly url: string }

/** An address range; a single address has the full prefix (32 or 128). */
export interface Cidr {
  readonly address: string
  readonly prefix: number
  readonly family: 'ipv4' | 'ipv6'
}

/** What `TRUST_PROXY` becomes for Fastify: off, every hop, or the trusted proxy addresses. */
export type TrustProxy = boolean | readonly string[]

export interface Config {
  readonly port: number
  readonly host: string
  readonly database: DatabaseConfig
  /** Origin (and optional base path) the service is reached at, without a trailing slash. */
  readonly publicUrl: string | null
  /** Seconds. */
  readonly defaultTtl: number
  readonly minTtl: number
  readonly maxTtl: number
  readonly maxViews: number
  /** Largest accepted envelope in bytes (before base64url). */
  readonly maxTextBytes: number
  /** Largest single file, served to clients, which check it before encrypting. */
  readonly maxFileBytes: number
  /** Largest envelope of a streamed upload, checked by the server. */
  readonly maxTotalBytes: number
  /**
   * Most bytes of ciphertext stored at once (declared sizes of live secrets and
   * uploads), for the instance and for each API key; null for no limit.
   */
  readonly storageQuota: { readonly instance: number | null; readonly owner: number | null }
  /** Seconds a request, headers and body, may take to arrive (upload parts: see uploadStallTimeout). */
  readonly requestTimeout: number
  /** Seconds an upload part may go without a byte arriving before it is cut off. */
  readonly uploadStallTimeout: number
  /** Bytes of upload parts all requests together may hold in memory; more wait with 503. */
  readonly uploadBufferBytes: number
  /** Seconds between sweeps; 0 disables the background sweeper. */
  readonly sweepInterval: number
  readonly logLevel: LogLevel
  /** Requests per minute per client address; IPv6 clients count per network of `ipv6Prefix` bits. */
  readonly rateLimit: {
    readonly create: number
    readonly claim: number
    readonly read: number
    readonly ipv6Prefix: number
  }
  readonly trustProxy: TrustProxy
  /** Directory holding the built web client (index.html and assets/). */
  readonly webDist: string
  readonly metrics: MetricsConfig
  /** Redis holding rate-limit counters that every replica shares; null: per-process counters. */
  readonly redisUrl: string | null
  /** Creating secrets needs an API key with `create` scope (private instance); reading never does. */
  readonly createRequiresApiKey: boolean
  /** Client address ranges creation is allowed from; null: anywhere. */
  readonly createAllowedCidrs: readonly Cidr[] | null
  /** Creating needs a signed-in user or an API key (CREATE_REQUIRES_LOGIN); needs `oidc`. */
  readonly createRequiresLogin: boolean
  /** Sign-in with an OpenID Connect provider; null: no accounts (API keys only). */
  readonly oidc: OidcConfig | null
  readonly notifications: NotificationConfig
}

/** Webhooks and e-mail when a secret is opened (issue 16). */
export interface NotificationConfig {
  /** smtp:// or smtps:// relay for "your secret was opened"; null: no e-mail. */
  readonly smtpUrl: string | null
  /** The From address of those messages. */
  readonly smtpFrom: string | null
  /** Webhooks may go to loopback, private and link-local addresses (trusted networks only). */
  readonly webhookAllowPrivate: boolean
  /** Attempts per delivery, the first included. */
  readonly maxAttempts: number
  /** Seconds after the first attempt within which every retry happens. */
  readonly maxRetryAge: number
  /**
   * Seconds a delivery worker holds the deliveries it took before another
   * worker (or the restarted process) may take them: longer than the 10 s
   * attempt timeout, so only a worker that died loses its deliveries.
   */
  readonly deliveryLease: number
}

/** OpenID Connect sign-in and the session cookie it leads to. */
export interface OidcConfig {
  /** The provider's issuer URL, exactly as its discovery document states it. */
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  readonly scopes: readonly string[]
  /** E-mail domains (of a verified `email` claim) allowed to sign in; null: any. */
  readonly allowedDomains: readonly string[] | null
  /** Groups (in `groupsClaim`) allowed to sign in, any one suffices; null: any. */
  readonly allowedGroups: readonly string[] | null
  /** Members of any of these groups may use the admin page and API; empty: nobody. */
  readonly adminGroups: readonly string[]
  /** The claim holding the user's groups (Keycloak and Authentik: groups; Entra ID: groups or roles). */
  readonly groupsClaim: string
  /** Seconds of clock difference tolerated when checking the ID token's times. */
  readonly clockTolerance: number
  /** Key of the session cookie's HMAC; the same on every replica. */
  readonly sessionSecret: string
  /** Seconds a sign-in lasts. */
  readonly sessionLifetime: number
}

/** Prometheus exposition: off unless asked for, optionally on its own port or behind a token. */
export interface MetricsConfig {
  readonly enabled: boolean
  /** Serve `/metrics` on this port (on HOST) instead of the main one; null: the main port. */
  readonly port: number | null
  /** Scrapers must send `Authorization: Bearer <token>`; null: no token. */
  readonly token: string | null
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

const YEAR = 31_536_000

/**
 * Where the built web client is when WEB_DIST is unset: `web` beside `dist`
 * in an installed server (scripts/deploy-server.sh, the image), else the
 * workspace's `web/dist`. `moduleUrl` is this module's URL.
 */
export function defaultWebDist(moduleUrl: string): string {
  const installed = fileURLToPath(new URL('../web', moduleUrl))
  return existsSync(join(installed, 'index.html'))
    ? installed
    : fileURLToPath(new URL('../../web/dist', moduleUrl))
}

type Env = Readonly<Record<string, string | undefined>>

/**
 * The only reader of the environment (the process's unless one is passed).
 * Every variable is validated here and a bad value stops start-up with a
 * message naming the variable and the value.
 */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const read = (name: string): string | undefined => {
    const value = env[name]
    return value === undefined || value.trim() === '' ? undefined : value.trim()
  }
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name)
    if (raw === undefined) return fallback
    const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new ConfigError(
        `${name} must be an integer between ${min} and ${max}, got ${quote(raw)}`,
      )
    }
    return value
  }

  const minTtl = int('MIN_TTL', 300, 1, YEAR)
  const maxTtl = int('MAX_TTL', 604_800, 1, YEAR)
  const defaultTtl = int('DEFAULT_TTL', 86_400, 1, YEAR)
  if (minTtl > maxTtl) {
    throw new ConfigError(`MIN_TTL (${minTtl}) must not be greater than MAX_TTL (${maxTtl})`)
  }
  if (defaultTtl < minTtl || defaultTtl > maxTtl) {
    throw new ConfigError(
      `DEFAULT_TTL must be between MIN_TTL (${minTtl}) and MAX_TTL (${maxTtl}), got "${defaultTtl}"`,
    )
  }

  const maxTotalBytes = int('MAX_TOTAL_BYTES', 134_217_728, 4096, 137_438_953_472)
  const config: Config = {
    port: int('PORT', 8080, 0, 65_535),
    host: parseHost(read('HOST') ?? '127.0.0.1'),
    database: withRoom(
      parseDatabaseUrl(read('DATABASE_URL') ?? 'sqlite:./data/hushlink.db'),
      int('DATABASE_MAX_BYTES', 0, 0, Number.MAX_SAFE_INTEGER),
      maxTotalBytes,
    ),
    publicUrl: parsePublicUrl(read('PUBLIC_URL')),
    defaultTtl,
    minTtl,
    maxTtl,
    maxViews: int('MAX_VIEWS', 100, 1, 10_000),
    maxTextBytes: int('MAX_TEXT_BYTES', 1_048_576, 4096, 67_108_864),
    maxFileBytes: int('MAX_FILE_BYTES', 104_857_600, 1, 68_719_476_736),
    maxTotalBytes,
    storageQuota: {
      instance: int('MAX_STORED_BYTES', 0, 0, Number.MAX_SAFE_INTEGER) || null,
      owner: int('MAX_STORED_BYTES_PER_KEY', 0, 0, Number.MAX_SAFE_INTEGER) || null,
    },
    requestTimeout: int('REQUEST_TIMEOUT', 30, 5, 300),
    uploadStallTimeout: int('UPLOAD_STALL_TIMEOUT', 30, 1, 30),
    uploadBufferBytes: int('UPLOAD_BUFFER_BYTES', 67_108_864, UPLOAD_PART_MAX_BYTES, 2 ** 34),
    sweepInterval: int('SWEEP_INTERVAL', 60, 0, 86_400),
    logLevel: parseLogLevel(read('LOG_LEVEL') ?? 'info'),
    rateLimit: Object.freeze({
      create: int('RATE_LIMIT_CREATE', 60, 1, 1_000_000_000),
      claim: int('RATE_LIMIT_CLAIM', 30, 1, 1_000_000_000),
      read: int('RATE_LIMIT_READ', 300, 1, 1_000_000_000),
      ipv6Prefix: int('RATE_LIMIT_IPV6_PREFIX', 64, 1, 128),
    }),
    trustProxy: parseTrustProxy(read('TRUST_PROXY') ?? 'false'),
    webDist: resolve(read('WEB_DIST') ?? defaultWebDist(import.meta.url)),
    metrics: parseMetrics(read, int),
    redisUrl: parseRedisUrl(read('REDIS_URL')),
    createRequiresApiKey: parseBoolean(
      'CREATE_REQUIRES_API_KEY',
      read('CREATE_REQUIRES_API_KEY') ?? 'false',
    ),
    createAllowedCidrs: parseCidrs(read('CREATE_ALLOWED_CIDRS')),
    createRequiresLogin: parseBoolean(
      'CREATE_REQUIRES_LOGIN',
      read('CREATE_REQUIRES_LOGIN') ?? 'false',
    ),
    oidc: parseOidc(read, int),
    notifications: parseNotifications(read, int),
  }
  checkUploadLimits(config)
  checkSignIn(config)
  if (config.trustProxy === true && config.createAllowedCidrs !== null) {
    // Every hop trusted: the client's address is the leftmost X-Forwarded-For, which it writes itself.
    throw new ConfigError(
      'TRUST_PROXY=true cannot be used with CREATE_ALLOWED_CIDRS: any client could pass the network gate ' +
        'by sending its own X-Forwarded-For; set TRUST_PROXY to the address or CIDR range of your proxy ' +
        '(or loopback, linklocal, uniquelocal) instead',
    )
  }
  if (
    config.metrics.port !== null &&
    config.metrics.port !== 0 &&
    config.metrics.port === config.port
  ) {
    throw new ConfigError(
      `METRICS_PORT must differ from PORT (${config.port}); leave it unset to serve /metrics on PORT`,
    )
  }
  return Object.freeze(config)
}

/** The configuration as it is safe to print: database credentials and tokens are masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  const database =
    config.database.kind === 'sqlite'
      ? `sqlite:${config.database.path}`
      : maskCredentials(config.database.url)
  const metrics = { ...config.metrics, token: config.metrics.token === null ? null : '***' }
  const redisUrl = config.redisUrl === null ? null : maskCredentials(config.redisUrl)
  const createAllowedCidrs =
    config.createAllowedCidrs?.map(({ address, prefix }) => `${address}/${prefix}`) ?? null
  const oidc = config.oidc && { ...config.oidc, clientSecret: '***', sessionSecret: '***' }
  const notifications = {
    ...config.notifications,
    smtpUrl:
      config.notifications.smtpUrl === null ? null : maskCredentials(config.notifications.smtpUrl),
  }
  return { ...config, database, metrics, redisUrl, createAllowedCidrs, oidc, notifications }
}

/**
 * MAX_TOTAL_BYTES bounds envelopes, MAX_FILE_BYTES plaintext: a file the
 * clients allow must still fit once encrypted and padded, or it would be
 * refused only after the user waited for it to encrypt.
 */
function checkUploadLimits(config: Config): void {
  // One file of that size, with the smallest metadata block: the least it can take encrypted.
  const needed = envelopeSize({
    text: 0,
    files: [{ name: 'f', type: '', size: config.maxFileBytes }],
  })
  if (config.maxTotalBytes < needed) {
    throw new ConfigError(
      `MAX_TOTAL_BYTES (${config.maxTotalBytes}) must be at least ${needed}: the encrypted size of a MAX_FILE_BYTES (${config.maxFileBytes}) file`,
    )
  }
  if (config.maxTotalBytes < config.maxTextBytes) {
    throw new ConfigError(
      `MAX_TOTAL_BYTES (${config.maxTotalBytes}) must not be less than MAX_TEXT_BYTES (${config.maxTextBytes})`,
    )
  }
}

/** Shortest SESSION_SECRET accepted: 32 characters of a random string are beyond guessing. */
const MIN_SESSION_SECRET = 32
const OIDC_VARIABLES = [
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_SCOPES',
  'OIDC_ALLOWED_DOMAINS',
  'OIDC_ALLOWED_GROUPS',
  'OIDC_ADMIN_GROUPS',
  'OIDC_GROUPS_CLAIM',
  'OIDC_CLOCK_TOLERANCE',
  'SESSION_SECRET',
  'SESSION_LIFETIME',
]

/** Sign-in is configured by OIDC_ISSUER; the other OIDC_ and SESSION_ variables need it. */
function parseOidc(
  read: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
): OidcConfig | null {
  const issuer = read('OIDC_ISSUER')
  const list = (name: string, raw: string | undefined): readonly string[] | null => {
    if (raw === undefined) return null
    const items = raw.split(',').map((e) => e.trim())
    if (items.some((e) => e === '' || /\s/.test(e))) {
      throw new ConfigError(
        `${name} must be a comma-separated list without spaces, got ${quote(raw)}`,
      )
    }
    return Object.freeze(items)
  }
  const clientId = read('OIDC_CLIENT_ID')
  const clientSecret = read('OIDC_CLIENT_SECRET')
  const scopes = list('OIDC_SCOPES', read('OIDC_SCOPES'))
  const allowedDomains = list('OIDC_ALLOWED_DOMAINS', read('OIDC_ALLOWED_DOMAINS'))
  const allowedGroups = list('OIDC_ALLOWED_GROUPS', read('OIDC_ALLOWED_GROUPS'))
  const adminGroups = list('OIDC_ADMIN_GROUPS', read('OIDC_ADMIN_GROUPS'))
  const groupsClaim = read('OIDC_GROUPS_CLAIM') ?? 'groups'
  const clockTolerance = int('OIDC_CLOCK_TOLERANCE', 30, 0, 300)
  const sessionSecret = read('SESSION_SECRET')
  const sessionLifetime = int('SESSION_LIFETIME', 28_800, 60, 2_592_000)
  if (issuer === undefined) {
    const stray = OIDC_VARIABLES.find((name) => read(name) !== undefined)
    if (stray) throw new ConfigError(`${stray} needs OIDC_ISSUER (sign-in is off without it)`)
    return null
  }
  if (clientId === undefined) throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID')
  if (clientSecret === undefined) {
    throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_SECRET (a confidential client)')
  }
  if (sessionSecret === undefined || sessionSecret.length < MIN_SESSION_SECRET) {
    // The value is never echoed: it is a credential.
    throw new ConfigError(
      `SESSION_SECRET must be set to at least ${MIN_SESSION_SECRET} random characters when OIDC_ISSUER is set (openssl rand -base64 48)`,
    )
  }
  if (scopes && !scopes.includes('openid')) {
    throw new ConfigError(`OIDC_SCOPES must include openid, got ${quote(scopes.join(','))}`)
  }
  if (!/^[\w.:/-]{1,100}$/.test(groupsClaim)) {
    throw new ConfigError(`OIDC_GROUPS_CLAIM must be a claim name, got ${quote(groupsClaim)}`)
  }
  return Object.freeze({
    issuer: parseIssuer(issuer),
    clientId,
    clientSecret,
    scopes: scopes ?? Object.freeze(['openid', 'profile', 'email']),
    allowedDomains: allowedDomains && Object.freeze(allowedDomains.map((d) => d.toLowerCase())),
    allowedGroups,
    adminGroups: adminGroups ?? Object.freeze([]),
    groupsClaim,
    clockTolerance,
    sessionSecret,
    sessionLifetime,
  })
}

/** https, or http on a loopback address (a provider started by tests or on the same host). */
function parseIssuer(raw: string): string {
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  const loopback =
    url !== undefined && /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(url.hostname)
  if (
    !url ||
    !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new ConfigError(
      `OIDC_ISSUER must be an https URL (http only on loopback) without query or fragment, got ${quote(raw)}`,
    )
  }
  return raw
}

/** What sign-in needs from the rest of the configuration. */
function checkSignIn(config: Config): void {
  if (config.createRequiresLogin && config.oidc === null) {
    throw new ConfigError('CREATE_REQUIRES_LOGIN=true needs sign-in: set OIDC_ISSUER and the rest')
  }
  if (config.oidc !== null && config.publicUrl === null) {
    throw new ConfigError(
      'OIDC_ISSUER needs PUBLIC_URL: the redirect URI registered at the provider is PUBLIC_URL/auth/callback',
    )
  }
}

/** Shortest METRICS_TOKEN accepted: a guessable token is no gate. */
const MIN_METRICS_TOKEN = 16

function parseMetrics(
  read: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
): MetricsConfig {
  const enabled = parseBoolean('METRICS', read('METRICS') ?? 'false')
  const port = read('METRICS_PORT') === undefined ? null : int('METRICS_PORT', 0, 0, 65_535)
  const token = read('METRICS_TOKEN') ?? null
  if (!enabled && (port !== null || token !== null)) {
    throw new ConfigError('METRICS_PORT and METRICS_TOKEN need METRICS=true')
  }
  if (token !== null && (token.length < MIN_METRICS_TOKEN || !/^[\x21-\x7e]+$/.test(token))) {
    // The value is never echoed: it is a credential.
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN} printable characters without spaces`,
    )
  }
  return Object.freeze({ enabled, port, token })
}

function parseNotifications(
  read: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
): NotificationConfig {
  const smtpUrl = read('SMTP_URL') ?? null
  const smtpFrom = read('SMTP_FROM') ?? null
  if (smtpUrl !== null) {
    let valid = /^smtps?:\/\//.test(smtpUrl)
    try {
      new URL(smtpUrl)
    } catch {
      valid = false
    }
    if (!valid) {
      throw new ConfigError(
        `SMTP_URL must be an smtp:// or smtps:// URL, got ${quote(maskCredentials(smtpUrl))}`,
      )
    }
    if (smtpFrom === null) throw new ConfigError('SMTP_FROM must be set when SMTP_URL is')
  }
  // One address, optionally with a display name: "Hushlink <noreply@example.com>".
  if (smtpFrom !== null && !/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(smtpFrom)) {
    throw new ConfigError(`SMTP_FROM must be an e-mail address, got ${quote(smtpFrom)}`)
  }
  return Object.freeze({
    smtpUrl,
    smtpFrom,
    webhookAllowPrivate: parseBoolean(
      'WEBHOOK_ALLOW_PRIVATE',
      read('WEBHOOK_ALLOW_PRIVATE') ?? 'false',
    ),
    maxAttempts: int('WEBHOOK_MAX_ATTEMPTS', 15, 1, 100),
    maxRetryAge: int('WEBHOOK_MAX_RETRY_AGE', 86_400, 60, 7 * 86_400),
    // At least 15 s: the 10 s attempt timeout and the write that records the outcome.
    deliveryLease: int('WEBHOOK_LEASE', 60, 15, 3600),
  })
}

function parseBoolean(name: string, raw: string): boolean {
  const lower = raw.toLowerCase()
  if (lower !== 'true' && lower !== 'false') {
    throw new ConfigError(`${name} must be true or false, got ${quote(raw)}`)
  }
  return lower === 'true'
}

/**
 * A SQLite file's room: DATABASE_MAX_BYTES caps it (0: no cap), and creates
 * leave free on its disk what the largest deletion may need: a whole
 * MAX_TOTAL_BYTES envelope rewritten zeroed into the write-ahead log (secure
 * delete), beside the log's usual 4 MiB before a checkpoint, and slack.
 * PostgreSQL's size is its disk's.
 */
function withRoom(
  database: DatabaseConfig,
  maxBytes: number,
  maxTotalBytes: number,
): DatabaseConfig {
  const withReserve =
    database.kind === 'sqlite' && database.path !== ':memory:'
      ? { ...database, diskReserve: maxTotalBytes + 8 * 1_048_576 }
      : database
  if (maxBytes === 0) return withReserve
  if (withReserve.kind !== 'sqlite') {
    throw new ConfigError(
      'DATABASE_MAX_BYTES caps a SQLite file; for PostgreSQL size its disk and set MAX_STORED_BYTES',
    )
  }
  if (maxBytes < 1_048_576) {
    throw new ConfigError(`DATABASE_MAX_BYTES must be 0 or at least 1048576, got "${maxBytes}"`)
  }
  return { ...withReserve, maxBytes }
}

/** A comma-separated list of IP addresses and CIDR ranges, e.g. `10.0.0.0/8,192.0.2.7`. */
function parseCidrs(raw: string | undefined): readonly Cidr[] | null {
  if (raw === undefined) return null
  const cidrs = raw.split(',').map((e) => parseCidr(e.trim()))
  if (!cidrs.every((c) => c !== undefined)) {
    throw new ConfigError(
      `CREATE_ALLOWED_CIDRS must be a comma-separated list of IP addresses and CIDR ranges, got ${quote(raw)}`,
    )
  }
  return Object.freeze(cidrs.map((c) => Object.freeze(c)))
}

function parseHost(raw: string): string {
  if (/\s/.test(raw) || raw.length > 253) {
    throw new ConfigError(`HOST must be a host name or IP address, got ${quote(raw)}`)
  }
  return raw
}

function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const rest = raw.slice('sqlite:'.length)
    // sqlite:///abs/path and sqlite://./rel are spelled like URLs; sqlite:./rel like a path.
    const path = rest.startsWith('//') ? rest.slice(2) : rest
    if (path === '') {
      throw new ConfigError(
        `DATABASE_URL must name a file (sqlite:./data/hushlink.db) or sqlite::memory:, got ${quote(raw)}`,
      )
    }
    return { kind: 'sqlite', path: path === ':memory:' ? ':memory:' : resolve(path) }
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw)
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid URL, got ${quote(maskCredentials(raw))}`)
    }
    return { kind: 'postgres', url: raw }
  }
  throw new ConfigError(
    `DATABASE_URL must start with sqlite: or postgres://, got ${quote(maskCredentials(raw))}`,
  )
}

function parseRedisUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null
  let valid = /^rediss?:\/\//.test(raw)
  try {
    new URL(raw)
  } catch {
    valid = false
  }
  if (!valid) {
    throw new ConfigError(
      `REDIS_URL must be a redis:// or rediss:// URL, got ${quote(maskCredentials(raw))}`,
    )
  }
  return raw
}

function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got ${quote(maskCredentials(raw))}`)
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    throw new ConfigError(
      `PUBLIC_URL must be an http(s) URL without credentials, query or fragment, got ${quote(maskCredentials(raw))}`,
    )
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

function parseLogLevel(raw: string): LogLevel {
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase())
  if (!level)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${quote(raw)}`)
  return level
}

/** Names proxy-addr understands for whole address ranges. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal']

/**
 * `false` (default: the socket address is the client), `true` (trust every
 * hop), or a comma-separated list of proxy addresses, CIDRs or range names
 * (loopback, linklocal, uniquelocal). Trusting more than the real proxy lets
 * clients spoof X-Forwarded-For and escape per-address rate limits.
 */
function parseTrustProxy(raw: string): TrustProxy {
  const lower = raw.toLowerCase()
  if (lower === 'false') return false
  if (lower === 'true') return true
  const entries = raw.split(',').map((e) => e.trim())
  if (entries.every((e) => PROXY_RANGES.includes(e) || parseCidr(e) !== undefined)) {
    return Object.freeze(entries)
  }
  throw new ConfigError(
    `TRUST_PROXY must be true, false, or a comma-separated list of proxy IP addresses, CIDRs or loopback/linklocal/uniquelocal, got ${quote(raw)}`,
  )
}

/** `address` or `address/prefix`, IPv4 or IPv6; undefined when it is neither. */
function parseCidr(entry: string): Cidr | undefined {
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return undefined
  const full = version === 4 ? 32 : 128
  const bits = prefix === undefined ? full : /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1
  if (bits < 0 || bits > full) return undefined
  return { address, prefix: bits, family: version === 4 ? 'ipv4' : 'ipv6' }
}

/**
 * Masks every password a connection URL can carry, valid or not (invalid
 * ones are echoed in errors): the user-info up to the last `@` before the
 * query (a password may hold `@` or `/`), and query parameters such as
 * `password=` or `sslpassword=`. The user name stays readable.
 */
function maskCredentials(url: string): string {
  return url
    .replace(
      /^((?:[a-z][\w+.-]*:(?:\/\/)?)?)([^?#]*)@/i,
      (_match, scheme: string, userInfo: string) =>
        `${scheme}${userInfo.includes(':') ? `${userInfo.split(':', 1)[0]}:***` : userInfo}@`,
    )
    .replace(/([?&;][^=&#]*(?:pass|secret|token)[^=&#]*=)[^&#]*/gi, '$1***')
}

/** Values are echoed back to the operator; long or multi-line ones are cut to stay readable. */
function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 80)}…` : value
  return JSON.stringify(short)
}
