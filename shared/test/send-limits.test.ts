import type { ConfigResponse } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import {
  checkSend,
  envelopeSize,
  maxTextBytes,
  sendLimits,
  utf8Length,
  type SendLimits,
} from '../src/index.js'

const textSize = (bytes: number): number => envelopeSize({ text: bytes, files: [] })

describe('maxTextBytes', () => {
  it('is the longest text whose envelope fits the limit', () => {
    for (const limit of [2_000, 100_000, 1_048_576]) {
      const max = maxTextBytes(limit)
      expect(textSize(max)).toBeLessThanOrEqual(limit)
      expect(textSize(max + 1)).toBeGreaterThan(limit)
    }
    // Padding costs at most 12 % plus a fixed overhead.
    expect(maxTextBytes(1_048_576)).toBeGreaterThan(1_048_576 * 0.88)
  })

  it('is zero when not even an empty secret fits', () => {
    expect(maxTextBytes(100)).toBe(0)
  })
})

describe('utf8Length', () => {
  it('counts bytes, not characters', () => {
    expect(utf8Length('abc')).toBe(3)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('🔑')).toBe(4)
  })
})

describe('sendLimits', () => {
  it('reads the limits a server serves, and knows a server without files', () => {
    const limits = { min_ttl: 300, max_ttl: 3600, default_ttl: 600, max_views: 1 }
    const config: ConfigResponse = { ...limits, max_text_bytes: 4096 }
    expect(sendLimits({ ...config, max_file_bytes: 100, max_total_bytes: 5000 })).toEqual({
      maxText: 4096,
      files: { maxFile: 100, maxTotal: 5000 },
    })
    expect(sendLimits(config)).toEqual({ maxText: 4096, files: null })
  })
})

describe('checkSend', () => {
  const limits: SendLimits = { maxText: 5_000, files: { maxFile: 10_000, maxTotal: 20_000 } }
  const file = (size: number, name = 'f.bin') => ({ name, type: 'application/octet-stream', size })

  it('accepts files within both limits', () => {
    expect(checkSend({ text: 100, files: [file(10_000), file(5)] }, limits)).toEqual({
      files: [null, null],
      tooMany: false,
      filesRefused: false,
      limit: 20_000,
      overLimit: null,
      ok: true,
    })
  })

  it('holds a message alone to the text limit, the same envelope with files to the total', () => {
    const text = maxTextBytes(5_000)
    expect(checkSend({ text, files: [] }, limits)).toMatchObject({ limit: 5_000, ok: true })
    expect(checkSend({ text: text + 1, files: [] }, limits)).toMatchObject({
      limit: 5_000,
      overLimit: textSize(text + 1),
      ok: false,
    })
    expect(checkSend({ text: text + 1, files: [file(1)] }, limits)).toMatchObject({ ok: true })
  })

  it('marks a file over the per-file limit, and a name too long for the format', () => {
    const checked = checkSend({ text: 0, files: [file(10_001), file(1, 'n'.repeat(256))] }, limits)
    expect(checked.files).toEqual(['size', 'name'])
    expect(checked.ok).toBe(false)
  })

  it('measures the total as the encrypted envelope, message and padding included', () => {
    const files = [file(9_000), file(9_000)]
    const size = envelopeSize({ text: 1_000, files })
    expect(size).toBeGreaterThan(20_000)
    expect(checkSend({ text: 1_000, files }, limits)).toMatchObject({ overLimit: size, ok: false })
    const roomy = { ...limits, files: { maxFile: 10_000, maxTotal: size } }
    expect(checkSend({ text: 1_000, files }, roomy)).toMatchObject({ ok: true })
  })

  it('refuses more files than the format carries', () => {
    const many = Array.from({ length: 101 }, () => file(1))
    expect(checkSend({ text: 0, files: many }, limits)).toMatchObject({ tooMany: true, ok: false })
  })

  it('refuses files for a server that takes none', () => {
    const noFiles = { maxText: 5_000, files: null }
    expect(checkSend({ text: 0, files: [file(1)] }, noFiles)).toMatchObject({
      filesRefused: true,
      ok: false,
    })
  })
})
