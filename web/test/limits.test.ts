import type { ConfigResponse } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import { fileInfo, TTL_PRESETS, ttlChoices, viewChoices } from '../src/limits.ts'

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
