import { Migrator } from 'kysely'
import { ConfigError, type DatabaseConfig } from '../config.js'
import type { StorageDriver } from './driver.js'
import { InCodeMigrationProvider } from './migrations/index.js'
import { createSecretStore, type SecretStore } from './secret-store.js'
import { openSqlite } from './sqlite.js'

export type { SecretStore } from './secret-store.js'

/** Opens the configured database, brings its schema up to date and returns the store. */
export async function openStorage(database: DatabaseConfig): Promise<SecretStore> {
  const driver = openDriver(database)
  try {
    await migrate(driver)
  } catch (err) {
    await driver.close()
    throw err
  }
  return createSecretStore(driver)
}

function openDriver(database: DatabaseConfig): StorageDriver {
  switch (database.kind) {
    case 'sqlite':
      return openSqlite(database.path)
    case 'postgres':
      throw new ConfigError(
        'DATABASE_URL points to PostgreSQL, which this build does not support yet; use sqlite:<path>',
      )
  }
}

async function migrate(driver: StorageDriver): Promise<void> {
  const migrator = new Migrator({
    db: driver.db,
    provider: new InCodeMigrationProvider(driver.columnTypes),
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('database migration failed')
}
