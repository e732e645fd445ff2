import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { databaseFile, REPO_ROOT } from './server.js'

export const ADMIN_MAIN = join(REPO_ROOT, 'server', 'dist', 'admin', 'main.js')

/**
 * `hushlink-admin keys create` from the build, on the database of a server
 * started with `dataDir`, as an operator would: the key is its only stdout line.
 */
export async function createApiKey(
  dataDir: string,
  name: string,
  scope: 'create' | 'admin',
): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [ADMIN_MAIN, 'keys', 'create', '--name', name, '--scope', scope],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${databaseFile(dataDir)}` },
    },
  )
  const key = stdout.trim()
  if (!/^hlk_[A-Za-z0-9_-]{43}$/.test(key)) throw new Error('keys create printed no key')
  return key
}
