import type { ConfigResponse } from '../api/types.js'
import { encodeUtf8 } from '../encoding.js'
import { MAX_FILES, MAX_NAME_BYTES, type Metadata } from '../envelope/metadata.js'
import { envelopeSize } from '../envelope/size.js'

/** What an instance accepts, as GET /api/v1/config says, in the terms a client checks. */
export interface SendLimits {
  /** Largest envelope of a message alone (it goes up as JSON). */
  readonly maxText: number
  /** Absent from servers without streamed files. */
  readonly files: FileLimits | null
}

export interface FileLimits {
  /** Largest single file, plaintext bytes. */
  readonly maxFile: number
  /** Largest envelope with files: the message, every file, metadata and padding, encrypted. */
  readonly maxTotal: number
}

export function sendLimits(config: ConfigResponse): SendLimits {
  const { max_file_bytes: maxFile, max_total_bytes: maxTotal } = config
  return {
    maxText: config.max_text_bytes,
    files: maxFile === undefined || maxTotal === undefined ? null : { maxFile, maxTotal },
  }
}

export type FileProblem = 'size' | 'name'

export interface SendCheck {
  /** Per file, in order: over the per-file limit, a name too long for the format, or fine. */
  readonly files: readonly (FileProblem | null)[]
  readonly tooMany: boolean
  /** Files for a server that takes none. */
  readonly filesRefused: boolean
  /** The envelope limit that applies: the message's alone, the total with files. */
  readonly limit: number
  /** The encrypted size of the whole secret when it is over `limit`. */
  readonly overLimit: number | null
  readonly ok: boolean
}

/**
 * Whether this content can be sent to a server with these limits, decided
 * from sizes and names alone, before anything is read, encrypted or
 * uploaded: the web page and the CLI refuse exactly what the server would.
 */
export function checkSend(content: Metadata, limits: SendLimits): SendCheck {
  const { files } = content
  const fileLimits = limits.files
  const each = files.map((f): FileProblem | null =>
    fileLimits && f.size > fileLimits.maxFile
      ? 'size'
      : utf8Length(f.name) > MAX_NAME_BYTES
        ? 'name'
        : null,
  )
  const tooMany = files.length > MAX_FILES
  const filesRefused = files.length > 0 && fileLimits === null
  const limit = files.length === 0 || !fileLimits ? limits.maxText : fileLimits.maxTotal
  // Only metadata the format can carry has a size.
  const encodable = !tooMany && each.every((p) => p !== 'name')
  const size = encodable ? envelopeSize(content) : 0
  const overLimit = size > limit ? size : null
  return {
    files: each,
    tooMany,
    filesRefused,
    limit,
    overLimit,
    ok: encodable && !filesRefused && overLimit === null && each.every((p) => p === null),
  }
}

/**
 * The longest message whose envelope fits `envelopeLimit` (padding makes this
 * up to 12 % less than the limit itself). Envelope size grows with the text,
 * so a binary search finds it.
 */
export function maxTextBytes(envelopeLimit: number): number {
  const size = (text: number): number => envelopeSize({ text, files: [] })
  if (size(0) > envelopeLimit) return 0
  let lo = 0
  let hi = envelopeLimit
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (size(mid) <= envelopeLimit) lo = mid
    else hi = mid - 1
  }
  return lo
}

export function utf8Length(text: string): number {
  return encodeUtf8(text).length
}
