import {
  ApiError,
  NetworkError,
  NotFoundError,
  NotYetError,
  ProtocolError,
  RateLimitedError,
  TooLargeError,
  WrongPassphraseError,
} from '@hushlink/shared'
import { CliError, EXIT, type ExitCode } from './exit.js'
import { notYetOpen } from './opening.js'

export interface FailureContext {
  /** The server's URL; only its origin is ever named. */
  readonly server?: string
  /** What "not found" means for this command. */
  readonly notFound?: string
}

const NOT_FOUND = 'not found: this secret never existed, has expired, or was already opened'

/**
 * Turns whatever a command threw into one line and an exit code. SDK errors
 * carry no key, token or plaintext, so their messages are safe to print; the
 * original stays as `cause` for HUSHLINK_DEBUG=1.
 */
export function toCliError(error: unknown, context: FailureContext = {}): CliError {
  if (error instanceof CliError) return error
  if (error instanceof NotYetError) return notYetOpen(error.opensAt, error)
  const [exitCode, message] = classify(error, context)
  return new CliError(exitCode, message, { cause: error })
}

function classify(error: unknown, context: FailureContext): [ExitCode, string] {
  if (error instanceof WrongPassphraseError) {
    return [
      EXIT.wrongPassphrase,
      error.remaining > 0
        ? `wrong passphrase: ${plural(error.remaining, 'attempt')} left before the secret is destroyed`
        : 'wrong passphrase: that was the last attempt, the secret is destroyed',
    ]
  }
  if (error instanceof NotFoundError) return [EXIT.notFound, context.notFound ?? NOT_FOUND]
  if (error instanceof TooLargeError) return [EXIT.tooLarge, `too large: ${error.message}`]
  if (error instanceof RateLimitedError)
    return [EXIT.rateLimited, 'rate limited by the server: try again later']
  if (error instanceof ApiError && error.code === 'request_closed') {
    return [EXIT.notFound, 'already answered: this request takes no more answers']
  }
  if (error instanceof ApiError) {
    // A proxy in front of a stopped server, or a database that does not answer.
    if (error.code === 'unavailable' || [502, 503, 504].includes(error.status)) {
      return [EXIT.unreachable, `${where(context)} is unavailable (HTTP ${error.status})`]
    }
    if (error.code === 'unauthorized' || error.code === 'insufficient_scope') {
      return [EXIT.unexpected, `the server refused the API key: ${error.message}`]
    }
    return [EXIT.unexpected, `the server refused (${error.status} ${error.code}): ${error.message}`]
  }
  if (error instanceof ProtocolError) return [EXIT.corruptedLink, error.message]
  const network = networkFailure(error)
  if (network !== null) return [EXIT.unreachable, `cannot reach ${where(context)}: ${network}`]
  return [
    EXIT.unexpected,
    `unexpected error: ${error instanceof Error ? error.message : 'unknown'}`,
  ]
}

/** Why fetch got no answer at all, or null when the error is something else. */
function networkFailure(error: unknown): string | null {
  if (!(error instanceof Error)) return null
  if (error.name === 'TimeoutError') return 'no answer in time (see --timeout)'
  if (!(error instanceof NetworkError)) return null
  // fetch's TypeError('fetch failed') carries the system error (ECONNREFUSED…) as its cause.
  const fetchError = error.cause as { cause?: { code?: unknown; message?: unknown } } | undefined
  const cause = fetchError?.cause
  if (typeof cause?.code === 'string') return cause.code
  return typeof cause?.message === 'string' ? cause.message : 'network error'
}

/** The server's origin only: a path may hold a secret id, which stays out of messages. */
function where(context: FailureContext): string {
  try {
    return context.server === undefined ? 'the server' : new URL(context.server).origin
  } catch {
    return 'the server'
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
