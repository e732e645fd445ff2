import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { INSTANCE_CONFIG_ELEMENT_ID } from '@hushlink/shared/api'
import type { FastifyInstance } from 'fastify'
import { describe, expect, it, onTestFinished } from 'vitest'
import { shellContentSecurityPolicy } from '../src/plugins/security-headers.js'
import { readShell } from '../src/plugins/web-client.js'
import { APP_TESTS, ASSET_JS, buildTestApp, SHELL_HTML, IN_MEMORY } from './helpers/app.js'
import { makeSecret, storeSecret } from './helpers/secrets.js'

/** The page as served: the build's index.html with the instance config embedded before </head>. */
async function servedShell(app: FastifyInstance): Promise<string> {
  const config = (await app.inject({ method: 'GET', url: '/api/v1/config' })).body
  const element = `<script type="application/json" id="${INSTANCE_CONFIG_ELEMENT_ID}">${config}</script>`
  return SHELL_HTML.replace('</head>', `  ${element}\n  </head>`)
}

describe('web client', APP_TESTS, () => {
  it('serves the same page bytes for every id, existing or not, with the instance config embedded', async () => {
    const { app } = await buildTestApp({
      ...IN_MEMORY,
      MAX_VIEWS: '7',
    })
    const shell = await servedShell(app)
    // The same limits as GET /api/v1/config, in a data block the strict CSP allows (not executed).
    const embedded = /<script type="application\/json" id="instance-config">(.*?)<\/script>/.exec(
      shell,
    )
    expect(JSON.parse(embedded?.[1] ?? 'null')).toMatchObject({
      max_views: 7,
      create_requires_api_key: false,
    })
    const existing = await storeSecret(app)
    const unknown = await makeSecret()
    const paths = [
      '/',
      '/index.html',
      '/about',
      `/s/${existing.id}`,
      `/s/${unknown.id}`,
      `/r/${existing.id}`,
      '/s/not-even-an-id',
      // A mail gateway that percent-encoded the '#'.
      `/s/${existing.id}%23${existing.accessToken}`,
      // Requests (issue 15): the asking form, a request and an inbox, known or not.
      '/request',
      `/q/${unknown.id}`,
      `/i/${unknown.id}`,
      `/q/${unknown.id}%23${existing.accessToken}.${existing.accessToken}`,
    ]
    for (const url of paths) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8')
      expect(res.body, url).toBe(shell)
    }
  })

  it('answers a browser asking for an unknown page with the page itself and 404, and others with JSON', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const page = await app.inject({
      method: 'GET',
      url: '/no/such/page',
      headers: { accept: 'text/html,application/xhtml+xml' },
    })
    expect(page.statusCode).toBe(404)
    expect(page.body).toBe(await servedShell(app))
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    expect(page.headers['cache-control']).toBe('no-store')
    for (const headers of [{}, { accept: 'application/json' }]) {
      const api = await app.inject({ method: 'GET', url: '/no/such/page', headers })
      expect(api.statusCode).toBe(404)
      expect(api.json()).toMatchObject({ error: { code: 'not_found' } })
    }
    const post = await app.inject({
      method: 'POST',
      url: '/no/such/page',
      headers: { accept: 'text/html' },
    })
    expect(post.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('serves hashed assets as immutable and a missing asset as an uncached JSON 404', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const asset = await app.inject({ method: 'GET', url: '/assets/app-3f9a1c.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.body).toBe(ASSET_JS)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const compressed = await app.inject({
      method: 'GET',
      url: '/assets/app-3f9a1c.js',
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(compressed.headers.vary).toMatch(/accept-encoding/i)
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe(ASSET_JS)
    // Paths that climb out of assets/ are tested over a real socket (http-edge.test.ts):
    // inject() normalises them first.
    for (const url of ['/assets/nope-1234.js', '/assets/sub/missing.css']) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, url).toBeLessThan(500)
      expect(res.headers['cache-control'], url).toBe('no-store')
      expect(res.headers['content-type'], url).toMatch(/^application\/json/)
    }
  })

  it('keeps the API working and says so when the web client is not built', async () => {
    const { dir } = await buildTestApp(IN_MEMORY)
    rmSync(join(dir, 'web-dist'), { recursive: true, force: true })
    const { app } = await buildTestApp({ ...IN_MEMORY, WEB_DIST: join(dir, 'web-dist') })
    const page = await app.inject({ method: 'GET', url: '/s/AAAAAAAAAAAAAAAAAAAAAA' })
    expect(page.statusCode).toBe(503)
    expect(page.json()).toMatchObject({ error: { code: 'unavailable' } })
    expect(page.json<{ error: { message: string } }>().error.message).toMatch(/not built/)
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200)
    expect((await storeSecret(app)).id).toHaveLength(22)
  })
})

describe('the served page', () => {
  it('inlines each stylesheet that matches its integrity, allowed by its hash, and keeps the link of one that does not', () => {
    const dist = mkdtempSync(join(tmpdir(), 'hushlink-shell-'))
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }))
    mkdirSync(join(dist, 'assets'))
    const css = 'main{color:red}'
    const sri = (data: string) => `sha384-${createHash('sha384').update(data).digest('base64')}`
    writeFileSync(join(dist, 'assets', 'a.css'), css)
    writeFileSync(join(dist, 'assets', 'b.css'), 'tampered{}')
    const link = (file: string, integrity: string) =>
      `<link rel="stylesheet" crossorigin href="/assets/${file}" integrity="${integrity}">`
    writeFileSync(
      join(dist, 'index.html'),
      `<html><head>${link('a.css', sri(css))}${link('b.css', sri('b{}'))}</head></html>`,
    )
    const shell = readShell(dist, { limit: '</script>' })
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`
    expect(shell?.styleHashes).toEqual([hash])
    expect(shell?.page.toString()).toBe(
      `<html><head><style>${css}</style>${link('b.css', sri('b{}'))}  ` +
        `<script type="application/json" id="instance-config">{"limit":"\\u003c/script>"}</script>\n  </head></html>`,
    )
    expect(shellContentSecurityPolicy(null, shell?.styleHashes)).toContain(
      `style-src 'self' ${hash};`,
    )
  })
})
