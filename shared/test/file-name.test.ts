import { describe, expect, it } from 'vitest'
import { encodeUtf8, FALLBACK_FILE_NAME, safeFileName } from '../src/index.js'

/** One table for every client: the web page and the CLI save files under these names. */
const TABLE: readonly (readonly [string, string, string])[] = [
  ['ordinary', 'report 2026.pdf', 'report 2026.pdf'],
  ['non-Latin', 'ключ.pem', 'ключ.pem'],
  ['composed accents (NFC)', 're\u0301sume\u0301.pdf', 'résumé.pdf'],
  ['traversal', '../../etc/passwd', 'passwd'],
  ['absolute path', '/etc/shadow', 'shadow'],
  ['Windows traversal', '..\\..\\boot.ini', 'boot.ini'],
  ['Windows path', 'C:\\Users\\x\\id_rsa', 'id_rsa'],
  ['trailing separator', 'dir/', FALLBACK_FILE_NAME],
  ['dot-dot alone', '..', FALLBACK_FILE_NAME],
  ['hidden file', '.bashrc', 'bashrc'],
  ['hidden after spaces', '  .ssh ', 'ssh'],
  ['trailing dots and spaces (Windows drops them)', 'notes.txt. . ', 'notes.txt'],
  ['reserved device', 'con.txt', '_con.txt'],
  ['reserved device, upper case, no extension', 'LPT1', '_LPT1'],
  ['reserved device with superscript digit', 'com¹.log', '_com¹.log'],
  ['not a device', 'console.txt', 'console.txt'],
  ['Windows punctuation', 'a:b*c?"<>|.txt', 'a_b_c_____.txt'],
  ['NUL', 'a\u0000b', 'a_b'],
  ['ANSI escape', 'evil\u001b[31m.txt', 'evil_[31m.txt'],
  ['newline and tab', 'line\nbreak\t.txt', 'line_break_.txt'],
  ['DEL and C1 (CSI)', 'a\u007fb\u009bc', 'a_b_c'],
  ['right-to-left override', 'invoice\u202Efdp.exe', 'invoice_fdp.exe'],
  ['left-to-right and right-to-left marks', 'a\u200Eb\u200Fc.txt', 'a_b_c.txt'],
  ['isolates', 'a\u2066b\u2069.txt', 'a_b_.txt'],
  ['Arabic letter mark', 'x\u061Cy', 'x_y'],
  ['empty', '', FALLBACK_FILE_NAME],
  ['spaces only', '   ', FALLBACK_FILE_NAME],
  ['dots only', '...', FALLBACK_FILE_NAME],
  ['bidi only, then trimmed', '.\u202E', '_'],
]

describe('safeFileName', () => {
  it.each(TABLE)('%s: %j → %j', (_, name, safe) => {
    expect(safeFileName(name)).toBe(safe)
  })

  it('never yields a path, a hidden name, or . and ..', () => {
    const hostile = [
      'a/b',
      'a\\b',
      '/',
      '\\',
      './.',
      '../',
      '.../...',
      '/..',
      'x/../../y',
      '\u0000',
    ]
    for (const name of hostile) {
      const safe = safeFileName(name)
      expect(safe).not.toMatch(/[/\\]/)
      expect(['.', '..', '']).not.toContain(safe)
      expect(safe.startsWith('.')).toBe(false)
    }
  })

  it('bounds an over-long name to 255 UTF-8 bytes, whole characters, extension kept', () => {
    const long = safeFileName(`${'🔑'.repeat(300)}.txt`)
    expect(encodeUtf8(long).length).toBeLessThanOrEqual(255)
    expect(long).toBe(`${'🔑'.repeat(62)}.txt`)
    expect(safeFileName('a'.repeat(400))).toBe('a'.repeat(255))
    expect(safeFileName('a'.repeat(255))).toBe('a'.repeat(255))
  })
})
