/**
 * A write refused because the database has no room: SQLite's SQLITE_FULL
 * ("database or disk is full": the disk, or DATABASE_MAX_BYTES), or
 * PostgreSQL's disk_full (53100). Creates get it as 507; reads, claims, burns
 * and the sweeper free space and keep working.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError'
  constructor(cause: unknown) {
    super('the database has no room for this write', { cause })
  }
}

/** SQLite's errors cross the writer thread as their message only. */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  return (
    code === 'SQLITE_FULL' || code === '53100' || /database or disk is full/.test(error.message)
  )
}
