import { describe, expect, it } from 'vitest'
import { formatBytes, formatDuration, pick } from '../src/format.ts'
import { TTL_PRESETS } from '../src/limits.ts'

describe('formatDuration', () => {
  it('names every preset in its largest whole unit', () => {
    expect(TTL_PRESETS.map(formatDuration)).toEqual([
      '5 minutes',
      '30 minutes',
      '1 hour',
      '1 day',
      '3 days',
      '7 days',
    ])
    expect(formatDuration(5_400)).toBe('90 minutes')
    expect(formatDuration(45)).toBe('45 seconds')
  })
})

describe('pick', () => {
  it('chooses English singular and plural', () => {
    expect(pick(1, 'view', 'views')).toBe('view')
    expect(pick(0, 'view', 'views')).toBe('views')
    expect(pick(5, 'view', 'views')).toBe('views')
  })
})

describe('formatBytes', () => {
  it('uses bytes, kB and MB', () => {
    expect(formatBytes(0)).toMatch(/^0 bytes$/)
    expect(formatBytes(1_536)).toMatch(/^1[.,]5 kB$/)
    expect(formatBytes(1_048_576)).toMatch(/^1 MB$/)
  })
})
