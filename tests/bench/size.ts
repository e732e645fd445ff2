import { databaseFile } from '../support/server.js'
import { seedSecrets } from './seed.js'
import { removeDir, scratchDir, startHushlink } from './targets.js'

export interface LargeDatabase {
  readonly dataDir: string
  readonly rows: number
  readonly seedSeconds: number
}

const DAY = 86_400_000

/**
 * A data directory holding `rows` live secrets: the server creates its own
 * schema first (it runs its migrations), then the seed writes into exactly
 * those columns.
 */
export async function prepareLargeDatabase(
  rows: number,
  envelopeBytes: number,
): Promise<LargeDatabase> {
  const dataDir = scratchDir('large')
  try {
    await (await startHushlink(dataDir)).stop()
    const started = Date.now()
    seedSecrets(databaseFile(dataDir), { rows, expiresAt: Date.now() + 6 * DAY, envelopeBytes })
    return { dataDir, rows, seedSeconds: (Date.now() - started) / 1000 }
  } catch (error) {
    removeDir(dataDir)
    throw error
  }
}
