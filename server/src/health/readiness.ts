import type { DatabaseConfig } from '../config.js'
import { pendingMigrations, pendingPostgresMigrations } from '../ops/migrations.js'
import { openReadOnly } from '../ops/sqlite-file.js'
import type { SecretStore } from '../storage/index.js'

/** Why the service should not get traffic, or null when it should. */
export type NotReady = 'database_unreachable' | 'migrations_pending'

export interface Readiness {
  check(): Promise<NotReady | null>
}

/**
 * Ready: the database answers reads and writes, and has every migration this
 * build ships. Migrations only move forward, so once seen applied they are
 * not checked again; that check opens its own connection to the database and is
 * kept off the path of every probe.
 */
export function createReadiness(store: SecretStore, database: DatabaseConfig): Readiness {
  let migrated = false
  return {
    async check() {
      try {
        await store.ping()
      } catch {
        return 'database_unreachable'
      }
      if (!migrated) {
        try {
          migrated = (await pending(database)).length === 0
        } catch {
          return 'database_unreachable'
        }
      }
      return migrated ? null : 'migrations_pending'
    },
  }
}

async function pending(database: DatabaseConfig): Promise<string[]> {
  switch (database.kind) {
    case 'sqlite': {
      // A private in-memory database exists only inside the store, which
      // migrated it before the app was built.
      if (database.path === ':memory:') return []
      const db = openReadOnly(database.path)
      try {
        return await pendingMigrations(db)
      } finally {
        db.close()
      }
    }
    case 'postgres':
      return pendingPostgresMigrations(database.url)
  }
}
