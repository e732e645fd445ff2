import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

const COMPRESSIBLE_RE = /\.(?:js|css|svg|wasm)$/

/**
 * Writes `name.br` and `name.gz` beside every compressible asset, at the
 * highest levels (done once per build, not per request). The server sends
 * them to browsers that accept them; integrity covers the decoded bytes, so
 * SRI is unaffected.
 */
export function precompress(): Plugin {
  return {
    name: 'hushlink:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist'
      for (const file of Object.keys(bundle)) {
        if (!file.startsWith('assets/') || !COMPRESSIBLE_RE.test(file)) continue
        const path = join(dir, file)
        const bytes = readFileSync(path)
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }))
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        )
      }
    },
  }
}
