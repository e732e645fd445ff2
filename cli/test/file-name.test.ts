import { describe, expect, it } from 'vitest'
import { numberedName, safeFileName } from '../src/file-name.js'

describe('safeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['/etc/shadow', '_etc_shadow'],
    ['..\\..\\boot.ini', '_.._boot.ini'],
    ['.bashrc', 'bashrc'],
    ['...', 'file'],
    ['..', 'file'],
    ['', 'file'],
    ['   ', 'file'],
    ['a\u0000b', 'a_b'],
    ['evil\u001b[31m.txt', 'evil_[31m.txt'],
    ['invoice\u202Efdp.exe', 'invoice_fdp.exe'],
    ['con.txt', '_con.txt'],
    ['LPT1', '_LPT1'],
    ['notes. ', 'notes'],
    ['résumé.pdf', 'résumé.pdf'],
    ['a:b*c?.txt', 'a_b_c_.txt'],
    ['ключ.pem', 'ключ.pem'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe)
  })

  it('never yields a path: no separator, never . or ..', () => {
    const hostile = ['a/b', 'a\\b', '/', '\\', './.', '../', '.../...', '/..', 'x/../../y']
    for (const name of hostile) {
      const safe = safeFileName(name)
      expect(safe).not.toMatch(/[/\\]/)
      expect(['.', '..', '']).not.toContain(safe)
      expect(safe.startsWith('.')).toBe(false)
    }
  })

  it('composes decomposed accents (NFC), as the sender most likely typed them', () => {
    expect(safeFileName('re\u0301sume\u0301.pdf')).toBe('résumé.pdf')
  })
})

describe('numberedName', () => {
  it('keeps the extension so the file still opens', () => {
    expect(numberedName('report.pdf', 1)).toBe('report-1.pdf')
    expect(numberedName('archive.tar.gz', 2)).toBe('archive.tar-2.gz')
    expect(numberedName('README', 3)).toBe('README-3')
  })
})
