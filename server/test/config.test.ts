import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, defaultWebDist, describeConfig, loadConfig } from '@hushlink/server'

describe('config', () => {
  it('applies the documented defaults and freezes the result', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: resolve('data/hushlink.db') },
      publicUrl: null,
      defaultTtl: 86_400,
      minTtl: 300,
      maxTtl: 604_800,
      maxViews: 100,
      maxTextBytes: 1_048_576,
      requestTimeout: 30,
      sweepInterval: 60,
      logLevel: 'info',
      rateLimit: { create: 60, claim: 30, read: 300, ipv6Prefix: 64 },
      trustProxy: false,
      createRequiresApiKey: false,
      createAllowedCidrs: null,
    })
    expect(config.webDist).toBe(resolve(import.meta.dirname, '..', '..', 'web', 'dist'))
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.rateLimit)).toBe(true)
  })

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'sqlite::memory:',
      PUBLIC_URL: 'https://secrets.example.com/base/',
      DEFAULT_TTL: '600',
      MIN_TTL: '60',
      MAX_TTL: '3600',
      MAX_VIEWS: '5',
      MAX_TEXT_BYTES: '65536',
      REQUEST_TIMEOUT: '90',
      SWEEP_INTERVAL: '0',
      LOG_LEVEL: 'debug',
      RATE_LIMIT_CREATE: '1',
      RATE_LIMIT_CLAIM: '2',
      RATE_LIMIT_READ: '3',
      RATE_LIMIT_IPV6_PREFIX: '56',
      TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,loopback',
      WEB_DIST: '/srv/web',
      CREATE_REQUIRES_API_KEY: 'TRUE',
      CREATE_ALLOWED_CIDRS: '10.0.0.0/8, 2001:db8::/32,192.0.2.7',
    })
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      database: { kind: 'sqlite', path: ':memory:' },
      publicUrl: 'https://secrets.example.com/base',
      defaultTtl: 600,
      minTtl: 60,
      maxTtl: 3600,
      maxViews: 5,
      maxTextBytes: 65_536,
      requestTimeout: 90,
      sweepInterval: 0,
      logLevel: 'debug',
      rateLimit: { create: 1, claim: 2, read: 3, ipv6Prefix: 56 },
      trustProxy: ['10.0.0.1', '192.168.0.0/16', 'loopback'],
      webDist: '/srv/web',
      createRequiresApiKey: true,
      createAllowedCidrs: [
        { address: '10.0.0.0', prefix: 8, family: 'ipv4' },
        { address: '2001:db8::', prefix: 32, family: 'ipv6' },
        { address: '192.0.2.7', prefix: 32, family: 'ipv4' },
      ],
    })
    expect(describeConfig(config).createAllowedCidrs).toEqual([
      '10.0.0.0/8',
      '2001:db8::/32',
      '192.0.2.7/32',
    ])
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/h.db' }).database).toEqual({
      kind: 'sqlite',
      path: '/var/lib/h.db',
      // The largest envelope (MAX_TOTAL_BYTES) and 8 MiB stay free on the disk for deletions.
      diskReserve: 134_217_728 + 8_388_608,
    })
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
  })

  it.each([
    ['PORT', 'abc', 'PORT must be an integer between 0 and 65535, got "abc"'],
    ['PORT', '65536', 'PORT must be an integer between 0 and 65535, got "65536"'],
    ['PORT', '80.5', 'PORT must be an integer between 0 and 65535, got "80.5"'],
    ['HOST', 'local host', 'HOST must be a host name or IP address, got "local host"'],
    [
      'DATABASE_URL',
      'mysql://db',
      'DATABASE_URL must start with sqlite: or postgres://, got "mysql://db"',
    ],
    ['DATABASE_URL', 'sqlite:', 'DATABASE_URL must name a file'],
    ['PUBLIC_URL', 'ftp://example.com', 'PUBLIC_URL must be an http(s) URL'],
    ['PUBLIC_URL', 'not a url', 'PUBLIC_URL must be an http(s) URL, got "not a url"'],
    [
      'PUBLIC_URL',
      'https://example.com/?q=1',
      'PUBLIC_URL must be an http(s) URL without credentials, query or fragment, got "https://example.com/?q=1"',
    ],
    ['DEFAULT_TTL', '-5', 'DEFAULT_TTL must be an integer between 1 and 31536000, got "-5"'],
    ['MIN_TTL', 'five', 'MIN_TTL must be an integer between 1 and 31536000, got "five"'],
    ['MAX_TTL', 'abc', 'MAX_TTL must be an integer between 1 and 31536000, got "abc"'],
    ['MAX_VIEWS', '0', 'MAX_VIEWS must be an integer between 1 and 10000, got "0"'],
    [
      'MAX_TEXT_BYTES',
      '1e6',
      'MAX_TEXT_BYTES must be an integer between 4096 and 67108864, got "1e6"',
    ],
    ['SWEEP_INTERVAL', '1m', 'SWEEP_INTERVAL must be an integer between 0 and 86400, got "1m"'],
    ['REQUEST_TIMEOUT', '2', 'REQUEST_TIMEOUT must be an integer between 5 and 300, got "2"'],
    [
      'LOG_LEVEL',
      'verbose',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    ],
    [
      'RATE_LIMIT_CREATE',
      '0',
      'RATE_LIMIT_CREATE must be an integer between 1 and 1000000000, got "0"',
    ],
    [
      'RATE_LIMIT_IPV6_PREFIX',
      '129',
      'RATE_LIMIT_IPV6_PREFIX must be an integer between 1 and 128, got "129"',
    ],
    [
      'RATE_LIMIT_CLAIM',
      'many',
      'RATE_LIMIT_CLAIM must be an integer between 1 and 1000000000, got "many"',
    ],
    [
      'RATE_LIMIT_READ',
      '-1',
      'RATE_LIMIT_READ must be an integer between 1 and 1000000000, got "-1"',
    ],
    ['TRUST_PROXY', 'yes', 'TRUST_PROXY must be true, false, or a comma-separated list'],
    ['TRUST_PROXY', '10.0.0.0/33', 'got "10.0.0.0/33"'],
    ['CREATE_REQUIRES_API_KEY', 'yes', 'CREATE_REQUIRES_API_KEY must be true or false, got "yes"'],
    [
      'CREATE_ALLOWED_CIDRS',
      '10.0.0.0/8,office',
      'CREATE_ALLOWED_CIDRS must be a comma-separated list of IP addresses and CIDR ranges, got "10.0.0.0/8,office"',
    ],
    ['CREATE_ALLOWED_CIDRS', '10.0.0.0/40', 'got "10.0.0.0/40"'],
    [
      'REDIS_URL',
      'localhost:6379',
      'REDIS_URL must be a redis:// or rediss:// URL, got "localhost:6379"',
    ],
    [
      'REDIS_URL',
      'redis://:pw@[bad',
      'REDIS_URL must be a redis:// or rediss:// URL, got "redis://:***@[bad"',
    ],
  ])('rejects %s=%s, naming the variable and the value', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(message)
  })

  it('cross-checks the TTL limits', () => {
    expect(() => loadConfig({ MIN_TTL: '600', MAX_TTL: '300', DEFAULT_TTL: '400' })).toThrow(
      'MIN_TTL (600) must not be greater than MAX_TTL (300)',
    )
    expect(() => loadConfig({ DEFAULT_TTL: '100' })).toThrow(
      'DEFAULT_TTL must be between MIN_TTL (300) and MAX_TTL (604800), got "100"',
    )
  })

  it('refuses TRUST_PROXY=true with CREATE_ALLOWED_CIDRS: every client could name its own address', () => {
    const gate = { CREATE_ALLOWED_CIDRS: '10.0.0.0/8' }
    expect(() => loadConfig({ ...gate, TRUST_PROXY: 'true' })).toThrow(ConfigError)
    expect(() => loadConfig({ ...gate, TRUST_PROXY: 'TRUE' })).toThrow(
      /^TRUST_PROXY=true cannot be used with CREATE_ALLOWED_CIDRS: .*X-Forwarded-For.*set TRUST_PROXY to the address or CIDR range of your proxy/,
    )
    expect(loadConfig({ ...gate, TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1'])
    expect(loadConfig({ ...gate, TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback'])
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
  })

  it('reads the file limits and checks that a largest file fits the largest envelope', () => {
    expect(loadConfig({})).toMatchObject({ maxFileBytes: 104_857_600, maxTotalBytes: 134_217_728 })
    expect(loadConfig({ MAX_FILE_BYTES: '1048576', MAX_TOTAL_BYTES: '2097152' })).toMatchObject({
      maxFileBytes: 1_048_576,
      maxTotalBytes: 2_097_152,
    })
    // 100 MiB pads to 102 MiB: 100 MiB of envelope cannot hold it.
    expect(() => loadConfig({ MAX_TOTAL_BYTES: '104857600' })).toThrow(
      /^MAX_TOTAL_BYTES \(104857600\) must be at least 1069\d{5}: the encrypted size of a MAX_FILE_BYTES \(104857600\) file$/,
    )
    expect(() => loadConfig({ MAX_FILE_BYTES: '1000', MAX_TOTAL_BYTES: '8192' })).toThrow(
      'MAX_TOTAL_BYTES (8192) must not be less than MAX_TEXT_BYTES (1048576)',
    )
    expect(() => loadConfig({ MAX_FILE_BYTES: '0' })).toThrow(
      'MAX_FILE_BYTES must be an integer between 1 and 68719476736, got "0"',
    )
  })

  it('never prints database credentials', () => {
    const url = 'postgres://hushlink:s3cr3t-pw@db.internal:5432/hushlink'
    const config = loadConfig({ DATABASE_URL: url })
    expect(config.database).toEqual({ kind: 'postgres', url })
    expect(JSON.stringify(describeConfig(config))).not.toContain('s3cr3t-pw')
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:s3cr3t-pw@[bad' })).toThrow(
      /DATABASE_URL is not a valid URL, got "postgres:\/\/u:\*\*\*@\[bad"/,
    )
  })

  it.each([
    [
      'a password in the query',
      'postgres://db.internal/hushlink?sslmode=require&password=s3cr3t-pw',
    ],
    ['an @ inside the password', 'postgres://hushlink:s3cr3t@pw@db.internal:5432/hushlink'],
  ])('never prints a database password given with %s', (_case, url) => {
    const printed = JSON.stringify(describeConfig(loadConfig({ DATABASE_URL: url })))
    expect(printed).toContain('db.internal')
    expect(printed).not.toMatch(/s3cr3t|pw@|\/pw/)
  })

  it.each([
    ['DATABASE_URL', 'postgres://u:s3cr3t/pw@[bad'],
    ['DATABASE_URL', 'postgres://u:s3cr3t@pw@[bad'],
    ['DATABASE_URL', 'postgres://hushlink:s3cr3t/pw@db.internal:5432/hushlink'],
    ['DATABASE_URL', 'postgres://[bad/db?password=s3cr3t-pw'],
    ['DATABASE_URL', 'postgresql:u:s3cr3t-pw@db.internal/hushlink'],
    ['DATABASE_URL', 'postgres+tls://u:s3cr3t-pw@db.internal/hushlink'],
    ['REDIS_URL', 'redis://:s3cr3t/pw@[bad'],
    ['REDIS_URL', 'redis://[bad/0?password=s3cr3t-pw'],
    ['PUBLIC_URL', 'https://admin:s3cr3t-pw@secrets.example.com'],
  ])('never echoes the password of an invalid %s (%s)', (name, value) => {
    let message = ''
    try {
      loadConfig({ [name]: value })
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError)
      message = (err as Error).message
    }
    expect(message).toContain(name)
    expect(message).not.toMatch(/s3cr3t|pw@|\/pw/)
  })

  it('takes a Redis URL for shared rate limits, printed without its password', () => {
    expect(loadConfig({}).redisUrl).toBeNull()
    const url = 'rediss://default:s3cr3t-pw@cache.internal:6380/2'
    const config = loadConfig({ REDIS_URL: url })
    expect(config.redisUrl).toBe(url)
    expect(describeConfig(config).redisUrl).toBe('rediss://default:***@cache.internal:6380/2')
  })

  it('finds the web client of an installed server by default (WEB_DIST unset)', () => {
    const root = mkdtempSync(join(tmpdir(), 'hushlink-install-'))
    try {
      const moduleUrl = pathToFileURL(join(root, 'opt', 'hushlink', 'dist', 'config.js')).href
      // A workspace: the client is built in web/dist beside the server package.
      expect(defaultWebDist(moduleUrl)).toBe(join(root, 'opt', 'web', 'dist'))
      // scripts/deploy-server.sh: dist/ and web/ side by side.
      mkdirSync(join(root, 'opt', 'hushlink', 'web'), { recursive: true })
      writeFileSync(join(root, 'opt', 'hushlink', 'web', 'index.html'), '<!doctype html>')
      expect(defaultWebDist(moduleUrl)).toBe(join(root, 'opt', 'hushlink', 'web'))
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '  ' })).toMatchObject({
      port: 8080,
      logLevel: 'info',
    })
  })
})

describe('MAX_TEXT_BYTES and the clients', () => {
  it('never goes below JSON_CLAIM_MAX_BYTES, the size up to which clients claim as JSON', async () => {
    const { JSON_CLAIM_MAX_BYTES } = await import('@hushlink/shared/api')
    expect(loadConfig({ MAX_TEXT_BYTES: String(JSON_CLAIM_MAX_BYTES) }).maxTextBytes).toBe(
      JSON_CLAIM_MAX_BYTES,
    )
    expect(() => loadConfig({ MAX_TEXT_BYTES: String(JSON_CLAIM_MAX_BYTES - 1) })).toThrow(
      ConfigError,
    )
  })
})
