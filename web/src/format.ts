/**
 * Locale-aware formatting. UI text is English for now (strings.ts); dates,
 * numbers and sizes follow the viewer's own locale.
 */
const UI_LOCALE = 'en'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const plural = new Intl.PluralRules(UI_LOCALE)
const integer = new Intl.NumberFormat(undefined)

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

export function formatCount(n: number): string {
  return integer.format(n)
}

/** Picks the English singular or plural form for `n`. */
export function pick(n: number, one: string, other: string): string {
  return plural.select(n) === 'one' ? one : other
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
  return new Intl.NumberFormat(UI_LOCALE, { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  )
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte'] as const

/** "512 bytes", "1.5 kB", "1 MB" (binary multiples; from 1000 on, the next unit reads better). */
export function formatBytes(bytes: number): string {
  let value = bytes
  let i = 0
  while (value >= 1000 && i < BYTE_UNITS.length - 1) {
    value /= 1024
    i++
  }
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: BYTE_UNITS[i] ?? 'byte',
    unitDisplay: i === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && i > 0 ? 1 : 0,
  }).format(value)
}
