import type { Kysely } from 'kysely'

/** Runs a migration's steps all or nothing: PostgreSQL migrations already run in a transaction; SQLite ones do not. */
export async function atomically(
  db: Kysely<unknown>,
  steps: (db: Kysely<unknown>) => Promise<void>,
): Promise<void> {
  if (db.isTransaction) await steps(db)
  else await db.transaction().execute(steps)
}
