import { describe, expect, it } from 'vitest'
import {
  bodyCiphertextSize,
  isPaddedBodySize,
  padme,
  paddedBodyFromCiphertext,
  paddedBodySize,
  ProtocolError,
} from '@hushlink/shared'

describe('length padding', () => {
  it('gives every text under 1 KiB the same size', () => {
    expect(new Set([0, 1, 100, 1022, 1023].map(paddedBodySize))).toEqual(new Set([1024]))
  })

  it('keeps Padmé overhead at most 12 % and lands on a Padmé size', () => {
    for (let n = 1024; n < 200_000_000; n = Math.ceil(n * 1.37) + 11) {
      const padded = paddedBodySize(n)
      expect(padded).toBeGreaterThan(n)
      expect(padded / (n + 1)).toBeLessThanOrEqual(1.12)
      expect(isPaddedBodySize(padded)).toBe(true)
      expect(padme(padded)).toBe(padded)
    }
  })

  it('recovers the padded size from the ciphertext length, and only for valid lengths', () => {
    let valid = 0
    for (let n = 0; n < 400_000; n += 997) {
      const padded = paddedBodySize(n)
      expect(paddedBodyFromCiphertext(bodyCiphertextSize(padded))).toBe(padded)
      valid++
    }
    expect(valid).toBeGreaterThan(100)
    for (const bad of [
      0,
      17,
      1024,
      1040,
      1042,
      bodyCiphertextSize(1024) + 1,
      bodyCiphertextSize(70_000),
    ]) {
      expect(() => paddedBodyFromCiphertext(bad), String(bad)).toThrow(ProtocolError)
    }
  })
})
