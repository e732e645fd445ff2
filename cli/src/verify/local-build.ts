import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUILD_MANIFEST_PATH } from '@hushlink/shared'
import { CliError, EXIT, usageError } from '../exit.js'

/** The checkout this CLI was built from: cli/dist/verify/ → the repository's web/. */
const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url))

/**
 * Builds the web client from this checkout into a temporary folder (the build
 * is reproducible, so it is the bytes an honest instance of this commit
 * serves) and returns its manifest's text.
 */
export async function buildManifestLocally(): Promise<string> {
  const vite = join(WEB_DIR, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(join(WEB_DIR, 'vite.config.ts')) || !existsSync(vite)) {
    throw usageError(
      '--build needs the Hushlink source checkout with its dependencies installed (pnpm install); use --manifest FILE otherwise',
    )
  }
  const out = mkdtempSync(join(tmpdir(), 'hushlink-verify-'))
  try {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: WEB_DIR, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    const errors: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk))
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', resolve)
    })
    if (code !== 0) {
      const detail = Buffer.concat(errors).toString('utf8').trim().split('\n').slice(-5).join('\n')
      throw new CliError(EXIT.unexpected, `the local build failed:\n${detail}`)
    }
    return readFileSync(join(out, BUILD_MANIFEST_PATH), 'utf8')
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
