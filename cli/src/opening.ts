import { parseDuration } from './duration.js'
import { CliError, EXIT, usageError } from './exit.js'
import { oneLine } from './terminal-text.js'

/**
 * The time lock of `send` (protocol §9): `--opens-at` an ISO 8601 moment with
 * its offset, or `--opens-in` a duration from now. Undefined without either.
 */
export function parseOpening(
  opensAt: string | undefined,
  opensIn: string | undefined,
  now: number,
): Date | undefined {
  if (opensAt !== undefined && opensIn !== undefined) {
    throw usageError('choose --opens-at or --opens-in, not both')
  }
  if (opensIn !== undefined) return new Date(now + parseDuration(opensIn, '--opens-in') * 1000)
  if (opensAt === undefined) return undefined
  // An offset is required: a bare local time is ambiguous across machines.
  const at = /(Z|[+-]\d\d:\d\d)$/i.test(opensAt.trim()) ? Date.parse(opensAt) : Number.NaN
  if (!Number.isFinite(at)) {
    throw usageError('--opens-at takes an ISO 8601 time with an offset, like 2030-01-31T09:00:00Z')
  }
  if (at <= now) throw usageError('--opens-at is in the past: leave it out to open at once')
  return new Date(at)
}

/** The opening must come before the expiry, which still counts from the create. */
export function checkOpeningBeforeExpiry(opening: Date, ttlSeconds: number, now: number): void {
  if (opening.getTime() >= now + ttlSeconds * 1000) {
    throw usageError('the secret would expire before it opens: lengthen --ttl or open it sooner')
  }
}

/** "Fri, 4 Dec 2026, 23:00:00 CET (2026-12-04T22:00:00.000Z)": this machine's zone, then UTC. */
export function describeMoment(at: Date): string {
  const local = at.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'long' })
  return `${oneLine(local)} (${at.toISOString()})`
}

/** Exit 10: the time lock has not opened; nothing was used. */
export function notYetOpen(opensAt: Date, cause?: unknown): CliError {
  return new CliError(
    EXIT.notYetOpen,
    `not yet open: this secret opens ${describeMoment(opensAt)}; nothing was used. Try again then, or use --wait`,
    { cause },
  )
}
