import { envelopeSize } from '@hushlink/shared'
import type { ConfigResponse } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import { maxTextBytes, TTL_PRESETS, ttlChoices, utf8Length, viewChoices } from '../src/limits.ts'

const DEFAULTS: ConfigResponse = {
  min_ttl: 300,
  max_ttl: 604_800,
  default_ttl: 86_400,
  max_views: 100,
  max_text_bytes: 1_048_576,
}

describe('ttlChoices', () => {
  it('offers every preset from 5 minutes to 7 days on a default instance', () => {
    expect(ttlChoices(DEFAULTS)).toEqual([...TTL_PRESETS])
  })

  it('drops presets outside the instance range and keeps its default', () => {
    const cfg = { ...DEFAULTS, min_ttl: 600, max_ttl: 86_400, default_ttl: 7_200 }
    expect(ttlChoices(cfg)).toEqual([1_800, 3_600, 7_200, 86_400])
  })

  it('still offers the default when no preset fits', () => {
    expect(ttlChoices({ ...DEFAULTS, min_ttl: 60, max_ttl: 120, default_ttl: 90 })).toEqual([90])
  })
})

describe('viewChoices', () => {
  it('offers 1, 2, 3, 5 and 10 views up to the instance maximum', () => {
    expect(viewChoices(DEFAULTS)).toEqual([1, 2, 3, 5, 10])
    expect(viewChoices({ ...DEFAULTS, max_views: 4 })).toEqual([1, 2, 3])
    expect(viewChoices({ ...DEFAULTS, max_views: 1 })).toEqual([1])
  })
})

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
