import { type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { template } from './template.js'
import { deleteFinishedChunks } from './uploads.js'

export interface Lease {
  readonly id: string
  readonly holder: string
}

/** Statements of chunk leases (issue 18.9): who is still downloading a chunked envelope. */
export function compileLeaseStatements(db: Kysely<Database>) {
  return {
    takeChunkLease: template((a: Lease & { until: number }) =>
      db.insertInto('chunk_leases').values({ id: a.id, holder: a.holder, until: a.until }),
    ),
    endChunkLease: template((a: Lease) =>
      db.deleteFrom('chunk_leases').where('id', '=', a.id).where('holder', '=', a.holder),
    ),
    // The chunks of a secret nobody can claim any more, unless a download still holds a live lease.
    dropUnleasedChunks: template((a: { id: string; now: number }) =>
      deleteFinishedChunks(db, a.id).where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('chunk_leases')
              .select('holder')
              .where('id', '=', a.id)
              .where('until', '>', a.now),
          ),
        ),
      ),
    ),
    // Leases of downloads whose process stopped before ending them.
    sweepChunkLeases: template((a: { before: number }) =>
      db.deleteFrom('chunk_leases').where('until', '<=', a.before),
    ),
  }
}
