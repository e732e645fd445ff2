import { isUnsafeChar } from './terminal-text.js'

/** Characters no file name gets from a secret: separators and what Windows forbids. */
const FORBIDDEN = new Set([...'/\\:*?"<>|'])
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i

/**
 * A sender-chosen name made safe to create inside the output directory: no
 * path separators or `..`, no control or bidi characters, no leading dot (a
 * secret must not plant `.bashrc` or `.ssh` in a home directory).
 */
export function safeFileName(name: string): string {
  let out = ''
  const text = name.normalize('NFC')
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    out += FORBIDDEN.has(ch) || isUnsafeChar(text.charCodeAt(i), 0) ? '_' : ch
  }
  out = out.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
  if (out === '') return 'file'
  return WINDOWS_DEVICE.test(out) ? `_${out}` : out
}

/** `report.pdf`, 2 → `report-2.pdf`; the extension is kept so the file still opens. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`
}
