import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, onTestFinished } from 'vitest'
import { buildApp, loadConfig, type Clock, type Config } from '@hushlink/server'
import { createTestSchema, type Dialect } from './dialects.js'

/** A clock the test moves by hand; expiry is decided against it, never Date.now(). */
export interface TestClock extends Clock {
  set(ms: number): void
  advance(ms: number): void
}

export function createTestClock(start = Date.UTC(2030, 0, 1)): TestClock {
  let now = start
  return {
    now: () => now,
    set: (ms) => {
      now = ms
    },
    advance: (ms) => {
      now += ms
    },
  }
}

export interface TestApp {
  readonly app: FastifyInstance
  readonly clock: TestClock
  readonly config: Config
  /** Every log line the app wrote. */
  readonly logs: string[]
  readonly dir: string
  /** Closes the app and removes its directory. */
  close(): Promise<void>
}

export const SHELL_HTML =
  '<!doctype html><html><head><title>Hushlink</title><script type="module" src="/assets/app-3f9a1c.js"></script></head><body></body></html>'
export const ASSET_JS = 'console.log("hushlink")'

/** A fake Vite build: the server only needs its files, not a real bundle. */
export function writeWebDist(dir: string): string {
  const dist = join(dir, 'web-dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), SHELL_HTML)
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.js'), ASSET_JS)
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.js.br'), brotliCompressSync(ASSET_JS))
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
  return dist
}

/**
 * The real app on a fresh SQLite file in a temp directory (its writer thread
 * included), with a test clock, the sweeper schedule off and limits out of
 * the way.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  dialect: Dialect = 'sqlite',
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-server-'))
  const clock = createTestClock()
  const logs: string[] = []
  // PostgreSQL: a schema of its own, dropped with the app.
  const schema = dialect === 'postgres' ? await createTestSchema() : null
  const config = loadConfig({
    DATABASE_URL: schema?.url ?? `sqlite:${join(dir, 'db', 'hushlink.db')}`,
    SWEEP_INTERVAL: '0',
    RATE_LIMIT_CREATE: '1000000',
    RATE_LIMIT_CLAIM: '1000000',
    RATE_LIMIT_READ: '1000000',
    LOG_LEVEL: 'warn',
    WEB_DIST: writeWebDist(dir),
    ...env,
  })
  const app = await buildApp(config, {
    clock,
    logStream: { write: (line) => logs.push(line) },
  }).catch(async (err: unknown) => {
    await schema?.drop()
    throw err
  })
  return {
    app,
    clock,
    config,
    logs,
    dir,
    async close() {
      await app.close()
      await schema?.drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** An app of its own for one test, closed when the test ends. */
export async function buildTestApp(
  env: Record<string, string> = {},
  dialect: Dialect = 'sqlite',
): Promise<TestApp> {
  const testApp = await createTestApp(env, dialect)
  onTestFinished(() => testApp.close())
  return testApp
}

/**
 * One app for every test of a describe block, for tests that neither move
 * the clock nor depend on what other tests stored.
 */
export function useSharedApp(
  env: Record<string, string> = {},
  dialect: Dialect = 'sqlite',
): { readonly current: TestApp } {
  let current: TestApp | undefined
  beforeAll(async () => {
    current = await createTestApp(env, dialect)
  }, APP_TESTS.timeout)
  afterAll(() => current?.close())
  return {
    get current(): TestApp {
      if (!current) throw new Error('the shared app is built in beforeAll')
      return current
    },
  }
}

/**
 * For describe blocks that build apps: each starts a SQLite writer thread,
 * about a second from TypeScript sources and more on a busy machine.
 */
export const APP_TESTS = { timeout: 30_000 } as const

/** No database file: for tests about HTTP behaviour that never touch storage. */
export const IN_MEMORY = { DATABASE_URL: 'sqlite::memory:' } as const
