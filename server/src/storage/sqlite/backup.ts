import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { ConfigError } from '../../config.js'
import type { BackupSummary } from '../driver.js'
import type { Statements } from '../queries/index.js'
import { countByState } from '../stats.js'
import { createSqliteExecutor } from './executor.js'

/**
 * Online backup with SQLite's backup API: consistent while the server keeps
 * writing. All pages are copied in one step, under one read transaction,
 * because a step-by-step copy restarts whenever another connection commits and
 * might never finish under load. The copy is written beside the target,
 * checked and renamed into place, so a failed backup leaves no partial file.
 */
export async function backupDatabase(
  source: BetterSqlite3.Database,
  target: string,
  statements: Statements,
  now: number,
): Promise<BackupSummary> {
  if (existsSync(target)) throw new ConfigError(`${target} exists; choose a new file name`)
  const partial = `${target}.partial-${process.pid}`
  try {
    await source.backup(partial, { progress: () => 0x7fffffff })
    // Backups hold ciphertext and verifiers: readable by their owner only.
    chmodSync(partial, 0o600)
    const summary = await checkCopy(partial, statements, now)
    renameSync(partial, target)
    return summary
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${partial}${suffix}`, { force: true })
  }
}

/** Fails unless the copy passes SQLite's integrity check; what it holds, with the server's statements. */
async function checkCopy(
  path: string,
  statements: Statements,
  now: number,
): Promise<BackupSummary> {
  const copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  try {
    const result = copy.pragma('quick_check', { simple: true })
    if (result !== 'ok') throw new Error(`the backup failed its integrity check: ${String(result)}`)
    const db = createSqliteExecutor(copy)
    const rows = await db.rows(statements.countStates, { now })
    const [stored] = await db.rows(statements.storedBytes, {})
    const pageSize = copy.pragma('page_size', { simple: true }) as number
    const pages = copy.pragma('page_count', { simple: true }) as number
    return {
      bytes: pageSize * pages,
      active: countByState(
        rows.map((r) => ({ state: r.state, expired: Number(r.expired) === 1, n: Number(r.n) })),
      ).active,
      ciphertextBytes: Number(stored?.bytes ?? 0),
    }
  } finally {
    copy.close()
  }
}
