import {
  ApiError,
  DecryptionError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  WrongPassphraseError,
} from '@hushlink/shared'
import type { ErrorCode } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatIn } from '../i18n/format.ts'
import type { Messages, Pick } from '../i18n/messages.ts'
import { button, h } from '../ui/dom.ts'
import { show } from '../ui/page.ts'

export interface Problem {
  readonly title: Pick
  readonly body: Pick
  /** Whether trying the same thing again can help (network, rate limit, server trouble). */
  readonly retry: boolean
}

function problem(title: Pick, body: Pick, retry = false): Problem {
  return { title, body, retry }
}

/** Problems with a `<key>Title` and `<key>Body` pair in the catalogue. */
type Known = keyof Messages['problem'] extends infer K
  ? K extends `${infer Key}Title`
    ? Key
    : never
  : never
const known = (key: Known, retry = false): Problem =>
  problem(
    (m) => m.problem[`${key}Title`],
    (m) => m.problem[`${key}Body`],
    retry,
  )

export const GONE = known('gone')
export const CORRUPTED = known('corrupted')
export const SHOWN = known('shown')
export const RECEIPT_CORRUPTED = known('receiptCorrupted')
export const RECEIPT_GONE = known('receiptGone')
export const NOT_FOUND = known('notFound')
export const CANCELLED = known('cancelled', true)
export const REQUEST_CLOSED = problem(
  (m) => m.problem.api.request_closed.title,
  (m) => m.problem.api.request_closed.body,
)
const BURNED_FAILURES = known('burnedFailures')
const UNDECRYPTABLE = known('decrypt')
const UNSAFE = known('unsafe')
const OFFLINE = known('offline', true)
const PAGE_FAILED = known('pageFailed', true)

/** The time lock's codes have their texts in its own section (timeLockProblem). */
type TimeLockCode = 'not_yet' | 'invalid_not_before'
type ApiCode = Exclude<ErrorCode, TimeLockCode> | 'unexpected_response'
const apiText = (m: Messages, code: ApiCode): Messages['problem']['api'][ApiCode] =>
  // A newer server may send a code this client does not know yet.
  (m.problem.api as Partial<Messages['problem']['api']>)[code] ?? m.problem.api.unexpected_response

/** What went wrong, in words a person can act on, for anything an API call can throw. */
export function describe(error: unknown): Problem {
  if (error instanceof NotFoundError) return GONE
  if (error instanceof WrongPassphraseError && error.remaining === 0) return BURNED_FAILURES
  if (error instanceof RateLimitedError && error.retryAfter !== null) {
    const seconds = error.retryAfter
    return problem(
      (m) => m.problem.api.rate_limited.title,
      (m) => fill(m.problem.rateLimitedWait, { relative: formatIn(seconds) }),
      true,
    )
  }
  if (error instanceof ApiError) {
    const { code } = error
    if (code === 'not_yet' || code === 'invalid_not_before') return timeLockProblem(code)
    const retry = error.status === 429 || error.status >= 500 || code === 'id_taken'
    return problem(
      (m) => apiText(m, code).title,
      (m) => apiText(m, code).body,
      retry,
    )
  }
  if (error instanceof DecryptionError) return UNDECRYPTABLE
  if (error instanceof ProtocolError) {
    if (error.code === 'hostile_kdf') return UNSAFE
    if (error.code === 'bad_link' || error.code === 'bad_encoding') return CORRUPTED
    return UNDECRYPTABLE
  }
  if (error instanceof NetworkError) return OFFLINE
  // Anything else failed in this page, e.g. a part of it that did not load or verify.
  return PAGE_FAILED
}

/** The time lock's own codes (protocol §9); their texts live in the timeLock section. */
function timeLockProblem(code: TimeLockCode): Problem {
  return code === 'not_yet'
    ? problem(
        (m) => m.timeLock.notYetTitle,
        (m) => m.timeLock.notYetBody,
        true,
      )
    : problem(
        (m) => m.timeLock.invalidTitle,
        (m) => m.timeLock.invalidBody,
      )
}

/** A full-page problem with a way forward: try again when it can help, and always "share a new secret". */
export function showProblem(problem: Problem, retry?: () => void): void {
  show(
    problem.title,
    { focus: true },
    h('p', { class: 'lead', 'data-problem': '' }, problem.body),
    h(
      'p',
      { class: 'actions' },
      problem.retry && retry ? button((m) => m.problem.retry, retry, { class: 'primary' }) : null,
      h('a', { href: '/', class: 'button' }, (m) => m.problem.home),
    ),
  )
}
