import { statfsSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { addedCiphertext, type WriteOp } from '../writes/index.js'

/**
 * Room kept for the writes that free space (issue 18.3). Deleting is not free
 * in SQLite: a view writes its count and a webhook's delivery row, a lease
 * row, a grown row can split a page; and with secure_delete every freed page
 * is written again, zeroed, to the write-ahead log. So a database filled to
 * the last page or the last byte of its disk could refuse the very claims,
 * burns and sweeps that would make room. Writes that add ciphertext are
 * therefore refused while the rest still has:
 * - under DATABASE_MAX_BYTES, a reserve of pages below max_page_count, which
 *   only the other writes may use;
 * - on the disk, `diskReserve` bytes plus twice what the write adds (its
 *   pages go to the write-ahead log, then to the file), counting the file's
 *   free pages as room, and the growth the file still owes the earlier
 *   writes as taken: their pages wait in the write-ahead log until a
 *   checkpoint extends the file to the database's size.
 * A refused write fails with SQLite's own "database or disk is full" message,
 * which the store turns into StorageFullError (507) like a real SQLITE_FULL.
 */
export interface RoomOptions {
  /** DATABASE_MAX_BYTES; unset: no page cap. */
  readonly maxBytes: number | undefined
  /** Free disk bytes that only writes freeing space may use; 0: no disk check. */
  readonly diskReserve: number
}

/** Pages below DATABASE_MAX_BYTES kept for freeing writes: 2 %, at least 32 pages, at most 64 MiB. */
export function reservedPages(maxPages: number, pageSize: number): number {
  return Math.min(Math.max(32, Math.ceil(maxPages * 0.02)), Math.floor(2 ** 26 / pageSize))
}

/** The check run before each write in the writer's transaction (commitBatch's `before`). */
export function roomGuard(
  raw: BetterSqlite3.Database,
  path: string,
  { maxBytes, diskReserve }: RoomOptions,
): (op: WriteOp) => void {
  const directory = dirname(path)
  const pageSize = raw.pragma('page_size', { simple: true }) as number
  const hard = maxBytes === undefined ? null : Math.floor(maxBytes / pageSize)
  // SQLite never lowers max_page_count below the pages in use: past the soft
  // cap, an adding write may only reuse free pages.
  const caps =
    hard === null
      ? null
      : {
          adding: raw.prepare(`PRAGMA max_page_count = ${hard - reservedPages(hard, pageSize)}`),
          freeing: raw.prepare(`PRAGMA max_page_count = ${hard}`),
        }
  const freePages = raw.prepare('PRAGMA freelist_count').pluck()
  const pages = raw.prepare('PRAGMA page_count').pluck()
  // statfs costs ~8 µs, more than the rest of a create's checks: it is read at
  // most every DISK_READING_MS, and until the next reading each passed write
  // counts as having spent the room it was checked for.
  let disk = { at: -Infinity, free: 0 }
  let capped = false
  return (op) => {
    const adds = addedCiphertext(op)
    if (caps && capped !== (adds !== null)) {
      ;(adds === null ? caps.freeing : caps.adding).get()
      capped = adds !== null
    }
    if (adds === null || diskReserve === 0) return
    const now = performance.now()
    if (now - disk.at > DISK_READING_MS) {
      const { bavail, bsize } = statfsSync(directory)
      disk = { at: now, free: bavail * bsize }
    }
    // Pages freed inside the file are room too: the file never shrinks (no vacuum).
    const room = disk.free + (freePages.get() as number) * pageSize
    const needed = diskReserve + 2 * adds
    // What the file still owes never exceeds the whole database: while the disk
    // has room for that too, the file's size need not be read.
    const size = (pages.get() as number) * pageSize
    const owed = room - size >= needed ? size : Math.max(0, size - statSync(path).size)
    if (room - owed < needed) {
      throw new Error('database or disk is full: the free disk space left is kept for deletions')
    }
    disk.free -= 2 * adds
  }
}

/** How old a reading of the disk's free space may be: a batch of writes, not a request each. */
const DISK_READING_MS = 20
