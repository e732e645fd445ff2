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

/**
 * Whether the database is full, as the writes tell: a write that stores
 * ciphertext and fails for lack of room marks it full (and fails with
 * StorageFullError); one that succeeds, or a committed change that freed
 * ciphertext (a last view, a burn, an expiry), clears the mark, so `/ready`
 * recovers as soon as room was made, not only at the next create.
 */
export interface Fullness {
  readonly storing: <T>(write: Promise<T>) => Promise<T>
  /** Room was made: the next create will tell whether it is enough. */
  readonly freed: () => void
  readonly isFull: () => boolean
}

export function createFullness(): Fullness {
  let full = false
  return {
    storing: async (write) => {
      try {
        const result = await write
        full = false
        return result
      } catch (error) {
        if (!isStorageFull(error)) throw error
        full = true
        throw new StorageFullError(error)
      }
    },
    freed: () => {
      full = false
    },
    isFull: () => full,
  }
}
