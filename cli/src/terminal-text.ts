/**
 * Characters that can drive a terminal or disguise text: C0 controls except
 * tab and newline, a carriage return not followed by a newline, DEL, C1
 * controls (ESC sequences recolour, retitle or rewrite the screen), and the
 * bidirectional overrides that make `txt.exe` look like `exe.txt`.
 */
function isUnsafeChar(code: number, next?: number): boolean {
  if (code === 0x09 || code === 0x0a) return false
  if (code === 0x0d) return next !== 0x0a
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

/**
 * Text for a person's screen: unsafe characters shown as `\u001b` escapes, so a
 * hostile secret cannot act on the terminal. Pipes and files get the exact bytes.
 */
export function escapeForTerminal(text: string): {
  readonly text: string
  readonly escaped: boolean
} {
  let out = ''
  let escaped = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isUnsafeChar(code, text.charCodeAt(i + 1))) {
      out += escape(code)
      escaped = true
    } else {
      out += text.charAt(i)
    }
  }
  return { text: out, escaped }
}

/**
 * A string the server supplied (an error code or message, a state, a time),
 * made safe for one line of a person's screen: every control character, line
 * breaks included, C1 controls and every bidi character become `\u` escapes.
 * A hostile server cannot recolour, retitle or clear the terminal, write the
 * clipboard (OSC 52), or forge a line of output.
 */
export function oneLine(value: unknown): string {
  let out = ''
  for (const ch of String(value)) {
    const code = ch.codePointAt(0) ?? 0
    out += code < 0x20 || isUnsafeChar(code) || INVISIBLE_BIDI.has(code) ? escape(code) : ch
  }
  return out
}

/** JSON for stdout: the same value, with what could drive a terminal written as `\u` escapes. */
export function terminalJson(value: unknown): string {
  // JSON.stringify escapes C0 controls already; C1, bidi and U+2028/U+2029 it leaves raw.
  return oneLine(JSON.stringify(value))
}

/** Marks and separators that reorder or break a line without showing themselves. */
const INVISIBLE_BIDI = new Set([0x061c, 0x200e, 0x200f, 0x2028, 0x2029])

function escape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}
