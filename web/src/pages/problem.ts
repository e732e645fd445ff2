import {
  ApiError,
  DecryptionError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  WrongPassphraseError,
} from '@hushlink/shared'
import { t } from '../strings.ts'
import { button, h } from '../ui/dom.ts'
import { show } from '../ui/page.ts'

export interface Problem {
  readonly title: string
  readonly body: string
  /** Whether trying the same thing again can help (network, rate limit, server trouble). */
  readonly retry: boolean
}

const p = t.problem

export const GONE: Problem = { title: p.goneTitle, body: p.goneBody, retry: false }
export const CORRUPTED: Problem = { title: p.corruptedTitle, body: p.corruptedBody, retry: false }
export const SHOWN: Problem = { title: p.shownTitle, body: p.shownBody, retry: false }
export const RECEIPT_CORRUPTED: Problem = {
  title: p.receiptCorruptedTitle,
  body: p.receiptCorruptedBody,
  retry: false,
}
export const RECEIPT_GONE: Problem = {
  title: p.receiptGoneTitle,
  body: p.receiptGoneBody,
  retry: false,
}
export const NOT_FOUND: Problem = { title: p.notFoundTitle, body: p.notFoundBody, retry: false }

/** What went wrong, in words a person can act on, for anything an API call can throw. */
export function describe(error: unknown): Problem {
  if (error instanceof NotFoundError) return GONE
  if (error instanceof WrongPassphraseError && error.remaining === 0) {
    return { title: p.burnedFailuresTitle, body: p.burnedFailuresBody, retry: false }
  }
  if (error instanceof RateLimitedError && error.retryAfter !== null) {
    return { title: p.api.rate_limited[0], body: p.rateLimitedWait(error.retryAfter), retry: true }
  }
  if (error instanceof ApiError) {
    // A newer server may send a code this client does not know yet.
    const [title, body] = (p.api as Partial<typeof p.api>)[error.code] ?? p.api.unexpected_response
    const retry = error.status === 429 || error.status >= 500 || error.code === 'id_taken'
    return { title, body, retry }
  }
  if (error instanceof DecryptionError) {
    return { title: p.decryptTitle, body: p.decryptBody, retry: false }
  }
  if (error instanceof ProtocolError) {
    if (error.code === 'hostile_kdf')
      return { title: p.unsafeTitle, body: p.unsafeBody, retry: false }
    if (error.code === 'bad_link' || error.code === 'bad_encoding') return CORRUPTED
    return { title: p.decryptTitle, body: p.decryptBody, retry: false }
  }
  if (error instanceof NetworkError) {
    return { title: p.offlineTitle, body: p.offlineBody, retry: true }
  }
  // Anything else failed in this page, e.g. a part of it that did not load or verify.
  return { title: p.pageFailedTitle, body: p.pageFailedBody, retry: true }
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
      problem.retry && retry ? button(p.retry, retry, { class: 'primary' }) : null,
      h('a', { href: '/', class: 'button' }, p.home),
    ),
  )
}
