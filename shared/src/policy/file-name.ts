import { encodeUtf8 } from '../encoding.js'

/** What a received file is called when nothing usable is left of its name. */
export const FALLBACK_FILE_NAME = 'file'
/** Most file systems allow 255 bytes per name. */
const MAX_NAME_BYTES = 255
/** What Windows forbids in a name (the separators are gone before this applies). */
const WINDOWS_FORBIDDEN = new Set([...':*?"<>|'])
/** Device names Windows opens instead of a file, with or without an extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i

/**
 * Controls (C0, DEL, C1: a terminal or a dialog acts on them) and the bidi
 * marks, embeddings, overrides and isolates that show `invoice‮fdp.exe` as
 * `invoiceexe.pdf` (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

/**
 * The name to save a received file under, in the web page and the CLI alike:
 * the sender chose it, so it may not name a place (only its last path
 * component is kept), hide itself (no leading dot), open a Windows device
 * (`con.txt`), disguise its extension or drive a terminal (controls and bidi
 * characters become `_`), or exceed 255 UTF-8 bytes (the extension is kept).
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? ''
  let out = ''
  for (const ch of base) {
    out += isUnsafe(ch.codePointAt(0) ?? 0) || WINDOWS_FORBIDDEN.has(ch) ? '_' : ch
  }
  out = out.replace(/^[\s.]+|[\s.]+$/gu, '')
  if (out === '') return FALLBACK_FILE_NAME
  if (WINDOWS_DEVICE.test(out)) out = `_${out}`
  return bounded(out)
}

/** Cuts the stem, whole characters at a time, until the name fits; short extensions survive. */
function bounded(name: string): string {
  if (encodeUtf8(name).length <= MAX_NAME_BYTES) return name
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ''
  const stem = Array.from(extension === '' ? name : name.slice(0, dot))
  let budget = MAX_NAME_BYTES - encodeUtf8(extension).length
  let kept = ''
  for (const ch of stem) {
    budget -= encodeUtf8(ch).length
    if (budget < 0) break
    kept += ch
  }
  return `${kept.replace(/[\s.]+$/u, '')}${extension}`
}
