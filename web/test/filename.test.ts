import { describe, expect, it } from 'vitest'
import { FALLBACK_NAME, safeFileName } from '../src/filename.ts'

describe('safeFileName', () => {
  it('keeps ordinary names as they are', () => {
    expect(safeFileName('report 2026.pdf')).toBe('report 2026.pdf')
    expect(safeFileName('ключ.txt')).toBe('ключ.txt')
  })

  it('keeps only the last path component', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('C:\\Users\\x\\id_rsa')).toBe('id_rsa')
  })

  it('removes bidi overrides, controls and reserved punctuation', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
    expect(safeFileName('a\u2066b\u2069c\u200F.txt')).toBe('abc.txt')
    expect(safeFileName('line\nbreak\t.txt')).toBe('linebreak.txt')
    expect(safeFileName('what?<>:"|*.txt')).toBe('what.txt')
  })

  it('trims leading and trailing dots and spaces (hidden files, Windows quirks)', () => {
    expect(safeFileName('  .bashrc ')).toBe('bashrc')
    expect(safeFileName('name.txt...')).toBe('name.txt')
  })

  it('bounds the length without splitting a character', () => {
    const long = '🔑'.repeat(300)
    expect(Array.from(safeFileName(long))).toHaveLength(255)
    expect(safeFileName(long)).toBe('🔑'.repeat(255))
  })

  it('falls back when nothing usable is left', () => {
    for (const name of ['', '..', '/', '\u202E', ' . '])
      expect(safeFileName(name)).toBe(FALLBACK_NAME)
  })
})
