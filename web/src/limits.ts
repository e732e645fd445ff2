import {
  envelopeSize,
  MAX_FILES,
  MAX_NAME_BYTES,
  MAX_TYPE_BYTES,
  type FileInfo,
} from '@hushlink/shared'
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

/** What a server that takes files allows (absent from servers without streamed uploads). */
export interface FileLimits {
  /** Largest single file, plaintext bytes. */
  readonly maxFile: number
  /** Largest envelope, bytes: the message, every file, metadata and padding, encrypted. */
  readonly maxTotal: number
}

export function fileLimits(config: ConfigResponse): FileLimits | null {
  const { max_file_bytes: maxFile, max_total_bytes: maxTotal } = config
  return maxFile === undefined || maxTotal === undefined ? null : { maxFile, maxTotal }
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

export type FileProblem = 'size' | 'name'

export interface FilesCheck {
  /** Per file, in order: over the per-file limit, a name too long for the format, or fine. */
  readonly files: readonly (FileProblem | null)[]
  readonly tooMany: boolean
  /** The encrypted size of the whole secret when it is over the total limit. */
  readonly overTotal: number | null
  readonly ok: boolean
}

/**
 * Whether a message of `textBytes` and these files can be sent to this
 * server, decided from sizes and names alone: nothing is read or encrypted.
 */
export function checkFiles(
  files: readonly FileInfo[],
  textBytes: number,
  limits: FileLimits,
): FilesCheck {
  const each = files.map((f): FileProblem | null =>
    f.size > limits.maxFile ? 'size' : utf8Length(f.name) > MAX_NAME_BYTES ? 'name' : null,
  )
  const tooMany = files.length > MAX_FILES
  const valid = !tooMany && each.every((p) => p !== 'name')
  const size = valid ? envelopeSize({ text: textBytes, files }) : 0
  const overTotal = size > limits.maxTotal ? size : null
  return {
    files: each,
    tooMany,
    overTotal,
    ok: !tooMany && overTotal === null && each.every((p) => p === null),
  }
}
