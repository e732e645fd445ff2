import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import {
  DestinationError,
  guardedLookup,
  resolveSafely,
  type DestinationPolicy,
} from '../destinations/resolve.js'

/** What one attempt came to; `detail` is safe to store and show (no body, no address). */
export type AttemptResult =
  | { readonly delivered: true; readonly status: number }
  | { readonly delivered: false; readonly detail: string }

export interface PostOptions extends DestinationPolicy {
  /** Milliseconds for the whole exchange, connect to last byte read. */
  readonly timeoutMs: number
}

/** Bytes of a response read before the connection is dropped: bodies are discarded anyway. */
const BODY_CAP = 16 * 1024

/**
 * POSTs one signed webhook. Only a 2xx counts as delivered; redirects are
 * not followed (a 3xx is a failure to retry), and the response body is read
 * up to a cap and thrown away.
 */
export async function postWebhook(
  url: URL,
  headers: Readonly<Record<string, string>>,
  body: string,
  options: PostOptions,
): Promise<AttemptResult> {
  // Node connects to an IP literal without calling `lookup`: check it here.
  if (isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0) {
    try {
      await resolveSafely(url.hostname, options)
    } catch (err) {
      if (err instanceof DestinationError) return { delivered: false, detail: 'refused' }
      throw err
    }
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: AttemptResult): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req.destroy()
      resolve(result)
    }
    const req = send(url, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(options),
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Hushlink-Webhooks/1',
      },
    })
    const timer = setTimeout(
      () => finish({ delivered: false, detail: 'timeout' }),
      options.timeoutMs,
    )
    req.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0
      const result: AttemptResult =
        status >= 200 && status < 300
          ? { delivered: true, status }
          : { delivered: false, detail: `HTTP ${status}` }
      let read = 0
      res.on('data', (chunk: Buffer) => {
        read += chunk.length
        if (read > BODY_CAP) finish(result)
      })
      res.on('end', () => finish(result))
      res.on('error', () => finish(result))
    })
    req.on('error', (err) => {
      finish({
        delivered: false,
        detail: err instanceof DestinationError ? 'refused' : 'connection failed',
      })
    })
    req.end(body)
  })
}
