import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'

const MAIN = resolve(import.meta.dirname, '..', 'src', 'main.ts')

interface Started {
  readonly output: () => string
  readonly exited: Promise<number | null>
  readonly kill: (signal: NodeJS.Signals) => void
}

/** The real entry point from its sources, as a child process. */
function start(env: Record<string, string>): Started {
  const child = spawn(
    process.execPath,
    ['--conditions=@hushlink/source', '--import', 'tsx', MAIN],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  return { output: () => output, exited, kill: (signal) => child.kill(signal) }
}

describe('main: the process entry', { timeout: 60_000 }, () => {
  it('starts, serves, and shuts down cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hushlink-main-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const db = join(dir, 'data', 'hushlink.db')
    const server = start({ PORT: '0', DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'info' })

    await expect
      .poll(() => /listening at (http:\/\/\S+)/.exec(server.output()), { timeout: 30_000 })
      .toBeTruthy()
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())?.[1] ?? ''
    const health = await fetch(`${url}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    expect(server.output().match(/effective configuration/g)).toHaveLength(1)

    server.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    // The write-ahead log was checkpointed into the database before the close.
    const wal = `${db}-wal`
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true)
    expect(statSync(db).mode & 0o777).toBe(0o600)
  })

  it('refuses a bad configuration with a message naming the variable and exits 1', async () => {
    const server = start({ PORT: 'abc' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('PORT must be an integer between 0 and 65535, got "abc"')
  })
})
