import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'
import {
  BUILD_MANIFEST_PATH,
  type BuildManifest,
  type ManifestEntry,
} from '../../shared/src/build-manifest.ts'

/** The Content-Type essence the server sends for each kind of file the build writes. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

/** `.br`/`.gz` are other encodings of a listed file, checked by decoding them. */
const ENCODED_RE = /\.(?:br|gz)$/

/**
 * Writes the build manifest: every file the server sends a browser, by URL
 * path, with its SHA-256. `hushlink verify` compares an instance with it. The
 * bytes depend only on the build output (sorted keys, no time, no path), so two
 * builds of one commit write the same manifest.
 */
export function buildManifest(options: {
  readonly version: string
  /** The source commit; git's HEAD in the project root when not given. */
  readonly commit?: string | undefined
}): Plugin {
  let root = ''
  return {
    name: 'hushlink:manifest',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    // After precompress (registered before this plugin) has written its files.
    writeBundle: {
      order: 'post',
      handler(output) {
        const dir = output.dir ?? 'dist'
        const manifest = manifestOf(dir, {
          version: options.version,
          commit: options.commit || headOf(root),
        })
        const file = join(dir, BUILD_MANIFEST_PATH)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
      },
    },
  }
}

export function manifestOf(
  dir: string,
  about: { readonly version: string; readonly commit: string },
): BuildManifest {
  const files: Record<string, ManifestEntry> = {}
  for (const file of listFiles(dir)) {
    const path = `/${relative(dir, file).split(sep).join('/')}`
    if (ENCODED_RE.test(path) || path === BUILD_MANIFEST_PATH) continue
    const extension = /\.[^./]+$/.exec(path)?.[0] ?? ''
    const type = TYPES[extension]
    if (type === undefined) throw new Error(`manifest: no Content-Type known for ${path}`)
    files[path] = { sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), type }
  }
  return { format: 1, version: about.version, commit: about.commit, files }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : []
    })
}

function headOf(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown'
  }
}
