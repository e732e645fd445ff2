/**
 * Issue 18.6: a hostile or compromised server must not drive the terminal of
 * whoever runs the CLI. Every string the server supplies (error codes and
 * messages, receipt states, times, counts) reaches the screen neutralised:
 * no ESC (colours, OSC 52 clipboard writes, window titles), no C1 controls,
 * no bidi overrides, no forged extra lines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeBase64url, formatReceiptLink, HEADER_SIZE } from '@hushlink/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostileKdfSecret } from '../support/hostile-kdf.js'
import { makeSecret, type SecretFixture } from '../support/secrets.js'
import { runCli, type CliResult } from './run-cli.js'

const EVIL =
  '\u001b]52;c;aGVsbG8=\u0007\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202Eevil\u2066\u200F\r\nhushlink: forged line'
/** What must never reach a terminal from the server: every control but newline, C1, bidi. */
function unsafeIn(text: string): string[] {
  return [...text].filter((ch) => {
    const c = ch.codePointAt(0) ?? 0
    return (
      (c < 0x20 && c !== 0x0a) ||
      (c >= 0x7f && c <= 0x9f) ||
      [0x061c, 0x200e, 0x200f].includes(c) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    )
  })
}

type Reply = readonly [status: number, body: unknown]

describe('the CLI against a hostile server', () => {
  let server: Server
  let url = ''
  let secret: SecretFixture
  const routes = new Map<string, Reply>()
  const requests: string[] = []
  const receiptToken = encodeBase64url(new Uint8Array(32).fill(7))

  beforeAll(async () => {
    secret = await makeSecret('the real secret')
    const envelope = Buffer.from(secret.request.envelope, 'base64url')
    server = createServer((req, res) => {
      req.resume()
      requests.push(`${req.method} ${req.url}`)
      const [status, body] = routes.get(`${req.method} ${req.url}`) ?? [404, {}]
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const id = secret.id
    routes.set('GET /api/v1/config', [
      200,
      { min_ttl: 300, max_ttl: 604_800, default_ttl: 86_400, max_views: 100, max_text_bytes: 1e6 },
    ])
    routes.set('POST /api/v1/secrets', [201, { id, expires_at: EVIL }])
    routes.set(`GET /api/v1/secrets/${id}`, [
      200,
      {
        id,
        expires_at: EVIL,
        views_left: 2,
        passphrase_required: false,
        kind: 'text',
        size: envelope.length,
        header: encodeBase64url(envelope.subarray(0, HEADER_SIZE)),
      },
    ])
    routes.set(`POST /api/v1/secrets/${id}/claim`, [
      200,
      { envelope: secret.request.envelope, views_left: EVIL },
    ])
    routes.set(`POST /api/v1/receipts/${id}/status`, [
      200,
      {
        state: EVIL,
        created_at: EVIL,
        expires_at: EVIL,
        max_views: EVIL,
        views: EVIL,
        claimed_at: EVIL,
        failures: EVIL,
      },
    ])
    routes.set(`POST /api/v1/receipts/${id}/burn`, [409, { error: { code: EVIL, message: EVIL } }])
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const link = (): string => `${url}/s/${secret.id}#${encodeBase64url(secret.linkKey)}`
  const receipt = (): string =>
    formatReceiptLink(url, secret.id, Buffer.from(receiptToken, 'base64url'))

  function expectNeutral(result: CliResult, lines?: number): void {
    const out = `${result.stdout.toString('utf8')}${result.stderr}`
    expect(unsafeIn(out)).toEqual([])
    if (lines !== undefined) expect(result.stderr.trimEnd().split('\n')).toHaveLength(lines)
  }

  it('send: the expiry time', async () => {
    const sent = await runCli(['send', '-s', url], { input: 'x' })
    expect(sent.code).toBe(0)
    expectNeutral(sent)
    const json = await runCli(['send', '-s', url, '--json'], { input: 'x' })
    expectNeutral(json)
    expect(JSON.parse(json.stdout.toString('utf8'))).toMatchObject({ expires_at: EVIL })
  })

  it('status: state, times and counts, as text and as JSON', async () => {
    const shown = await runCli(['status', receipt()])
    expect(shown.code).toBe(0)
    expectNeutral(shown)
    expect(shown.stdout.toString('utf8')).toContain('\\u001b]52;c;')
    const json = await runCli(['status', '--json', receipt()])
    expectNeutral(json)
    expect(JSON.parse(json.stdout.toString('utf8'))).toMatchObject({ state: EVIL })
  })

  it('read: the views left', async () => {
    const read = await runCli(['read', link()])
    expect(read.stdout.toString('utf8')).toBe('the real secret')
    expectNeutral(read)
  })

  it('burn: the error code and message, on one line', async () => {
    const burned = await runCli(['burn', receipt()])
    expect(burned.code).not.toBe(0)
    expectNeutral(burned, 1)
    expect(burned.stderr).toContain('\\u001b[2J')
  })

  it('read: an error code and message before anything is claimed, on one line', async () => {
    routes.set(`GET /api/v1/secrets/${secret.id}`, [418, { error: { code: EVIL, message: EVIL } }])
    const refused = await runCli(['read', link()])
    expect(refused.code).not.toBe(0)
    expectNeutral(refused, 1)
  })

  it('read: a header asking for 10 Argon2 passes over 1 GiB is refused before any work', async () => {
    const { link: hostile, meta } = await hostileKdfSecret(url)
    routes.set(`GET /api/v1/secrets/${meta.id}`, [200, meta])
    const pass = join(mkdtempSync(join(tmpdir(), 'hushlink-kdf-')), 'pass.txt')
    writeFileSync(pass, 'pass\n')
    const refused = await runCli(['read', hostile, '--passphrase-file', pass])
    expect(refused.code).toBe(5)
    expect(refused.stderr).toMatch(/10 passes over 1024 MiB.*at most 256 MiB/)
    expect(requests.filter((r) => r.includes(meta.id))).toEqual([`GET /api/v1/secrets/${meta.id}`])
  })

  it('send: a too-large answer', async () => {
    routes.set('POST /api/v1/secrets', [413, { error: { code: EVIL, message: EVIL } }])
    const refused = await runCli(['send', '-s', url], { input: 'x' })
    expect(refused.code).toBe(6)
    expectNeutral(refused, 1)
  })
})
