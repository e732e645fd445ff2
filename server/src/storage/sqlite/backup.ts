import { randomBytes } from 'node:crypto'
import { closeSync, constants, existsSync, openSync, renameSync, rmSync } from 'node:fs'
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
 * That file is created before SQLite opens it: 0600 whatever the umask, under
 * a name nobody can guess, and exclusively, so a file or symlink planted
 * beside the target is never followed or written through.
 */
export async function backupDatabase(
  source: BetterSqlite3.Database,
  target: string,
  statements: Statements,
  now: number,
): Promise<BackupSummary> {
  if (existsSync(target)) throw new ConfigError(`${target} exists; choose a new file name`)
  const partial = `${target}.partial-${randomBytes(9).toString('base64url')}`
  try {
    createPrivateFile(partial)
  } catch (error) {
    throw new Error(`cannot write ${target}: ${reason(error)}`, { cause: error })
  }
  try {
    try {
      await source.backup(partial, { progress: () => 0x7fffffff })
    } catch (error) {
      throw new Error(`cannot write ${target} (copying into ${partial}): ${reason(error)}`, {
        cause: error,
      })
    }
    const summary = await checkCopy(partial, statements, now)
    renameSync(partial, target)
    return summary
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${partial}${suffix}`, { force: true })
  }
}

/** The system's words without the path Node repeats (the caller names it). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as NodeJS.ErrnoException).code
  return code === undefined ? error.message : error.message.replace(/,.*$/, '')
}

/**
 * Creates an empty file readable by its owner only (backups hold ciphertext
 * and verifiers); fails if anything, a symlink included, already has the name.
 */
export function createPrivateFile(path: string): void {
  const { O_CREAT, O_EXCL, O_WRONLY, O_NOFOLLOW } = constants
  closeSync(openSync(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0o600))
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
