import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..')
export const SERVER_MAIN = join(REPO_ROOT, 'server', 'dist', 'main.js')

/** Every line any server started by the suite logged, for the log-hygiene scan. */
export const collectedLogs: string[] = []

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly dataDir: string
  readonly process: ChildProcess
  /** This server's log lines so far (empty when its output goes to `logFile`). */
  readonly logs: string[]
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>
  /** SIGKILL: no shutdown hooks run. */
  kill(): Promise<void>
}

export interface StartOptions {
  /** Extra environment; DATABASE_URL defaults to a fresh SQLite file in `dataDir`. */
  readonly env?: Readonly<Record<string, string>>
  /** Reuse a data directory (restart after a crash, or a second process on the same file). */
  readonly dataDir?: string
  readonly port?: number
  /** The server's entry point, to run another build (default: server/dist/main.js). */
  readonly main?: string
  /**
   * Append the server's output to this file instead of keeping it in memory:
   * long benchmarks log millions of lines, still formatted by the server.
   */
  readonly logFile?: string
}

/** Limits high enough that load and concurrency tests measure the server, not the limiter. */
export const PERMISSIVE_LIMITS = {
  RATE_LIMIT_CREATE: '1000000',
  RATE_LIMIT_CLAIM: '1000000',
  RATE_LIMIT_READ: '1000000',
} as const

/** The SQLite file a server started with `dataDir` uses. */
export function databaseFile(dataDir: string): string {
  return join(dataDir, 'hushlink.db')
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolvePort(port))
    })
  })
}

/** Starts the built server (`server/dist/main.js`) as a child process on 127.0.0.1. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hushlink-test-'))
  const port = options.port ?? (await freePort())
  return startNodeProcess({
    args: [options.main ?? SERVER_MAIN],
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${databaseFile(dataDir)}`,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    dataDir,
    port,
    ...(options.logFile === undefined ? {} : { logFile: options.logFile }),
  })
}

export interface NodeProcessOptions {
  /** Arguments to `node`: flags, then the script. */
  readonly args: readonly string[]
  /** The whole environment besides PATH. */
  readonly env: Readonly<Record<string, string>>
  readonly dataDir: string
  readonly port: number
  readonly logFile?: string
}

/** Starts any HTTP service written for Node and waits until its `/health` answers 200. */
export async function startNodeProcess(options: NodeProcessOptions): Promise<RunningServer> {
  const { dataDir, port, logFile } = options
  const fd = logFile === undefined ? null : openSync(logFile, 'a')
  const child = spawn(process.execPath, [...options.args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: fd === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', fd, fd],
  })
  if (fd !== null) closeSync(fd)
  const logs: string[] = []
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue
      logs.push(line)
      collectedLogs.push(line)
    }
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const url = `http://127.0.0.1:${port}`
  const output = (): string => (logFile === undefined ? logs.join('\n') : tail(logFile))
  try {
    await waitForHealth(url, exited, output)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    url,
    port,
    dataDir,
    process: child,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      // A shutdown that hangs must not hang the suite: it is killed after 10 s.
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

function tail(file: string): string {
  return readFileSync(file, 'utf8').slice(-4000)
}

async function waitForHealth(url: string, exited: Promise<void>, output: () => string) {
  let dead = false
  void exited.then(() => {
    dead = true
  })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (dead) throw new Error(`server exited during start-up:\n${output()}`)
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`server did not become healthy within 30 s:\n${output()}`)
}
