import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from '../src/duration.js'
import { CliError } from '../src/exit.js'

describe('durations', () => {
  it.each([
    ['90', 90],
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['2d', 172_800],
    ['1w', 604_800],
    [' 12h ', 43_200],
  ])('parses %j as %d seconds', (text, seconds) => {
    expect(parseDuration(text, '--ttl')).toBe(seconds)
  })

  it.each(['', '0', '0h', '1.5h', '-1h', '1y', 'h', '1 h', '1H', '1e3', '10000000000'])(
    'refuses %j as a usage error',
    (text) => {
      expect(() => parseDuration(text, '--ttl')).toThrow(CliError)
      try {
        parseDuration(text, '--ttl')
      } catch (error) {
        expect((error as CliError).exitCode).toBe(2)
        expect((error as CliError).message).toContain('--ttl')
      }
    },
  )

  it('formats seconds with the largest exact unit', () => {
    expect(formatDuration(604_800)).toBe('1w')
    expect(formatDuration(86_400)).toBe('1d')
    expect(formatDuration(5400)).toBe('90m')
    expect(formatDuration(300)).toBe('5m')
    expect(formatDuration(61)).toBe('61s')
  })
})
