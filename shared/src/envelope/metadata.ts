import { decodeUtf8, encodeUtf8 } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import { pad, paddedMetaSize, unpad } from './padding.js'

export const MAX_FILES = 100
export const MAX_NAME_BYTES = 255
export const MAX_TYPE_BYTES = 127

export interface FileInfo {
  readonly name: string
  readonly type: string
  readonly size: number
}

/**
 * The encrypted first message: how the body splits into the text and the files.
 * Names and types exist only here, never in a cleartext field.
 */
export interface Metadata {
  /** UTF-8 length of the message, first in the body. */
  readonly text: number
  /** Files in body order, after the text. */
  readonly files: readonly FileInfo[]
}

export function bodySize(meta: Metadata): number {
  return meta.files.reduce((sum, f) => sum + f.size, meta.text)
}

export function encodeMetadata(meta: Metadata): Uint8Array {
  checkMetadata(meta)
  const json = canonicalMetadataJson(meta)
  return pad(json, paddedMetaSize(json.length))
}

/** The one serialisation of the metadata (docs/protocol.md §4.2): ECMAScript's JSON.stringify. */
export function canonicalMetadataJson(meta: Metadata): Uint8Array {
  return encodeUtf8(
    JSON.stringify({
      v: 1,
      text: meta.text,
      files: meta.files.map((f) => ({ name: f.name, type: f.type, size: f.size })),
    }),
  )
}

export function decodeMetadata(padded: Uint8Array): Metadata {
  let value: unknown
  try {
    value = JSON.parse(decodeUtf8(unpad(padded)))
  } catch {
    throw new ProtocolError('bad_metadata', 'metadata is not valid JSON')
  }
  if (!isRecord(value) || !hasExactKeys(value, ['v', 'text', 'files']) || value.v !== 1) {
    throw new ProtocolError('bad_metadata', 'metadata has an unknown shape')
  }
  const { text, files } = value
  if (!Array.isArray(files)) throw new ProtocolError('bad_metadata', 'metadata files is not a list')
  const meta: Metadata = {
    text: text as number,
    files: files.map((f: unknown) => {
      if (!isRecord(f) || !hasExactKeys(f, ['name', 'type', 'size'])) {
        throw new ProtocolError('bad_metadata', 'file entry has an unknown shape')
      }
      return { name: f.name as string, type: f.type as string, size: f.size as number }
    }),
  }
  checkMetadata(meta)
  // One spelling: no other whitespace, key order, escapes or padding size than an encoder writes.
  const canonical = canonicalMetadataJson(meta)
  const json = unpad(padded)
  if (
    padded.length !== paddedMetaSize(canonical.length) ||
    json.length !== canonical.length ||
    json.some((byte, i) => byte !== canonical[i])
  ) {
    throw new ProtocolError('bad_metadata', 'metadata is not in its canonical form')
  }
  return meta
}

function checkMetadata(meta: Metadata): void {
  const fail = (why: string): never => {
    throw new ProtocolError('bad_metadata', why)
  }
  if (!isSize(meta.text)) fail('text size is not a whole number of bytes')
  if (meta.files.length > MAX_FILES) fail(`more than ${MAX_FILES} files`)
  for (const f of meta.files) {
    if (typeof f.name !== 'string' || f.name.length === 0) fail('file name is missing')
    if (encodeUtf8(f.name).length > MAX_NAME_BYTES) fail('file name is too long')
    if (typeof f.type !== 'string' || encodeUtf8(f.type).length > MAX_TYPE_BYTES)
      fail('bad file type')
    if (!isSize(f.size)) fail('file size is not a whole number of bytes')
  }
  if (!Number.isSafeInteger(bodySize(meta))) fail('total size is too large')
}

function isSize(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function hasExactKeys(v: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(v)
  return own.length === keys.length && keys.every((k) => own.includes(k))
}
