import { randomBytes } from 'node:crypto'
import type { Clock } from '../clock.js'
import type { SecretStore } from '../storage/index.js'
import type { ChunkLease } from '../storage/records.js'
import { UPLOAD_WINDOW_MS } from '../uploads/window.js'

/**
 * Who is still reading a chunked envelope, kept in the database so that every
 * replica sees it. The last view of a streamed secret commits before its
 * download starts, but its chunks can only go once that download, and any
 * earlier one still running on any replica, has ended. Each download takes a
 * lease with its view (in the claim's transaction) and ends it when it ends;
 * the ending that leaves no live lease on a finished secret deletes the
 * chunks. A lease lasts at most UPLOAD_WINDOW_MS, the sweeper's grace for
 * chunks, which also removes what a stopped process left behind.
 */
export interface ChunkLeases {
  /** A lease for one download, passed with its claim. */
  next(): ChunkLease
  /** That download ended, completed or not; once per lease. */
  release(id: string, lease: ChunkLease): void
}

export function createChunkLeases(
  store: SecretStore,
  clock: Clock,
  onError: (error: unknown) => void,
): ChunkLeases {
  // Every claim takes a lease, chunks or not: a holder is this process's random
  // name and a count, unique across replicas without a random draw per claim (~5 µs).
  const processName = randomBytes(12).toString('base64url')
  let taken = 0
  return {
    next: () => ({
      holder: `${processName}.${(taken++).toString(36)}`,
      until: clock.now() + UPLOAD_WINDOW_MS,
    }),
    release(id, lease) {
      store.releaseChunks(id, lease.holder, clock.now()).catch(onError)
    },
  }
}
