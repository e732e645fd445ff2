import { describe, expect, it } from 'vitest'
import { escapeForTerminal } from '../src/terminal-text.js'

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
