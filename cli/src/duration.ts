import { usageError } from './exit.js'

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 } as const

/** `90`, `30s`, `5m`, `1h`, `2d`, `1w` → seconds. */
export function parseDuration(value: string, option: string): number {
  const m = /^(\d{1,9})([smhdw]?)$/.exec(value.trim())
  const amount = Number(m?.[1])
  if (!m || amount === 0) {
    throw usageError(`${option} takes a duration like 30m, 1h, 2d, 1w or a number of seconds`)
  }
  const unit = (m[2] || 's') as keyof typeof UNIT_SECONDS
  return amount * UNIT_SECONDS[unit]
}

/** Seconds → the largest unit that divides them evenly: 86400 → "1d", 5400 → "90m". */
export function formatDuration(seconds: number): string {
  for (const unit of ['w', 'd', 'h', 'm'] as const) {
    const size = UNIT_SECONDS[unit]
    if (seconds % size === 0) return `${seconds / size}${unit}`
  }
  return `${seconds}s`
}
