import { describe, expect, it } from 'vitest'
import {
  decodeHeader,
  encodeHeader,
  HEADER_SIZE,
  KDF_LIMITS,
  ProtocolError,
  type EnvelopeHeader,
} from '@hushlink/shared'

const base: EnvelopeHeader = {
  kind: 'text',
  id: new Uint8Array(16).fill(1),
  kdf: { ops: 3, memKib: 65_536, salt: new Uint8Array(16).fill(2) },
  streamHeader: new Uint8Array(24).fill(3),
  metaSize: 512,
}

function mutate(edit: (bytes: Uint8Array, view: DataView) => void): Uint8Array {
  const bytes = encodeHeader(base)
  edit(bytes, new DataView(bytes.buffer))
  return bytes
}

describe('envelope header', () => {
  it('round-trips', () => {
    const decoded = decodeHeader(encodeHeader(base))
    expect(decoded).toEqual({ ...base, kdf: { ...base.kdf } })
    expect(encodeHeader(base).length).toBe(HEADER_SIZE)
  })

  it.each([
    ['bad magic', mutate((b) => (b[0] = 0))],
    ['future version', mutate((b) => (b[3] = 2))],
    ['unknown suite', mutate((b) => (b[4] = 9))],
    ['unknown kind', mutate((b) => (b[5] = 3))],
    ['unknown flag', mutate((b) => (b[6] = 0x03))],
    ['unknown KDF', mutate((b) => (b[7] = 1))],
    ['chunk size', mutate((_b, v) => v.setUint32(32, 4096, true))],
    ['metadata size not a multiple of 512', mutate((_b, v) => v.setUint32(76, 700, true))],
    ['metadata size too large', mutate((_b, v) => v.setUint32(76, 1 << 20, true))],
    ['reserved byte', mutate((b) => (b[83] = 1))],
    ['KDF fields without the flag', mutate((b) => (b[6] = 0))],
    ['truncated', encodeHeader(base).subarray(0, 80)],
  ])('rejects %s', (_what, bytes) => {
    expect(() => decodeHeader(bytes)).toThrow(ProtocolError)
  })

  it.each([
    ['ops above the limit', KDF_LIMITS.maxOps + 1, 65_536],
    ['ops below the limit', 1, 65_536],
    ['4 GiB of memory', 3, 4 * 1024 * 1024],
    ['1 GiB of memory (more than a phone survives)', 3, 1_048_576],
    ['just over 256 MiB', 3, 262_145],
    ['10 passes', 10, 65_536],
    ['5 passes', 5, 65_536],
    ['memory below the limit', 3, 1024],
  ])('refuses hostile KDF parameters (%s) before any work', (_what, ops, memKib) => {
    const bytes = mutate((_b, v) => {
      v.setUint32(8, ops, true)
      v.setUint32(12, memKib, true)
    })
    const started = performance.now()
    expect(() => decodeHeader(bytes)).toThrow(expect.objectContaining({ code: 'hostile_kdf' }))
    expect(performance.now() - started).toBeLessThan(50)
  })

  it('accepts the cap itself: 4 passes over 256 MiB', () => {
    const bytes = mutate((_b, v) => {
      v.setUint32(8, 4, true)
      v.setUint32(12, 262_144, true)
    })
    expect(decodeHeader(bytes).kdf).toMatchObject({ ops: 4, memKib: 262_144 })
    expect(KDF_LIMITS).toMatchObject({ maxOps: 4, maxMemKib: 262_144 })
  })

  it('says what it refused and why', () => {
    const bytes = mutate((_b, v) => v.setUint32(12, 1_048_576, true))
    expect(() => decodeHeader(bytes)).toThrow(/1024 MiB.*at most 256 MiB/)
  })
})
