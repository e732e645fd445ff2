import { ProtocolError } from '../errors.js'
import { CHUNK_SIZE, MAX_META_SIZE, META_BLOCK } from './padding.js'

/** "HLK" and format version 1. */
export const MAGIC = Uint8Array.of(0x48, 0x4c, 0x4b, 0x01)
export const HEADER_SIZE = 84
export const ID_BYTES = 16
export const SALT_BYTES = 16
export const STREAM_HEADER_BYTES = 24
export const SUITE_V1 = 1

export const KIND = { text: 1, files: 2 } as const
export type Kind = keyof typeof KIND

export const FLAG_PASSPHRASE = 0x01
export const KDF_NONE = 0
/** libsodium's crypto_pwhash_ALG_ARGON2ID13. */
export const KDF_ARGON2ID13 = 2

/**
 * Bounds a client accepts before running Argon2, so a hostile header cannot
 * exhaust memory: the cap, 4 passes over 256 MiB, is what a phone's browser
 * survives (docs/protocol.md §3, Argon2id parameters).
 */
export const KDF_LIMITS = {
  minOps: 2,
  maxOps: 4,
  minMemKib: 19_456,
  maxMemKib: 262_144,
} as const
export const DEFAULT_KDF = { ops: 3, memKib: 65_536 } as const

export interface KdfParams {
  readonly ops: number
  readonly memKib: number
  readonly salt: Uint8Array
}

export interface EnvelopeHeader {
  readonly kind: Kind
  readonly id: Uint8Array
  /** Present exactly when the secret needs a passphrase. */
  readonly kdf: KdfParams | null
  readonly streamHeader: Uint8Array
  readonly metaSize: number
}

const OFF = {
  suite: 4,
  kind: 5,
  flags: 6,
  kdfAlg: 7,
  kdfOps: 8,
  kdfMem: 12,
  salt: 16,
  chunk: 32,
  id: 36,
  stream: 52,
  metaSize: 76,
  reserved: 80,
} as const

export function encodeHeader(h: EnvelopeHeader): Uint8Array {
  checkLength(h.id, ID_BYTES, 'id')
  checkLength(h.streamHeader, STREAM_HEADER_BYTES, 'stream header')
  checkMetaSize(h.metaSize)
  const out = new Uint8Array(HEADER_SIZE)
  const view = new DataView(out.buffer)
  out.set(MAGIC, 0)
  out[OFF.suite] = SUITE_V1
  out[OFF.kind] = KIND[h.kind]
  if (h.kdf) {
    checkKdf(h.kdf.ops, h.kdf.memKib)
    checkLength(h.kdf.salt, SALT_BYTES, 'salt')
    out[OFF.flags] = FLAG_PASSPHRASE
    out[OFF.kdfAlg] = KDF_ARGON2ID13
    view.setUint32(OFF.kdfOps, h.kdf.ops, true)
    view.setUint32(OFF.kdfMem, h.kdf.memKib, true)
    out.set(h.kdf.salt, OFF.salt)
  }
  view.setUint32(OFF.chunk, CHUNK_SIZE, true)
  out.set(h.id, OFF.id)
  out.set(h.streamHeader, OFF.stream)
  view.setUint32(OFF.metaSize, h.metaSize, true)
  return out
}

/**
 * Parses and validates a header without any cryptography: unknown versions,
 * suites, kinds, flags or non-zero reserved bytes fail closed (no downgrade),
 * and KDF costs outside KDF_LIMITS are refused before anyone runs Argon2.
 */
export function decodeHeader(bytes: Uint8Array): EnvelopeHeader {
  if (bytes.length < HEADER_SIZE)
    throw new ProtocolError('bad_header', 'envelope is shorter than its header')
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC[i]) throw new ProtocolError('bad_header', 'not a Hushlink v1 envelope')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_SIZE)
  if (bytes[OFF.suite] !== SUITE_V1) throw new ProtocolError('bad_header', 'unknown cipher suite')
  const kind = kindOf(bytes[OFF.kind] as number)
  const flags = bytes[OFF.flags] as number
  if ((flags & ~FLAG_PASSPHRASE) !== 0)
    throw new ProtocolError('bad_header', 'unknown header flags')
  const alg = bytes[OFF.kdfAlg]
  const ops = view.getUint32(OFF.kdfOps, true)
  const memKib = view.getUint32(OFF.kdfMem, true)
  const salt = bytes.slice(OFF.salt, OFF.salt + SALT_BYTES)
  let kdf: KdfParams | null = null
  if (flags & FLAG_PASSPHRASE) {
    if (alg !== KDF_ARGON2ID13) throw new ProtocolError('bad_header', 'unknown passphrase KDF')
    checkKdf(ops, memKib)
    kdf = { ops, memKib, salt }
  } else if (alg !== KDF_NONE || ops !== 0 || memKib !== 0 || salt.some((b) => b !== 0)) {
    throw new ProtocolError('bad_header', 'KDF fields set without the passphrase flag')
  }
  if (view.getUint32(OFF.chunk, true) !== CHUNK_SIZE) {
    throw new ProtocolError('bad_header', 'unsupported chunk size')
  }
  const metaSize = view.getUint32(OFF.metaSize, true)
  checkMetaSize(metaSize)
  for (let i = OFF.reserved; i < HEADER_SIZE; i++) {
    if (bytes[i] !== 0) throw new ProtocolError('bad_header', 'reserved header bytes are not zero')
  }
  return {
    kind,
    id: bytes.slice(OFF.id, OFF.id + ID_BYTES),
    kdf,
    streamHeader: bytes.slice(OFF.stream, OFF.stream + STREAM_HEADER_BYTES),
    metaSize,
  }
}

function kindOf(value: number): Kind {
  if (value === KIND.text) return 'text'
  if (value === KIND.files) return 'files'
  throw new ProtocolError('bad_header', 'unknown secret kind')
}

function checkKdf(ops: number, memKib: number): void {
  if (
    !Number.isInteger(ops) ||
    !Number.isInteger(memKib) ||
    ops < KDF_LIMITS.minOps ||
    ops > KDF_LIMITS.maxOps ||
    memKib < KDF_LIMITS.minMemKib ||
    memKib > KDF_LIMITS.maxMemKib
  ) {
    const mib = (kib: number): number => Math.round(kib / 1024)
    throw new ProtocolError(
      'hostile_kdf',
      `the passphrase KDF asks for ${ops} passes over ${mib(memKib)} MiB; clients allow ` +
        `${KDF_LIMITS.minOps}–${KDF_LIMITS.maxOps} passes over at most ${mib(KDF_LIMITS.maxMemKib)} MiB`,
    )
  }
}

function checkMetaSize(size: number): void {
  if (
    !Number.isInteger(size) ||
    size < META_BLOCK ||
    size > MAX_META_SIZE ||
    size % META_BLOCK !== 0
  ) {
    throw new ProtocolError('bad_header', 'metadata size is not a multiple of 512 up to 64 KiB')
  }
}

function checkLength(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length !== length)
    throw new ProtocolError('bad_header', `${what} must be ${length} bytes`)
}
