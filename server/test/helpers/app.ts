import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { onTestFinished } from 'vitest'
import { buildApp, loadConfig, type Clock, type Config } from '@hushlink/server'

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
}

export const SHELL_HTML =
  '<!doctype html><title>Hushlink</title><script type="module" src="/assets/app-3f9a1c.js"></script>'
export const ASSET_JS = 'console.log("hushlink")'

/** A fake Vite build: the server only needs its files, not a real bundle. */
export function writeWebDist(dir: string): string {
  const dist = join(dir, 'web-dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), SHELL_HTML)
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.js'), ASSET_JS)
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
  return dist
}

/**
 * The real app on a fresh SQLite file in a temp directory, with a test clock,
 * the sweeper schedule off and limits out of the way; closed after the test.
 */
export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-server-'))
  const clock = createTestClock()
  const logs: string[] = []
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'db', 'hushlink.db')}`,
    SWEEP_INTERVAL: '0',
    RATE_LIMIT_CREATE: '1000000',
    RATE_LIMIT_CLAIM: '1000000',
    RATE_LIMIT_READ: '1000000',
    LOG_LEVEL: 'warn',
    WEB_DIST: writeWebDist(dir),
    ...env,
  })
  const app = await buildApp(config, { clock, logStream: { write: (line) => logs.push(line) } })
  onTestFinished(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, clock, config, logs, dir }
}
