import { envelopeSize } from '@hushlink/shared'
import type { ConfigResponse } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import {
  checkFiles,
  fileInfo,
  fileLimits,
  maxTextBytes,
  TTL_PRESETS,
  ttlChoices,
  utf8Length,
  viewChoices,
} from '../src/limits.ts'

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

describe('fileLimits', () => {
  it('reads the file limits a server serves, and knows a server without them', () => {
    const files = { ...DEFAULTS, max_file_bytes: 100, max_total_bytes: 5000 }
    expect(fileLimits(files)).toEqual({ maxFile: 100, maxTotal: 5000 })
    expect(fileLimits(DEFAULTS)).toBeNull()
  })
})

describe('fileInfo', () => {
  it('keeps name, type and size, and drops a type the format cannot carry', () => {
    expect(fileInfo({ name: 'a.pdf', type: 'application/pdf', size: 3 })).toEqual({
      name: 'a.pdf',
      type: 'application/pdf',
      size: 3,
    })
    const fallback = 'application/octet-stream'
    expect(fileInfo({ name: 'a', type: '', size: 0 }).type).toBe(fallback)
    expect(fileInfo({ name: 'a', type: `x/${'y'.repeat(126)}`, size: 0 }).type).toBe(fallback)
  })
})

describe('checkFiles', () => {
  const limits = { maxFile: 10_000, maxTotal: 20_000 }
  const file = (size: number, name = 'f.bin') => ({ name, type: 'application/octet-stream', size })

  it('accepts files within both limits', () => {
    const checked = checkFiles([file(10_000), file(5)], 100, limits)
    expect(checked).toEqual({ files: [null, null], tooMany: false, overTotal: null, ok: true })
  })

  it('marks a file over the per-file limit, and a name too long for the format', () => {
    const checked = checkFiles([file(10_001), file(1, 'n'.repeat(256))], 0, limits)
    expect(checked.files).toEqual(['size', 'name'])
    expect(checked.ok).toBe(false)
  })

  it('measures the total as the encrypted envelope, message and padding included', () => {
    const files = [file(9_000), file(9_000)]
    const size = envelopeSize({ text: 1_000, files })
    expect(size).toBeGreaterThan(20_000)
    expect(checkFiles(files, 1_000, limits)).toMatchObject({ overTotal: size, ok: false })
    expect(checkFiles(files, 0, { ...limits, maxTotal: size })).toMatchObject({ ok: true })
  })

  it('refuses more files than the format carries', () => {
    const many = Array.from({ length: 101 }, () => file(1))
    expect(checkFiles(many, 0, { maxFile: 10, maxTotal: 1e9 })).toMatchObject({
      tooMany: true,
      ok: false,
    })
  })
})
