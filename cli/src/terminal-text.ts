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
      out += `\\u${code.toString(16).padStart(4, '0')}`
      escaped = true
    } else {
      out += text.charAt(i)
    }
  }
  return { text: out, escaped }
}
