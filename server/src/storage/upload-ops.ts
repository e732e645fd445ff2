import type { Executor } from './executor.js'
import type { Appended, NewUpload, UploadPart } from './records.js'
import type { Statements } from './statements.js'
import type { WriteOp } from './write-ops.js'
import { insertSecretRow } from './secret-row.js'

/**
 * Largest chunk row. Downloads read one row at a time, so this bounds what a
 * download holds in memory; parts (up to 8 MiB) are split into rows this big.
 */
export const CHUNK_ROW_BYTES = 1024 * 1024

/** Writes of streamed uploads and chunked ciphertext, as plain data (see write-ops.ts). */
export type UploadWriteOp =
  | { readonly kind: 'declare'; readonly upload: NewUpload }
  | { readonly kind: 'append'; readonly part: UploadPart }
  | { readonly kind: 'abortUpload'; readonly id: string }
  | { readonly kind: 'dropChunks'; readonly id: string }
  | {
      readonly kind: 'sweepUploads'
      /** Uploads created at or before this are abandoned. */
      readonly since: number
      /** Chunks of secrets finished at or before this are no longer being downloaded. */
      readonly finishedBefore: number
      readonly limit: number
    }

export interface UploadWriteResults {
  /** False when the id is taken. */
  declare: boolean
  /** Null when the upload is not open (unknown, expired, abandoned, complete). */
  append: Appended | null
  abortUpload: null
  dropChunks: null
  /** Rows deleted: abandoned uploads' secrets and leftover chunk rows. */
  sweepUploads: number
}

export async function applyUploadWrite(
  db: Executor,
  s: Statements,
  op: UploadWriteOp,
): Promise<UploadWriteResults[UploadWriteOp['kind']]> {
  switch (op.kind) {
    case 'declare': {
      const { upload } = op
      if (!(await insertSecretRow(db, s, upload, 'uploading', upload.size))) return false
      await db.run(s.insertUpload, { id: upload.id, upload_verifier: upload.uploadVerifier })
      return true
    }
    case 'append':
      return append(db, s, op.part)
    case 'abortUpload':
      await db.run(s.abortUpload, op)
      return null
    case 'dropChunks':
      await db.run(s.dropChunks, op)
      return null
    case 'sweepUploads': {
      const uploads = await db.run(s.sweepUploads, { since: op.since, limit: op.limit })
      return uploads + (await db.run(s.sweepChunks, { since: op.finishedBefore, limit: op.limit }))
    }
  }
}

/**
 * Stores a part if it starts exactly where the stored bytes end; the part
 * that reaches the declared size makes the secret live in the same
 * transaction.
 */
async function append(db: Executor, s: Statements, part: UploadPart): Promise<Appended | null> {
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
    await db.run(s.completeUpload, { id: part.id })
    await db.run(s.deleteUpload, { id: part.id })
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

/** Bytes of upload parts in a batch: buffers the writer thread is done with once it committed. */
export function partBytes(ops: readonly WriteOp[]): number {
  return ops.reduce((sum, op) => sum + (op.kind === 'append' ? op.part.data.byteLength : 0), 0)
}
