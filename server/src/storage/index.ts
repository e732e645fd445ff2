import type { DatabaseConfig } from '../config.js'
import type { StorageDriver } from './driver.js'
import type { PostgresOptions } from './postgres.js'
import { createSecretStore, type SecretStore } from './secret-store.js'
import { openSqlite } from './sqlite.js'

export type {
  ApiKeyRecord,
  ApiKeyStore,
  IdempotencyClaim,
  IdempotentInsert,
  NewApiKey,
  SecretStore,
  SecretSummary,
  StateFilter,
  StoreStats,
} from './secret-store.js'

/** Opens the configured database, brings its schema up to date and returns the store. */
export async function openStorage(
  database: DatabaseConfig,
  options: StorageOptions = {},
): Promise<SecretStore> {
  return createSecretStore(await openDriver(database, options))
}

export type StorageOptions = PostgresOptions

function openDriver(database: DatabaseConfig, options: StorageOptions): Promise<StorageDriver> {
  switch (database.kind) {
    case 'sqlite':
      return openSqlite(database.path)
    case 'postgres':
      // Loaded only when configured: the driver is megabytes a SQLite server never uses.
      return import('./postgres.js').then(({ openPostgres }) => openPostgres(database.url, options))
  }
}
