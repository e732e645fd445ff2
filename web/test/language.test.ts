import { afterEach, describe, expect, it } from 'vitest'
import { fill } from '../src/i18n/fill.ts'
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatIn,
  formatRelative,
} from '../src/i18n/format.ts'
import { catalogFor, loadLanguage, pickCode, useLanguage } from '../src/i18n/language.ts'
import { TTL_PRESETS } from '../src/limits.ts'

afterEach(async () => useLanguage(await loadLanguage('en')))

const use = async (code: string, preferred: readonly string[] = []): Promise<void> =>
  useLanguage(await loadLanguage(code, preferred))

describe('pickCode', () => {
  it('takes the first browser language that has a catalogue', () => {
    expect(pickCode(['xx-XX', 'uk-UA', 'ru'], null)).toBe('uk')
    expect(pickCode(['RU'], null)).toBe('ru')
    expect(pickCode(['de-AT', 'en'], null)).toBe('de')
  })

  it('matches regional catalogues by exact tag first, then by language', () => {
    expect(pickCode(['pt-BR'], null)).toBe('pt-BR')
    expect(pickCode(['pt-PT'], null)).toBe('pt-BR')
    expect(pickCode(['pt'], null)).toBe('pt-BR')
    expect(pickCode(['zh-CN'], null)).toBe('zh-CN')
    expect(pickCode(['zh-Hans-SG'], null)).toBe('zh-CN')
    expect(pickCode(['zh'], null)).toBe('zh-CN')
    // Simplified Chinese does not stand in for Traditional.
    expect(pickCode(['zh-TW', 'ja'], null)).toBe('ja')
    expect(catalogFor('zh-Hant')).toBeUndefined()
  })

  it('prefers the language chosen in the switcher, if it still exists', () => {
    expect(pickCode(['en-US'], 'ru')).toBe('ru')
    expect(pickCode(['ru'], 'xx')).toBe('ru')
  })

  it('falls back to English', () => {
    expect(pickCode([], null)).toBe('en')
    expect(pickCode(['xx', 'sw'], null)).toBe('en')
  })

  it("formats with the browser's own variant of the language, and knows its direction", async () => {
    expect(await loadLanguage('en', ['en-GB'])).toMatchObject({ intl: 'en-GB', dir: 'ltr' })
    expect((await loadLanguage('ru', ['en-GB'])).intl).toBe('ru')
    expect((await loadLanguage('pt-BR', ['pt-PT'])).intl).toBe('pt-PT')
    expect(await loadLanguage('ar', ['ar-EG'])).toMatchObject({ intl: 'ar-EG', dir: 'rtl' })
  })
})

describe('formatting follows the language', () => {
  it('names every TTL preset in its largest whole unit', async () => {
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
    await use('ru')
    expect(TTL_PRESETS.map(formatDuration)).toEqual([
      '5 минут',
      '30 минут',
      '1 час',
      '1 день',
      '3 дня',
      '7 дней',
    ])
    await use('uk')
    expect(formatDuration(300)).toBe('5 хвилин')
    expect(formatDuration(259_200)).toBe('3 дні')
  })

  it('says how far away a time is, in the largest natural unit', async () => {
    const now = Date.parse('2026-03-01T12:00:00Z')
    const at = (seconds: number): string => new Date(now + seconds * 1000).toISOString()
    expect(formatRelative(at(30), now)).toBe('in 30 seconds')
    expect(formatRelative(at(300), now)).toBe('in 5 minutes')
    expect(formatRelative(at(86_398), now)).toBe('in 1 day')
    expect(formatRelative(at(-7_200), now)).toBe('2 hours ago')
    await use('ru')
    expect(formatRelative(at(3 * 86_400), now)).toBe('через 3 дня')
    expect(formatIn(60)).toBe('через 1 минуту')
    await use('uk')
    expect(formatIn(5 * 60)).toBe('через 5 хвилин')
  })

  it('writes numbers and sizes the local way', async () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(1_536)).toBe('1.5 kB')
    expect(formatBytes(1_048_576)).toBe('1 MB')
    expect(formatCount(1234567)).toBe('1,234,567')
    await use('ru')
    expect(formatBytes(1_536)).toMatch(/^1,5\sкБ$/)
    expect(formatCount(1234567)).toMatch(/^1\s234\s567$/)
  })
})

describe('fill', () => {
  it('replaces placeholders once, never inside the values it inserts', () => {
    expect(fill('Save {name} ({size})', { name: '{size}', size: '1 kB' })).toBe(
      'Save {size} (1 kB)',
    )
  })

  it('formats numbers and leaves unknown placeholders visible', () => {
    expect(fill('{n} of {max}', { n: 1000 })).toBe('1,000 of {max}')
  })
})
