import { envelopeSize } from '@hushlink/shared'
import type { ConfigResponse } from '@hushlink/shared/api'

/** Lifetimes offered on the create page, in seconds: 5 minutes … 7 days. */
export const TTL_PRESETS = [300, 1_800, 3_600, 86_400, 259_200, 604_800] as const
export const VIEW_PRESETS = [1, 2, 3, 5, 10] as const

/** Presets the instance accepts, plus its own default so that it can stay the default. */
export function ttlChoices(config: ConfigResponse): number[] {
  const inRange = TTL_PRESETS.filter((s) => s >= config.min_ttl && s <= config.max_ttl)
  return [...new Set([...inRange, config.default_ttl])].sort((a, b) => a - b)
}

/** Presets up to the instance's maximum; at least one view is always possible. */
export function viewChoices(config: ConfigResponse): number[] {
  const allowed = VIEW_PRESETS.filter((n) => n <= config.max_views)
  return allowed.length > 0 ? allowed : [1]
}

/** Bytes of envelope that a message of `textBytes` UTF-8 bytes takes on the wire. */
function textEnvelopeSize(textBytes: number): number {
  return envelopeSize({ text: textBytes, files: [] })
}

/**
 * The longest text whose envelope fits the instance limit (padding makes this
 * up to 12 % less than the limit itself). Envelope size grows with the text,
 * so a binary search finds it.
 */
export function maxTextBytes(envelopeLimit: number): number {
  let lo = 0
  let hi = envelopeLimit
  if (textEnvelopeSize(0) > envelopeLimit) return 0
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (textEnvelopeSize(mid) <= envelopeLimit) lo = mid
    else hi = mid - 1
  }
  return lo
}

const encoder = new TextEncoder()

export function utf8Length(text: string): number {
  return encoder.encode(text).length
}
