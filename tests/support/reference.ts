import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, REPO_ROOT, startNodeProcess, type RunningServer } from './server.js'

export const REFERENCE_MAIN = join(REPO_ROOT, 'tests', 'bench', 'reference-server.ts')

export interface ReferenceOptions {
  /** `broken` claims with read-then-delete, for the harness's control experiment. */
  readonly mode?: 'atomic' | 'broken'
  /** Share a data directory (a second process on the same SQLite file). */
  readonly dataDir?: string
  readonly port?: number
}

/** Starts tests/bench/reference-server.ts as its own process (through tsx). */
export async function startReferenceServer(options: ReferenceOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hushlink-reference-'))
  const port = options.port ?? (await freePort())
  return startNodeProcess({
    args: ['--import', 'tsx', REFERENCE_MAIN],
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: join(dataDir, 'reference.db'),
      REFERENCE_MODE: options.mode ?? 'atomic',
    },
    dataDir,
    port,
  })
}
