import fc from 'fast-check'
import type { RawRequest } from '../support/http.js'
import type { SecretFixture } from '../support/secrets.js'

/** Numbers that break naive handling: overflow, precision, sign, fractions. */
const awkwardNumber = fc.constantFrom(
  0,
  -1,
  -0,
  0.5,
  1e-300,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  86_400.0001,
)

/** Strings that are almost base64url, or far from it. */
const badBase64url = fc.oneof(
  fc.constantFrom(
    '',
    '=',
    '====',
    'AA==',
    'a+b/',
    'AAAAA',
    '\u00e9\u00e9\u00e9\u00e9',
    ' AAAA',
    'AAAA\n',
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
  // Right alphabet, impossible length (4n + 1) or non-canonical trailing bits.
  fc.stringMatching(/^[A-Za-z0-9_-]{41}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{21}[B-Pb-z]$/),
)

const anyJson = fc.jsonValue({ maxDepth: 3 })

const FIELDS = [
  'id',
  'envelope',
  'ttl',
  'max_views',
  'access_verifier',
  'pass_verifier',
  'receipt_verifier',
  'max_failures',
  'extra',
  '__proto__',
  'constructor',
] as const

/** A field of a valid create body replaced, removed or added. */
const fieldChange = fc.record({
  field: fc.constantFrom(...FIELDS),
  value: fc.oneof(anyJson, awkwardNumber, badBase64url, fc.constant(undefined)),
})

type EnvelopeTamper =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; to: number }
  | { kind: 'append'; bytes: Uint8Array }
  | { kind: 'foreign-id' }

const envelopeTamper: fc.Arbitrary<EnvelopeTamper> = fc.oneof(
  // Mostly inside the 84-byte public header, which the server validates.
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.oneof(fc.nat({ max: 83 }), fc.nat({ max: 4000 })),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), to: fc.nat({ max: 2000 }) }),
  fc.record({
    kind: fc.constant('append' as const),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 300 }),
  }),
  fc.constant({ kind: 'foreign-id' as const }),
)

function tamper(secret: SecretFixture, other: SecretFixture, t: EnvelopeTamper): string {
  const bytes = Buffer.from(secret.request.envelope, 'base64url')
  switch (t.kind) {
    case 'flip': {
      const at = t.at % bytes.length
      bytes[at] = (bytes[at] ?? 0) ^ t.mask
      return bytes.toString('base64url')
    }
    case 'truncate':
      return bytes.subarray(0, t.to % bytes.length).toString('base64url')
    case 'append':
      return Buffer.concat([bytes, t.bytes]).toString('base64url')
    case 'foreign-id':
      // A valid envelope bound to another id.
      return other.request.envelope
  }
}

type TextChange = 'none' | 'truncate' | 'trailing-garbage' | 'deep-nesting' | 'duplicate-keys'

function changeText(json: string, change: TextChange, cut: number): string {
  switch (change) {
    case 'none':
      return json
    case 'truncate':
      return json.slice(0, cut % Math.max(1, json.length))
    case 'trailing-garbage':
      return `${json}}{"x":`
    case 'deep-nesting':
      return '['.repeat(3000) + ']'.repeat(3000)
    case 'duplicate-keys':
      return json.replace(/^\{/, '{"ttl":"x","id":1,')
  }
}

/** Hostile POST /api/v1/secrets bodies derived from valid ones. */
export function hostileCreate(secrets: readonly SecretFixture[]): fc.Arbitrary<RawRequest> {
  return fc
    .record({
      base: fc.nat({ max: secrets.length - 1 }),
      changes: fc.array(fieldChange, { maxLength: 3 }),
      envelope: fc.option(envelopeTamper, { nil: undefined }),
      text: fc.constantFrom<TextChange>(
        'none',
        'none',
        'none',
        'truncate',
        'trailing-garbage',
        'deep-nesting',
        'duplicate-keys',
      ),
      cut: fc.nat(),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-16',
      ),
    })
    .map(({ base, changes, envelope, text, cut, contentType }) => {
      const secret = secrets[base] as SecretFixture
      const other = secrets[(base + 1) % secrets.length] as SecretFixture
      const body: Record<string, unknown> = { ...secret.request }
      if (envelope) body.envelope = tamper(secret, other, envelope)
      for (const { field, value } of changes) {
        if (value === undefined) delete body[field]
        else
          Object.defineProperty(body, field, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          })
      }
      return {
        method: 'POST',
        path: '/api/v1/secrets',
        headers: { 'content-type': contentType },
        body: changeText(JSON.stringify(body), text, cut),
      }
    })
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PURGE']

function hostilePath(ids: readonly string[]): fc.Arbitrary<string> {
  const id = fc.oneof(
    fc.constantFrom(...ids),
    fc.stringMatching(/^[A-Za-z0-9_-]{20,24}$/),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.constantFrom('%', '%zz', '%00', '..', '%2e%2e', 'a'.repeat(300), '%F0%9F%98%80'),
  )
  return fc.oneof(
    id.map((i) => `/api/v1/secrets/${i}`),
    id.map((i) => `/api/v1/secrets/${i}/claim`),
    id.map((i) => `/api/v1/receipts/${i}/status`),
    id.map((i) => `/api/v1/receipts/${i}/burn`),
    id.map((i) => `/s/${i}`),
    id.map((i) => `/r/${i}`),
    fc.constantFrom(
      '/',
      '/health',
      '/openapi.json',
      '/docs',
      '/api/v1/config',
      '/api/v1/secrets',
      '/api//v1/secrets',
      '/assets/../../etc/passwd',
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/%',
      '/api/v1/secrets?id=1&id=2',
      '/index.html?<script>',
    ),
    fc.webPath(),
  )
}

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
})

const oddHeaders = fc.dictionary(
  fc.oneof(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    fc.constantFrom(
      'sec-fetch-site',
      'x-forwarded-for',
      'accept',
      'accept-encoding',
      'range',
      'if-none-match',
      'origin',
      'cookie',
      'authorization',
    ),
  ),
  fc.oneof(
    printable,
    fc.constant('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'),
  ),
  { maxKeys: 5 },
)

/** Any method, path, content type, headers and body. */
export function hostileRequest(secrets: readonly SecretFixture[]): fc.Arbitrary<RawRequest> {
  const validClaim = fc
    .constantFrom(...secrets)
    .map((s) => JSON.stringify({ access_token: s.accessToken }))
  return fc
    .record({
      method: fc.constantFrom(...METHODS),
      path: hostilePath(secrets.map((s) => s.id)),
      contentType: fc.option(
        fc.constantFrom(
          'application/json',
          'text/plain',
          'multipart/form-data; boundary=x',
          'APPLICATION/JSON',
          'application/jsonx',
          '*/*',
          ';',
          '',
        ),
        { nil: undefined },
      ),
      headers: oddHeaders,
      body: fc.option(
        fc.oneof(
          anyJson.map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 300 }),
          validClaim,
          fc.constant('x'.repeat(20_000)),
        ),
        { nil: undefined },
      ),
    })
    .map(({ method, path, contentType, headers, body }) => ({
      method,
      path,
      headers: {
        ...headers,
        ...(contentType === undefined ? {} : { 'content-type': contentType }),
      },
      ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
    }))
}

/** Bytes no HTTP client would send; every message is complete, so the server must answer now. */
export const malformedHttp: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'GARBAGE\r\n\r\n',
    'GET\r\n\r\n',
    'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nBad Header: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\n: empty-name\r\n\r\n',
    'GET / HTTP/1.1\nHost: x\n\n',
    'GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n',
    'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
    'POST /api/v1/secrets HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    'POST /api/v1/secrets HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
    'POST /api/v1/secrets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
    'POST /api/v1/secrets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n0\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: x\r\n${'X-Many: 1\r\n'.repeat(3000)}\r\n`,
  ),
  fc
    .uint8Array({ minLength: 1, maxLength: 200 })
    // Bytes that are only CR and LF are empty lines before a request line, which a server must
    // ignore (RFC 9112 §2.2): it rightly waits for the request until its headers timeout, as for
    // an idle socket (tests/fault/slow-clients.test.ts), longer than this test waits for an answer.
    .filter((b) => b.some((byte) => byte !== 0x0a && byte !== 0x0d))
    .map((b) => `${Buffer.from(b).toString('latin1')}\r\n\r\n`),
  fc
    .tuple(
      fc.stringMatching(/^[A-Z]{1,10}$/),
      fc.string({ maxLength: 50 }),
      fc.stringMatching(/^HTTP\/\d\.\d$/),
    )
    .map(([m, p, v]) => `${m} /${p} ${v}\r\nHost: x\r\nConnection: close\r\n\r\n`),
)
