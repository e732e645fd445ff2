/**
 * Issue 18.15–16: the Caddy configuration of docs/deploy.md, run with the
 * real `caddy` binary (Debian 12 packages 2.6.2; .ci/run installs it) on
 * loopback. With Hushlink stopped, as during every restart, Caddy answers 502
 * and logs the failure: no log line may hold the path (an id, or a key a
 * mangled link put there). Every answer carries exactly one HSTS header.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, REPO_ROOT, startServer } from '../support/server.js'

const hasCaddy = spawnSync('caddy', ['version']).status === 0
// CI installs Caddy (.ci/run): there the test must run, not skip.
const required = process.env.CI === 'true'

/** The ```caddyfile block of docs/deploy.md. */
function documentedCaddyfile(): string {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'deploy.md'), 'utf8')
  const block = /### Caddy\n[\s\S]*?```caddyfile\n([\s\S]*?)```/.exec(doc)?.[1]
  if (block === undefined) throw new Error('docs/deploy.md has no Caddyfile')
  return block
}

/** The same configuration on loopback: plain HTTP on `port`, logs in `dir`, Hushlink on `upstream`. */
function onLoopback(caddyfile: string, port: number, upstream: number, dir: string): string {
  const rewritten = caddyfile
    .replace(/^\{\n/, '{\n\tadmin off\n\tauto_https off\n\tstorage file_system ' + dir + '\n')
    .replace(/^secrets\.example\.com \{/m, `http://127.0.0.1:${port} {`)
    .replace('/var/log/caddy/hushlink.access.log', join(dir, 'access.log'))
    .replace('reverse_proxy 127.0.0.1:8080', `reverse_proxy 127.0.0.1:${upstream}`)
  expect(rewritten).toContain(`http://127.0.0.1:${port} {`)
  expect(rewritten).toContain(`reverse_proxy 127.0.0.1:${upstream}`)
  return rewritten
}

async function listening(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.on('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (up) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nothing listens on ${port}`)
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

describe.skipIf(!hasCaddy && !required)('the documented Caddy configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-caddy-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps ids out of every Caddy log with Hushlink down, and sends HSTS once', async () => {
    const [port, upstream] = [await freePort(), await freePort()]
    const config = join(dir, 'Caddyfile')
    writeFileSync(config, onLoopback(documentedCaddyfile(), port, upstream, dir))
    let output = ''
    const caddy = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    caddy.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    caddy.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    try {
      await listening(port)
      const id = 'QkFEQkFEQkFEQkFEQkFEQQ'
      const key = 'a2V5LWluLXRoZS1wYXRoLWtleS1pbi10aGUtcGF0aC1r'
      const base = `http://127.0.0.1:${port}`
      const asks: [string, string][] = [
        ['GET', `/s/${id}`],
        ['GET', `/s/${id}%23${key}`],
        ['GET', `/r/${id}%23${key}`],
        ['GET', `/S/${id}`],
        ['GET', `//s/${id}`],
        ['GET', `/api/v1/secrets/${id}`],
        ['POST', `/api/v1/secrets/${id}/claim`],
      ]
      // Hushlink is not running: Caddy answers by itself.
      for (const [method, path] of asks) {
        const res = await fetch(`${base}${path}`, { method })
        expect(res.status, path).toBe(502)
        expect(res.headers.get('strict-transport-security'), path).toBe(
          'max-age=63072000; includeSubDomains',
        )
      }
      // Hushlink up: its answers pass through with one HSTS header, Caddy's.
      const server = await startServer({ port: upstream, env: { LOG_LEVEL: 'warn' } })
      try {
        for (const [path, status] of [
          ['/api/v1/config', 200],
          [`/api/v1/secrets/${id}`, 404],
        ] as const) {
          const res = await fetch(`${base}${path}`)
          expect(res.status, path).toBe(status)
          expect(res.headers.get('strict-transport-security'), path).toBe(
            'max-age=63072000; includeSubDomains',
          )
        }
      } finally {
        await server.stop()
      }
    } finally {
      await stopped(caddy)
    }
    const access = existsSync(join(dir, 'access.log'))
      ? readFileSync(join(dir, 'access.log'), 'utf8')
      : ''
    // The capture works: the failures reached the error log, every request the access log.
    expect(output).toMatch(/"logger":"http\.log\.error[^"]*".*connection refused/)
    expect(access.split('\n').filter((line) => line.includes('"status":502'))).toHaveLength(7)
    for (const log of [output, access]) {
      expect(log).not.toContain('QkFEQkFEQkFEQkFEQkFEQQ')
      expect(log).not.toContain('a2V5LWluLXRoZS1wYXRo')
    }
  }, 60_000)
})
