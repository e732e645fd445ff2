import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  decodeBase64url,
  decodeUtf8,
  encodeBase64url,
  ProtocolError,
  sha256,
} from '@hushlink/shared'

describe('base64url', () => {
  it('matches Node for every length 0–300 and back', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = randomBytes(n)
      const text = encodeBase64url(bytes)
      expect(text).toBe(bytes.toString('base64url'))
      expect(Buffer.from(decodeBase64url(text))).toEqual(bytes)
    }
  })

  it.each([
    ['padding', 'AAAA='],
    ['standard alphabet', 'ab+/'],
    ['space', 'AA AA'],
    ['impossible length', 'AAAAA'],
    ['non-canonical trailing bits', 'AB'],
    ['non-ASCII', 'AAé'],
  ])('rejects %s', (_what, text) => {
    expect(() => decodeBase64url(text)).toThrow(ProtocolError)
  })
})

describe('utf8', () => {
  it('rejects invalid UTF-8 instead of replacing it', () => {
    expect(() => decodeUtf8(Uint8Array.of(0xc3, 0x28))).toThrow(ProtocolError)
    expect(decodeUtf8(Uint8Array.of(0xf0, 0x9f, 0x94, 0x90))).toBe('🔐')
  })

  it('keeps a leading byte order mark: the recipient gets exactly what was sent', () => {
    expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe('\ufeffA')
  })
})

describe('sha256', () => {
  it('matches node:crypto for lengths around block boundaries and a large input', () => {
    for (const n of [0, 1, 31, 32, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 100_000]) {
      const bytes = randomBytes(n)
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      )
    }
  })
})
