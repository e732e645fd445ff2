import { usageError } from './exit.js'
import { parseInteger } from './args.js'
import type { Io } from './io.js'

/** Options every command that talks to a server accepts. */
export const NETWORK_OPTIONS = {
  timeout: { type: 'string' },
} as const

export const NETWORK_HELP = `      --timeout SECONDS    give up on a server that does not answer (default 30)`

export const DEFAULT_TIMEOUT_SECONDS = 30

/** The instance to send to: `--server`, else HUSHLINK_SERVER; http(s) only. */
export function serverBase(option: string | undefined, env: Io['env']): string {
  const value = option ?? env.HUSHLINK_SERVER
  if (value === undefined || value === '') {
    throw usageError('no server: pass --server URL or set HUSHLINK_SERVER')
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw usageError('the server must be a URL like https://secrets.example.com')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw usageError('the server URL must start with https:// or http://')
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw usageError('the server URL takes no query, fragment or credentials')
  }
  return url.href.replace(/\/+$/, '')
}

export function parseTimeout(value: string | undefined): number {
  return value === undefined ? DEFAULT_TIMEOUT_SECONDS : parseInteger(value, '--timeout', 1, 86_400)
}

export interface Deadline {
  readonly signal: AbortSignal
  /** Progress was made: the server gets another full timeout. */
  touch(): void
  clear(): void
}

/**
 * Aborts the requests of one step when the server stays silent for `seconds`.
 * Idle, not total, so a large upload that keeps moving is never cut off; made
 * just before the requests, so time spent typing a passphrase does not count.
 */
export function idleDeadline(seconds: number): Deadline {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const arm = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const reason = new Error(`no answer for ${seconds} s`)
      reason.name = 'TimeoutError'
      controller.abort(reason)
    }, seconds * 1000)
    timer.unref()
  }
  arm()
  return { signal: controller.signal, touch: arm, clear: () => clearTimeout(timer) }
}
