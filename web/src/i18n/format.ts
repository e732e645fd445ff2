import { language } from './language.ts'

/**
 * Numbers, sizes, dates and durations in the current language's conventions
 * (its own variant when the browser has one, e.g. en-GB dates).
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: (locale: string) => T,
): T {
  const locale = language().intl
  const id = `${locale}|${key}`
  let f = cache.get(id)
  if (!f) cache.set(id, (f = make(locale)))
  return f as T
}

export function formatCount(n: number): string {
  return cached('count', (l) => new Intl.NumberFormat(l)).format(n)
}

export function formatDateTime(iso: string): string {
  const f = cached(
    'datetime',
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
  )
  return f.format(new Date(iso))
}

/** A moment to the second, with the viewer's time zone named: when a time lock opens. */
export function formatMoment(iso: string): string {
  const f = cached(
    'moment',
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'full', timeStyle: 'long' }),
  )
  return f.format(new Date(iso))
}

const STEPS = [
  { unit: 'minute', seconds: 60, below: 60 },
  { unit: 'hour', seconds: 3_600, below: 24 },
  { unit: 'day', seconds: 86_400, below: Infinity },
] as const

/** "in 3 days", "3 days ago": how far `iso` is from now. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  return formatIn((Date.parse(iso) - now) / 1000)
}

/** "in 5 minutes", "in 3 days": the largest unit whose rounded count is still natural. */
export function formatIn(secondsFromNow: number): string {
  const seconds = Math.round(secondsFromNow)
  const f = cached('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'always' }))
  if (Math.abs(seconds) < 60) return f.format(seconds, 'second')
  for (const step of STEPS) {
    const value = Math.round(seconds / step.seconds)
    if (Math.abs(value) < step.below) return f.format(value, step.unit)
  }
  return f.format(Math.round(seconds / 86_400), 'day')
}

const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
] as const

/** "5 minutes", "1 hour", "7 days": the largest unit that divides the duration exactly. */
export function formatDuration(seconds: number): string {
  const match = UNITS.find((u) => seconds % u.seconds === 0)
  const unit = match?.unit ?? 'second'
  const value = match ? seconds / match.seconds : seconds
  const f = cached(
    `duration-${unit}`,
    (l) => new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'long' }),
  )
  return f.format(value)
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** "512 bytes", "1.5 kB", "1 MB" (binary multiples; from 1000 on, the next unit reads better). */
export function formatBytes(bytes: number): string {
  let value = bytes
  let i = 0
  while (value >= 1000 && i < BYTE_UNITS.length - 1) {
    value /= 1024
    i++
  }
  const unit = BYTE_UNITS[i] ?? 'byte'
  const digits = value < 10 && i > 0 ? 1 : 0
  const f = cached(
    `bytes-${unit}-${digits}`,
    (l) =>
      new Intl.NumberFormat(l, {
        style: 'unit',
        unit,
        unitDisplay: i === 0 ? 'long' : 'short',
        maximumFractionDigits: digits,
      }),
  )
  return f.format(value)
}

/** "42 %", "42%", "42 %" as the language writes a share of 1. */
export function formatPercent(share: number): string {
  return cached('percent', (l) => new Intl.NumberFormat(l, { style: 'percent' })).format(share)
}
