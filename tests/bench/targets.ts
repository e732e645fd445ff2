import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cpuTimeMs, memoryOf, type MemoryUsage } from '../support/proc.js'
import { startReferenceServer } from '../support/reference.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

/** A server under load, with the files it leaves behind. */
export type TargetName =
  'hushlink' | 'reference' | 'hushlink-postgres' | 'hushlink-large' | 'hushlink-dead-endpoint'

export interface Target {
  readonly name: TargetName
  readonly server: RunningServer
  readonly logFile: string | null
  memory(): MemoryUsage
  /** CPU time the server process has used so far, ms (all threads). */
  cpuMs(): number
  stop(): Promise<void>
}

let serverMain: string | undefined

/** Benchmark another build of the server (its main.js) instead of server/dist. */
export function useServerBuild(main: string): void {
  serverMain = main
}

export function scratchDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `hushlink-bench-${label}-`))
}

/**
 * The production build as deployed: every feature on (validation, rate limits
 * set high enough not to interfere, security headers), info logging formatted
 * as in production and written to a file, synchronous=FULL.
 */
export async function startHushlink(
  dataDir: string,
  env: Readonly<Record<string, string>> = {},
  name: TargetName = 'hushlink',
): Promise<Target> {
  // One file per start, so a restart's lines are never mistaken for an earlier start's.
  const logFile = join(dataDir, `server-${Date.now()}.log`)
  const server = await startServer({
    dataDir,
    logFile,
    ...(serverMain === undefined ? {} : { main: serverMain }),
    env: { ...PERMISSIVE_LIMITS, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
  })
  return target(name, server, logFile)
}

/** A PostgreSQL schema of its own for a server, dropped with `drop()`. */
export interface PostgresSchemaEnv {
  readonly env: { readonly DATABASE_URL: string }
  drop(): void
}

/**
 * The same build and settings as startHushlink, on PostgreSQL; the schema is
 * dropped when the server stops. `dataDir` holds only its log.
 */
export async function startHushlinkPostgres(
  dataDir: string,
  postgres: PostgresSchemaEnv,
): Promise<Target> {
  let hushlink: Target
  try {
    hushlink = await startHushlink(dataDir, postgres.env, 'hushlink-postgres')
  } catch (error) {
    postgres.drop()
    throw error
  }
  return {
    ...hushlink,
    async stop() {
      await hushlink.stop()
      postgres.drop()
    },
  }
}

export async function startReference(dataDir: string): Promise<Target> {
  return target('reference', await startReferenceServer({ dataDir }), null)
}

function target(name: TargetName, server: RunningServer, logFile: string | null): Target {
  const pid = server.process.pid
  if (pid === undefined) throw new Error(`${name} has no pid`)
  return {
    name,
    server,
    logFile,
    memory: () => memoryOf(pid),
    cpuMs: () => cpuTimeMs(pid),
    stop: () => server.stop(),
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
