import { sql, type Kysely } from 'kysely'
import type { DialectTraits } from '../dialect.js'
import type { Database } from '../schema.js'
import { template } from './template.js'

export interface ById {
  readonly id: string
}

/** An upload is open while its secret is `uploading`, unexpired and inside its window. */
export interface OpenAt extends ById {
  readonly now: number
  /** Uploads created at or before this are abandoned. */
  readonly since: number
}

/** States whose ciphertext is gone for good: their chunk rows are garbage. */
export const FINISHED_STATES = ['viewed', 'burned', 'burned_failures'] as const

/**
 * Statements of streamed uploads and chunked ciphertext (issue 4), compiled
 * with the others (statements.ts). Like them, every write is conditional, so
 * two parts racing for one offset cannot both be stored.
 */
/** Deletes the chunks of `id`, but only ever those of a secret nobody can claim any more. */
export function deleteFinishedChunks(db: Kysely<Database>, id: string) {
  return db
    .deleteFrom('payload_chunks')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('secrets')
        .select('id')
        .where('id', '=', id)
        .where('state', 'in', FINISHED_STATES),
    )
}

export function compileUploadStatements(db: Kysely<Database>, traits: DialectTraits) {
  const openUpload = (a: OpenAt) =>
    db
      .selectFrom('secrets')
      .select('id')
      .where('id', '=', a.id)
      .where('state', '=', 'uploading')
      .where('expires_at', '>', a.now)
      .where('created_at', '>', a.since)
  return {
    insertUpload: template((a: { id: string; upload_verifier: Uint8Array }) =>
      db.insertInto('uploads').values({
        id: a.id,
        upload_verifier: a.upload_verifier,
        received: 0,
        chunks: 0,
      }),
    ),
    findUpload: template((a: OpenAt) =>
      db
        .selectFrom('secrets')
        .innerJoin('uploads', 'uploads.id', 'secrets.id')
        .select([
          'secrets.header',
          'secrets.envelope_size',
          'uploads.upload_verifier',
          'uploads.received',
        ])
        .where('secrets.id', 'in', openUpload(a)),
    ),
    // The offset condition picks one winner among parts racing for the same place.
    advanceUpload: template((a: OpenAt & { offset: number; bytes: number; rows: number }) =>
      db
        .updateTable('uploads')
        .set({
          received: sql<number>`received + ${a.bytes}`,
          chunks: sql<number>`chunks + ${a.rows}`,
        })
        .where('id', 'in', openUpload(a))
        .where('received', '=', a.offset)
        .returning(['received', 'chunks']),
    ),
    uploadReceived: template((a: OpenAt) =>
      db.selectFrom('uploads').select('received').where('id', 'in', openUpload(a)),
    ),
    insertChunk: template((a: { id: string; seq: number; data: Uint8Array }) =>
      db.insertInto('payload_chunks').values({ id: a.id, seq: a.seq, data: a.data }),
    ),
    completeUpload: template((a: ById) =>
      db
        .updateTable('secrets')
        .set({ state: 'active' })
        .where('id', '=', a.id)
        .where('state', '=', 'uploading')
        .returning('expires_at'),
    ),
    deleteUpload: template((a: ById) => db.deleteFrom('uploads').where('id', '=', a.id)),
    // Chunks and the progress row go with the secret row (ON DELETE CASCADE).
    abortUpload: template((a: ById) =>
      db
        .deleteFrom('secrets')
        .where('id', '=', a.id)
        .where('state', '=', 'uploading')
        .returning(['envelope_size', 'owner']),
    ),
    hasChunks: template((a: ById) =>
      db.selectFrom('payload_chunks').select('seq').where('id', '=', a.id).limit(1),
    ),
    readChunk: template((a: ById & { seq: number }) =>
      db
        .selectFrom('payload_chunks')
        .select('data')
        .where('id', '=', a.id)
        .where('seq', '=', a.seq),
    ),
    readChunks: template((a: ById) =>
      db.selectFrom('payload_chunks').select('data').where('id', '=', a.id).orderBy('seq'),
    ),
    dropChunks: template((a: ById) => deleteFinishedChunks(db, a.id)),
    sweepUploads: template((a: { since: number; limit: number }) =>
      db
        .deleteFrom('secrets')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('secrets')
            .select('id')
            .where('state', '=', 'uploading')
            .where('created_at', '<=', a.since)
            .limit(a.limit)
            // Replicas sweeping together take disjoint batches (see dialect.ts).
            .$if(traits.skipLocked, (q) => q.forUpdate().skipLocked()),
        )
        .returning(['envelope_size', 'owner']),
    ),
    // Chunks a download was still reading when the process stopped.
    sweepChunks: template((a: { since: number; limit: number }) =>
      db
        .deleteFrom('payload_chunks')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('payload_chunks as c')
            .innerJoin('secrets as s', 's.id', 'c.id')
            .select('c.id')
            .where('c.seq', '=', 0)
            .where('s.state', 'in', FINISHED_STATES)
            .where('s.state_at', '<=', a.since)
            .limit(a.limit),
        ),
    ),
  }
}
