import { HttpError } from '../errors.js'
import { toIsoTime } from '../wire.js'

/**
 * How far in the past a `not_before` may be and still be taken as "open now":
 * a client computes it from its own clock, which may lag the server's.
 */
export const NOT_BEFORE_TOLERANCE_MS = 5 * 60_000

/**
 * The stored opening time of a create (protocol §9): null without a time
 * lock. It must come strictly before the expiry (which still counts from
 * creation) and not lie further in the past than the tolerance, which is
 * almost certainly a mistake in the chosen date.
 */
export function notBefore(text: string | undefined, now: number, expiresAt: number): number | null {
  if (text === undefined) return null
  const at = Date.parse(text)
  if (!Number.isFinite(at)) throw invalidNotBefore('not_before must be an ISO 8601 date-time.')
  if (at >= expiresAt) {
    throw invalidNotBefore(
      `not_before must be before the secret expires (${toIsoTime(expiresAt)}); lengthen the ttl or open it sooner.`,
    )
  }
  if (at < now - NOT_BEFORE_TOLERANCE_MS) {
    throw invalidNotBefore('not_before is in the past; leave it out to open the secret at once.')
  }
  return at
}

function invalidNotBefore(message: string): HttpError {
  return new HttpError(400, 'invalid_not_before', message)
}

/** 409 before the opening time: nothing was counted, not even a passphrase attempt. */
export function notYet(opensAt: number, now: number): HttpError {
  return new HttpError(
    409,
    'not_yet',
    `This secret cannot be opened yet; it opens at ${toIsoTime(opensAt)}.`,
    { opens_at: toIsoTime(opensAt), server_time: toIsoTime(now) },
  )
}
