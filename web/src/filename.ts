const MAX_LENGTH = 255
export const FALLBACK_NAME = 'secret.bin'
/** Windows-reserved punctuation. */
const RESERVED = new Set([':', '*', '?', '"', '<', '>', '|'])

/**
 * Characters a received file name may not bring to the save dialog: controls,
 * and the bidi marks and overrides that disguise "exe.txt" as "txt.exe"
 * (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
function unsafe(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    RESERVED.has(ch)
  )
}

/** The name to save a received file under: its last path component, cleaned and bounded. */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const cleaned = Array.from(base)
    .filter((ch) => !unsafe(ch))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const bounded = Array.from(cleaned).slice(0, MAX_LENGTH).join('')
  return bounded === '' ? FALLBACK_NAME : bounded
}
