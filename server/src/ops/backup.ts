import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { ConfigError } from '../config.js'

/**
 * Online backup with SQLite's backup API: consistent while the server keeps
 * writing. All pages are copied in one step, under one read transaction,
 * because a step-by-step copy restarts whenever another connection commits and
 * might never finish under load. The copy is written beside the target,
 * checked and renamed into place, so a failed backup leaves no partial file.
 */
export async function backupDatabase(source: Sqlite.Database, target: string): Promise<void> {
  if (existsSync(target)) throw new ConfigError(`${target} exists; choose a new file name`)
  const partial = `${target}.partial-${process.pid}`
  try {
    await source.backup(partial, { progress: () => 0x7fffffff })
    // Backups hold ciphertext and verifiers: readable by their owner only.
    chmodSync(partial, 0o600)
    checkIntegrity(partial)
    renameSync(partial, target)
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${partial}${suffix}`, { force: true })
  }
}

function checkIntegrity(path: string): void {
  const copy = new Sqlite(path, { readonly: true, fileMustExist: true })
  try {
    const result = copy.pragma('quick_check', { simple: true })
    if (result !== 'ok') throw new Error(`the backup failed its integrity check: ${String(result)}`)
  } finally {
    copy.close()
  }
}
