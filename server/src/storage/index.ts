import { ConfigError, type DatabaseConfig } from '../config.js'
import type { StorageDriver } from './driver.js'
import { createSecretStore, type SecretStore } from './secret-store.js'
import { openSqlite } from './sqlite.js'

export type { SecretStore } from './secret-store.js'

/** Opens the configured database, brings its schema up to date and returns the store. */
export async function openStorage(database: DatabaseConfig): Promise<SecretStore> {
  return createSecretStore(await openDriver(database))
}

function openDriver(database: DatabaseConfig): Promise<StorageDriver> {
  switch (database.kind) {
    case 'sqlite':
      return openSqlite(database.path)
    case 'postgres':
      throw new ConfigError(
        'DATABASE_URL points to PostgreSQL, which this build does not support yet; use sqlite:<path>',
      )
  }
}
