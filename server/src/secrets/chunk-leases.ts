/**
 * Who is still reading a chunked envelope, in this process. The last view of
 * a streamed secret commits before its download starts, but its chunks can
 * only go once that download, and any earlier one still running, has ended
 * (or been abandoned: at most once). Chunks left behind by a process that
 * stopped mid-download are deleted by the sweeper.
 */
export interface ChunkLeases {
  /** A download of `id` starts; `last` when it used the last view. */
  acquire(id: string, last: boolean): void
  /** That download ended, completed or not. */
  release(id: string): void
}

export function createChunkLeases(
  drop: (id: string) => Promise<void>,
  onError: (error: unknown) => void,
): ChunkLeases {
  const readers = new Map<string, { count: number; last: boolean }>()
  return {
    acquire(id, last) {
      const entry = readers.get(id) ?? { count: 0, last: false }
      entry.count++
      entry.last ||= last
      readers.set(id, entry)
    },
    release(id) {
      const entry = readers.get(id)
      if (!entry) return
      entry.count--
      if (entry.count > 0) return
      readers.delete(id)
      if (entry.last) drop(id).catch(onError)
    },
  }
}
