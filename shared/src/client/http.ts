import type { ErrorCode } from '../api/errors.js'
import {
  ApiError,
  NotFoundError,
  RateLimitedError,
  TooLargeError,
  WrongPassphraseError,
} from './errors.js'

/** The part of WHATWG fetch the client uses, so Node, browsers and tests can pass their own. */
export type Fetch = (
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; signal?: unknown },
) => Promise<{ readonly status: number; json(): Promise<unknown>; text(): Promise<string> }>

export interface ClientOptions {
  /** The instance's base URL, e.g. `https://secrets.example.com`. */
  readonly server: string
  readonly fetch?: Fetch
  /** An AbortSignal, to cancel a request. */
  readonly signal?: unknown
}

export async function request<T>(
  options: ClientOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T | undefined> {
  const fetchFn = options.fetch ?? (globalThis as unknown as { fetch: Fetch }).fetch
  const res = await fetchFn(`${options.server.replace(/\/+$/, '')}${path}`, {
    method,
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : { accept: 'application/json', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  })
  if (res.status === 204) return undefined
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ApiError(
      res.status,
      'unexpected_response',
      `the server answered ${res.status} without JSON`,
    )
  }
  if (res.status >= 200 && res.status < 300) return json as T
  throw toError(res.status, json)
}

function toError(status: number, json: unknown): ApiError {
  const body = json as { error?: { code?: string; message?: string }; remaining?: number }
  const code = (body.error?.code ?? 'unexpected_response') as ErrorCode
  const message = body.error?.message ?? `the server answered ${status}`
  if (status === 404) return new NotFoundError(status, code, message)
  if (status === 401 && code === 'wrong_passphrase')
    return new WrongPassphraseError(message, body.remaining ?? 0)
  if (status === 429) return new RateLimitedError(status, code, message)
  if (status === 413) return new TooLargeError(status, code, message)
  return new ApiError(status, code, message)
}
