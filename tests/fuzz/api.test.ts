/**
 * Property-based fuzzing of the HTTP API (issue 10; issue 2 acceptance 6):
 * thousands of malformed and hostile requests — random JSON shapes, wrong
 * types, awkward numbers, bad base64url, tampered envelope headers and
 * lengths, random methods, paths, content types and headers, and raw bytes no
 * HTTP client would send. Never a 5xx; every 4xx is the uniform JSON error;
 * the server still serves real secrets afterwards and its memory comes back.
 */
import { revealSecret } from '@hushlink/shared'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  errorBodyProblem,
  parseRawResponse,
  send,
  sendRaw,
  type RawRequest,
  type RawResponse,
} from '../support/http.js'
import { forEachConcurrent } from '../support/load.js'
import { memoryOf } from '../support/proc.js'
import {
  linkOf,
  makeSecret,
  makeSecrets,
  postSecret,
  type SecretFixture,
} from '../support/secrets.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { hostileCreate, hostileRequest, malformedHttp } from './arbitraries.js'

let server: RunningServer
let secrets: SecretFixture[]
let baselineMb = 0

const rss = () => memoryOf(server.process.pid ?? 0).rssMb
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  server = await startServer({ env: PERMISSIVE_LIMITS })
  secrets = await makeSecrets(12, (i) => `fuzz target ${i}`)
  // Half exist on the server, so hostile requests also hit real rows.
  for (const secret of secrets.slice(0, 6)) await postSecret(server.url, secret)
  // Warm every path once, so the baseline includes what any server holds after start-up.
  const warm = await makeSecrets(200, (i) => `warm ${i}`)
  await forEachConcurrent(warm, 8, async (s) => {
    await postSecret(server.url, s)
    await revealSecret({ link: linkOf(server.url, s) })
  })
  await settle(1000)
  baselineMb = rss()
})

afterAll(async () => {
  await server.stop()
})

function describeRequest(req: RawRequest): string {
  const body =
    req.body === undefined ? '' : ` body ${JSON.stringify(String(req.body).slice(0, 200))}`
  return `${req.method} ${req.path.slice(0, 200)}${body}`
}

/** Headers every response carries, whatever produced it (protocol reference §3.6). */
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'cache-control',
]

function checkHeaders(req: RawRequest, res: RawResponse): void {
  const missing = SECURITY_HEADERS.filter((h) => res.headers[h] === undefined)
  if (missing.length > 0) {
    throw new Error(`${res.status} without ${missing.join(', ')} for ${describeRequest(req)}`)
  }
}

/** A browser asking for a page that does not exist gets the web client's 404 page (by design). */
function isBrowserNotFoundPage(req: RawRequest, res: RawResponse): boolean {
  const accept = Object.entries(req.headers ?? {}).find(([k]) => k.toLowerCase() === 'accept')?.[1]
  return (
    res.status === 404 &&
    req.method === 'GET' &&
    (accept ?? '').includes('text/html') &&
    /^text\/html/.test(String(res.headers['content-type']))
  )
}

/** The invariant for every answer: no 5xx, and every error is the uniform JSON body. */
function checkAnswer(req: RawRequest, res: RawResponse): void {
  if (res.status >= 500 || res.status < 100) {
    throw new Error(`${res.status} for ${describeRequest(req)}: ${res.body.slice(0, 300)}`)
  }
  if (isBrowserNotFoundPage(req, res)) return
  if (res.status >= 400 && req.method !== 'HEAD') {
    const problem = errorBodyProblem(res.body)
    if (problem) throw new Error(`${res.status} ${problem} for ${describeRequest(req)}`)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
  }
}

describe('fuzzing the HTTP API', () => {
  it('hostile create bodies: a 4xx JSON error (or 201/409 for a valid one), never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCreate(secrets), async (req) => {
        checkAnswer(req, await send(server.url, req))
      }),
      { numRuns: 1500 },
    )
  })

  it('any method, path, content type, headers and body: never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest(secrets), async (req) => {
        checkAnswer(req, await send(server.url, req))
      }),
      { numRuns: 1500 },
    )
  })

  it('whatever the request, the answer carries the security headers', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest(secrets), async (req) => {
        checkHeaders(req, await send(server.url, req))
      }),
      { numRuns: 500 },
    )
  })

  it('malformed HTTP on raw sockets: answered with a 4xx JSON error, never left hanging', async () => {
    await fc.assert(
      fc.asyncProperty(malformedHttp, async (bytes) => {
        const { text, closed } = await sendRaw(server.port, bytes)
        const res = parseRawResponse(text)
        const shown = JSON.stringify(bytes.slice(0, 120))
        if (!res) {
          // Only a connection the server closed without a word is acceptable then.
          if (!closed) throw new Error(`no answer and still open for ${shown}`)
          return
        }
        if (res.status >= 500) throw new Error(`${res.status} for ${shown}`)
        if (res.status >= 400) {
          const problem = errorBodyProblem(res.body)
          if (problem) throw new Error(`${res.status} ${problem} for ${shown}`)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('afterwards the server is healthy, serves a real secret, and its memory is back near baseline', async () => {
    const health = await send(server.url, { method: 'GET', path: '/health' })
    expect(health.status).toBe(200)
    const secret = await makeSecret('still working 🔐')
    const created = await postSecret(server.url, secret)
    expect(created !== 'no_answer' && created.status).toBe(201)
    expect((await revealSecret({ link: linkOf(server.url, secret) })).text).toBe(secret.text)

    await settle(2000)
    const afterMb = rss()
    // V8 keeps some heap it grew into; a leak of one allocation per request
    // over these ~3,200 requests (many of them 20 KB-1 MB bodies) would show as
    // far more than this.
    expect(afterMb - baselineMb).toBeLessThan(40)
  })
})
