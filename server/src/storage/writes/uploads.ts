import type { Appended, NewUpload, OverQuota, UploadPart } from '../records.js'
import type { WriteContext, WriteHandler } from './context.js'
import { insertSecretRow } from './secret-row.js'
import { release, reserveInserted } from './usage.js'

/**
 * Largest chunk row. Downloads read one row at a time, so this bounds what a
 * download holds in memory; parts (up to 8 MiB) are split into rows this big.
 */
export const CHUNK_ROW_BYTES = 1024 * 1024

/** Writes of streamed uploads and chunked ciphertext. */
export const uploadWrites = {
  /** False when the id is taken; which quota refused it when one did (the declared size counts). */
  async declare(
    tx: WriteContext,
    { upload }: { readonly upload: NewUpload },
  ): Promise<boolean | OverQuota> {
    if (!(await insertSecretRow(tx.db, tx.s, upload, 'uploading', upload.size))) return false
    await tx.db.run(tx.s.insertUpload, { id: upload.id, upload_verifier: upload.uploadVerifier })
    const refused = await reserveInserted(tx, upload, upload.size)
    return refused ?? true
  },
  /** Null when the upload is not open (unknown, expired, abandoned, complete). */
  append: (tx: WriteContext, { part }: { readonly part: UploadPart }) => append(tx, part),
  async abortUpload(tx: WriteContext, a: { readonly id: string }): Promise<null> {
    await release(tx, await tx.db.rows(tx.s.abortUpload, a))
    return null
  },
  /**
   * A download ended: its lease goes, and the chunks with it once the secret
   * is finished and no download on any replica holds a live lease.
   */
  async endChunkLease(
    { db, s }: WriteContext,
    a: { readonly id: string; readonly holder: string; readonly now: number },
  ): Promise<null> {
    await db.run(s.endChunkLease, { id: a.id, holder: a.holder })
    await db.run(s.dropUnleasedChunks, { id: a.id, now: a.now })
    return null
  },
  /** Rows deleted: abandoned uploads' secrets and leftover chunk rows. */
  async sweepUploads(
    tx: WriteContext,
    a: {
      /** Uploads created at or before this are abandoned. */
      readonly since: number
      /** Chunks of secrets finished at or before this are no longer being downloaded. */
      readonly finishedBefore: number
      readonly limit: number
    },
  ): Promise<number> {
    const { db, s } = tx
    const uploads = await db.rows(s.sweepUploads, { since: a.since, limit: a.limit })
    await release(tx, uploads)
    await db.run(s.sweepChunkLeases, { before: a.finishedBefore })
    return (
      uploads.length + (await db.run(s.sweepChunks, { since: a.finishedBefore, limit: a.limit }))
    )
  },
} satisfies Record<string, WriteHandler>

/**
 * Stores a part if it starts exactly where the stored bytes end; the part
 * that reaches the declared size makes the secret live in the same
 * transaction.
 */
async function append(tx: WriteContext, part: UploadPart): Promise<Appended | null> {
  const { db, s } = tx
  const rows = splitRows(part.data)
  const at = { id: part.id, now: part.now, since: part.since }
  const [advanced] = await db.rows(s.advanceUpload, {
    ...at,
    offset: part.offset,
    bytes: part.data.length,
    rows: rows.length,
  })
  if (!advanced) {
    const [current] = await db.rows(s.uploadReceived, at)
    return current ? { mismatch: current.received } : null
  }
  // The service checks this first; a part past the end must never be stored.
  if (advanced.received > part.size) throw new Error('upload part past the declared size')
  const first = advanced.chunks - rows.length
  for (const [i, data] of rows.entries()) {
    await db.run(s.insertChunk, { id: part.id, seq: first + i, data })
  }
  const complete = advanced.received === part.size
  if (complete) {
    const [live] = await db.rows(s.completeUpload, { id: part.id })
    if (!live) throw new Error('a complete upload without its secret row')
    await db.run(s.deleteUpload, { id: part.id })
    tx.emit({
      type: 'upload_completed',
      id: part.id,
      at: part.now,
      expiresAt: live.expires_at,
      size: part.size,
    })
  }
  return { received: advanced.received, complete }
}

function splitRows(data: Uint8Array): Uint8Array[] {
  const rows: Uint8Array[] = []
  for (let at = 0; at < data.length; at += CHUNK_ROW_BYTES) {
    rows.push(data.subarray(at, at + CHUNK_ROW_BYTES))
  }
  return rows
}
