/**
 * The web build's manifest: what `hushlink verify` compares an instance with.
 * Written by web/build/manifest.ts, published by the server at this path.
 */
export const BUILD_MANIFEST_PATH = '/.well-known/hushlink-manifest.json'

export interface ManifestEntry {
  /** SHA-256 of the decoded bytes, lower-case hex. */
  readonly sha256: string
  /** The Content-Type essence the server must send, e.g. `application/javascript`. */
  readonly type: string
}

export interface BuildManifest {
  readonly format: 1
  readonly version: string
  readonly commit: string
  /** URL path → entry; `/index.html` is the page served at `/`, `/s/{id}`, `/r/{id}` and `/about`. */
  readonly files: Readonly<Record<string, ManifestEntry>>
}

const HEX_DIGEST_RE = /^[0-9a-f]{64}$/
const PATH_RE = /^\/[\w.-]+(?:\/[\w.-]+)*$/

/** Parses and checks a manifest; throws a TypeError that says what is wrong. */
export function parseBuildManifest(text: string): BuildManifest {
  const value = JSON.parse(text) as unknown
  const fail = (what: string): never => {
    throw new TypeError(`not a Hushlink build manifest: ${what}`)
  }
  if (typeof value !== 'object' || value === null) return fail('not an object')
  const m = value as Record<string, unknown>
  if (m.format !== 1) fail('unknown format')
  if (typeof m.version !== 'string' || typeof m.commit !== 'string') fail('no version or commit')
  if (typeof m.files !== 'object' || m.files === null) return fail('no files')
  for (const [path, entry] of Object.entries(m.files as Record<string, unknown>)) {
    const e = entry as Partial<ManifestEntry> | null
    if (!PATH_RE.test(path) || typeof e?.sha256 !== 'string' || !HEX_DIGEST_RE.test(e.sha256)) {
      fail(`bad entry for ${JSON.stringify(path).slice(0, 80)}`)
    }
    if (typeof e?.type !== 'string') fail(`no type for ${path}`)
  }
  if (!('/index.html' in m.files)) fail('no /index.html')
  return value as BuildManifest
}

/** A digest as people compare it: lower-case hex in groups of four ("3f2a 9c1b …"). */
export function fingerprintOf(digest: Uint8Array): string {
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
  return hex.replace(/(.{4})(?!$)/g, '$1 ')
}
