import { MAX_TYPE_BYTES, utf8Length, type FileInfo } from '@hushlink/shared'
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

/** A chosen file as it goes into the encrypted metadata. */
export function fileInfo(file: {
  readonly name: string
  readonly type: string
  readonly size: number
}): FileInfo {
  // The type only helps the recipient's save dialog: one the format cannot carry is dropped.
  const type =
    file.type !== '' && utf8Length(file.type) <= MAX_TYPE_BYTES ? file.type : FALLBACK_TYPE
  return { name: file.name, type, size: file.size }
}

const FALLBACK_TYPE = 'application/octet-stream'
