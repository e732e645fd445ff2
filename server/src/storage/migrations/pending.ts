/** The table kysely's Migrator records applied migrations in. */
export const MIGRATION_TABLE = 'kysely_migration'

/**
 * The migrations this build ships, in order. Names only, without kysely: the
 * server reads them (readiness) on a thread that never loads the query
 * builder; `index.ts` gives each its code, and its type demands every one.
 */
export const MIGRATION_NAMES = [
  '0001-create-secrets',
  '0002-streamed-uploads',
  '0003-api-keys',
  '0004-notifications',
  '0005-requests',
  '0006-storage-usage',
  '0007-chunk-leases',
  '0008-time-lock',
  '0009-secret-links',
  '0010-key-quotas',
] as const

export type MigrationName = (typeof MIGRATION_NAMES)[number]

/** Names of the migrations this build ships that are not in `applied`. */
export function notApplied(applied: Iterable<string>): Promise<string[]> {
  const done = new Set(applied)
  return Promise.resolve(MIGRATION_NAMES.filter((name) => !done.has(name)))
}
