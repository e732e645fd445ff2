import { describe, expect, it } from 'vitest'
import { escapeForTerminal, oneLine, terminalJson } from '../src/terminal-text.js'

describe('escapeForTerminal', () => {
  it('leaves ordinary text, tabs, newlines and CRLF alone', () => {
    const text = 'pässwörd 🔐\tcol\r\nline two\n'
    expect(escapeForTerminal(text)).toEqual({ text, escaped: false })
  })

  it('escapes what could drive the terminal', () => {
    const result = escapeForTerminal('a\u001b]0;owned\u0007b\rc\u009bd\u202ee\u007f')
    expect(result.escaped).toBe(true)
    expect(result.text).toBe('a\\u001b]0;owned\\u0007b\\u000dc\\u009bd\\u202ee\\u007f')
  })
})

describe('oneLine', () => {
  it('keeps ordinary server text as it is', () => {
    expect(oneLine('The API key is not valid — ключ недействителен.')).toBe(
      'The API key is not valid — ключ недействителен.',
    )
    expect(oneLine(3)).toBe('3')
  })

  it('escapes every control, line breaks included, C1 and bidi characters', () => {
    expect(oneLine('a\u001b]52;c;aGk=\u0007b\r\nc\td\u009be\u202Ef\u200Eg\u2066h\u2028')).toBe(
      'a\\u001b]52;c;aGk=\\u0007b\\u000d\\u000ac\\u0009d\\u009be\\u202ef\\u200eg\\u2066h\\u2028',
    )
  })
})

describe('terminalJson', () => {
  it('is the same JSON value, with nothing raw that could drive a terminal', () => {
    const value = { state: '\u001b[2J\u009b31m\u202Eevil', n: 1 }
    const json = terminalJson(value)
    expect(json).toBe('{"state":"\\u001b[2J\\u009b31m\\u202eevil","n":1}')
    expect(JSON.parse(json)).toEqual(value)
  })
})
