import { request, type Agent } from 'node:http'
import { connect } from 'node:net'
import { ERROR_CODES } from '@hushlink/shared/api'

export interface RawResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: string
}

export interface RawRequest {
  readonly method: string
  readonly path: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | Buffer
}

/**
 * One request through node:http, which (unlike fetch) sends any method, path
 * and header the HTTP grammar allows. By default on a fresh connection each
 * time: a server closing after an error never fails the next.
 */
export function send(
  server: string,
  req: RawRequest,
  timeoutMs = 10_000,
  agent: Agent | false = false,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // An explicit length: Node sends a DELETE or OPTIONS body without one, and
    // the server rightly reads those bytes as a second, garbage request.
    const headers =
      req.body === undefined || req.headers?.['transfer-encoding'] !== undefined
        ? req.headers
        : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) }
    const r = request(
      `${server}${req.path}`,
      { method: req.method, headers, agent, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    r.on('timeout', () => r.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    r.on('error', reject)
    r.end(req.body)
  })
}

/**
 * Writes raw bytes on a TCP connection and reads until the server closes it
 * (or `timeoutMs`): for requests no HTTP client would send.
 */
export function sendRaw(
  port: number,
  bytes: string | Buffer,
  timeoutMs = 5_000,
): Promise<{ readonly text: string; readonly closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const finish = (closed: boolean) => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed })
    }
    const timer = setTimeout(() => finish(false), timeoutMs)
    socket.on('connect', () => socket.write(bytes))
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', () => finish(true))
    socket.on('close', () => finish(true))
  })
}

/** Parses the status and body of a raw HTTP/1.1 response text (one response, not chunked). */
export function parseRawResponse(text: string): { status: number; body: string } | null {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(text)
  if (!match?.[1]) return null
  const split = text.indexOf('\r\n\r\n')
  return { status: Number(match[1]), body: split === -1 ? '' : text.slice(split + 4) }
}

const KNOWN_CODES: readonly string[] = ERROR_CODES

/** Why a 4xx/5xx body is not the uniform `{"error":{"code","message"}}`, or null when it is. */
export function errorBodyProblem(body: string): string | null {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return `not JSON: ${JSON.stringify(body.slice(0, 120))}`
  }
  const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error
  if (typeof error?.code !== 'string' || !KNOWN_CODES.includes(error.code)) {
    return `no known error code: ${body.slice(0, 120)}`
  }
  if (typeof error.message !== 'string' || error.message === '') return 'no message'
  return null
}
