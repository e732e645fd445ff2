import type { SecretStore } from '../storage/index.js'

/** Why the service should not get traffic, or null when it should. */
export type NotReady = 'database_unreachable' | 'migrations_pending'

export interface Readiness {
  check(): Promise<NotReady | null>
}

/**
 * Ready: the database answers reads and writes, and has every migration this
 * build ships. Migrations only move forward, so once seen applied they are
 * not checked again, which keeps that query off the path of every probe.
 */
export function createReadiness(store: SecretStore): Readiness {
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
          migrated = (await store.pendingMigrations()).length === 0
        } catch {
          return 'database_unreachable'
        }
      }
      return migrated ? null : 'migrations_pending'
    },
  }
}
