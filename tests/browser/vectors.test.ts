/**
 * Runs the shared known-answer vectors inside Chromium, on the shared package's
 * built ES modules and the browser builds of libsodium, under the production
 * CSP: what the web client does must give the same bytes as Node.
 */
import { createHash } from 'node:crypto'
import { readFileSync, realpathSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { dirname, join, normalize } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../support/browser.js'
import { REPO_ROOT } from '../support/server.js'

/** pnpm links a package's dependencies beside it in the store. */
const sodiumDir = realpathSync(join(REPO_ROOT, 'shared/node_modules/libsodium-wrappers'))
const sumoDir = realpathSync(join(REPO_ROOT, 'shared/node_modules/libsodium-wrappers-sumo'))
const shamirDir = realpathSync(join(REPO_ROOT, 'shared/node_modules/shamir-secret-sharing'))

const FILES: Record<string, string> = {
  '/pkg/libsodium-wrappers.mjs': join(sodiumDir, 'dist/modules-esm/libsodium-wrappers.mjs'),
  '/pkg/libsodium.mjs': join(dirname(sodiumDir), 'libsodium/dist/modules-esm/libsodium.mjs'),
  '/pkg/libsodium-wrappers-sumo.mjs': join(sumoDir, 'dist/modules-sumo-esm/libsodium-wrappers.mjs'),
  '/pkg/libsodium-sumo.mjs': join(
    dirname(sumoDir),
    'libsodium-sumo/dist/modules-sumo-esm/libsodium-sumo.mjs',
  ),
  '/pkg/shamir-secret-sharing.mjs': join(shamirDir, 'esm/index.js'),
  '/pkg/shamir-secret-sharing-csprng.mjs': join(shamirDir, 'esm/csprng.js'),
  '/vectors.json': join(REPO_ROOT, 'shared/test/vectors/envelope-v1.json'),
  '/shares.json': join(REPO_ROOT, 'shared/test/vectors/shares-v1.json'),
  '/protocol.json': join(REPO_ROOT, 'shared/test/vectors/protocol-v1.json'),
  '/request-vectors.json': join(REPO_ROOT, 'shared/test/vectors/request-v1.json'),
  '/fanout.json': join(REPO_ROOT, 'shared/test/vectors/fanout-v1.json'),
  '/check.mjs': join(import.meta.dirname, 'vectors-check.mjs'),
}

const IMPORT_MAP = JSON.stringify({
  imports: {
    'libsodium-wrappers': '/pkg/libsodium-wrappers.mjs',
    libsodium: '/pkg/libsodium.mjs',
    'libsodium-wrappers-sumo': '/pkg/libsodium-wrappers-sumo.mjs',
    'libsodium-sumo': '/pkg/libsodium-sumo.mjs',
    'shamir-secret-sharing': '/pkg/shamir-secret-sharing.mjs',
    'shamir-secret-sharing/csprng': '/pkg/shamir-secret-sharing-csprng.mjs',
  },
})
const importMapHash = createHash('sha256').update(IMPORT_MAP).digest('base64')
const CSP = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${importMapHash}'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'`
const PAGE = `<!doctype html><meta charset="utf-8"><script type="importmap">${IMPORT_MAP}</script><script type="module" src="/check.mjs"></script><title>vectors</title>`

function serve(): Promise<{ server: Server; url: string }> {
  const sharedDist = join(REPO_ROOT, 'shared', 'dist')
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    let file = FILES[path]
    if (!file && path.startsWith('/shared/')) {
      file = normalize(join(sharedDist, path.slice('/shared/'.length)))
      if (!file.startsWith(sharedDist)) file = undefined
    }
    res.setHeader('content-security-policy', CSP)
    if (path === '/') {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(PAGE)
      return
    }
    try {
      const body = readFileSync(file ?? '/nonexistent')
      res.setHeader('content-type', path.endsWith('.json') ? 'application/json' : 'text/javascript')
      res.end(body)
    } catch {
      res.statusCode = 404
      res.end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ server, url: `http://127.0.0.1:${port}` })
    })
  })
}

interface ShareResults {
  results: {
    name: string
    decoded: boolean
    keysMatch: boolean
    combined: number
    tooFew: boolean
  }[]
  refusals: { name: string; expected: string; got: string }[]
  freshSplit: boolean
}

interface VectorResult {
  name: string
  tokensMatch: boolean
  sealMatches: boolean
  opened: boolean
  flipsRejected: number
  flipsTried: number
  intermediates: boolean
}

interface RequestVectorResult {
  name: string
  keysMatch: boolean
  noteMatches: boolean
  linksMatch: boolean
  sealedOpens: boolean
  flipsRejected: number
  flipsTried: number
}

interface FanOutResults {
  results: {
    name: string
    tokensMatch: boolean
    labelsMatch: boolean
    linksMatch: boolean
    misplacedRefused: boolean
  }[]
  refusals: { name: string; expected: string; got: string }[]
}

describe.skipIf(!chromiumAvailable)('shared vectors in Chromium', () => {
  let browser: LaunchedBrowser
  let site: { server: Server; url: string }

  beforeAll(async () => {
    site = await serve()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser.close()
    site.server.close()
  })

  it('derives, seals and opens every vector byte-exactly and rejects tampering, and decodes, combines and refuses the share vectors, under the strict CSP', async () => {
    const page = await browser.browser.newPage()
    const violations: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text())
    })
    await page.goto(site.url)
    const handle = await page.waitForFunction(
      () => (window as unknown as { vectorResults?: unknown }).vectorResults,
    )
    const outcome = (await handle.jsonValue()) as {
      results?: VectorResult[]
      argon2DefaultMs?: number
      shares?: ShareResults
      protocol?: { cases: number; failed: string[] }
      requestResults?: RequestVectorResult[]
      fanOut?: FanOutResults
      error?: string
    }
    expect(outcome.error).toBeUndefined()
    const results = outcome.results ?? []
    expect(results.length).toBeGreaterThanOrEqual(8)
    for (const r of results) {
      expect(r, r.name).toMatchObject({
        tokensMatch: true,
        sealMatches: true,
        opened: true,
        intermediates: true,
      })
      expect(r.flipsRejected, r.name).toBe(r.flipsTried)
    }
    const shares = outcome.shares
    expect(shares?.results.length).toBeGreaterThanOrEqual(3)
    for (const r of shares?.results ?? []) {
      expect(r, r.name).toMatchObject({ decoded: true, keysMatch: true, tooFew: true })
      expect(r.combined, r.name).toBeGreaterThan(0)
    }
    for (const r of shares?.refusals ?? []) expect(r.got, r.name).toBe(r.expected)
    expect(shares?.refusals.length).toBeGreaterThanOrEqual(10)
    expect(shares?.freshSplit).toBe(true)
    // protocol-v1.json: padmé, crypto_kdf as BLAKE2b, metadata JSON, links, broken envelopes.
    expect(outcome.protocol?.failed).toEqual([])
    expect(outcome.protocol?.cases).toBeGreaterThan(90)
    // Requests (protocol §8.5): WebCrypto's HKDF and crypto_box_seal_open in this engine.
    const requests = outcome.requestResults ?? []
    expect(requests.length).toBeGreaterThanOrEqual(3)
    for (const r of requests) {
      expect(r, r.name).toMatchObject({
        keysMatch: true,
        noteMatches: true,
        linksMatch: true,
        sealedOpens: true,
      })
      expect(r.flipsRejected, r.name).toBe(r.flipsTried)
    }
    // One link per recipient (protocol §10.5): link tokens, sealed labels and links.
    const fanOut = outcome.fanOut
    expect(fanOut?.results.length).toBeGreaterThanOrEqual(2)
    for (const r of fanOut?.results ?? []) {
      expect(r, r.name).toMatchObject({
        tokensMatch: true,
        labelsMatch: true,
        linksMatch: true,
        misplacedRefused: true,
      })
    }
    expect(fanOut?.refusals.length).toBeGreaterThanOrEqual(10)
    for (const r of fanOut?.refusals ?? []) expect(r.got, r.name).toBe(r.expected)
    expect(violations).toEqual([])
    console.log(`Argon2id default cost in Chromium: ${Math.round(outcome.argon2DefaultMs ?? 0)} ms`)
  })
})
