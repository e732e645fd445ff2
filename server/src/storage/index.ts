import { existsSync } from 'node:fs'
import { ConfigError, type DatabaseConfig } from '../config.js'
import type { StorageDriver } from './driver.js'
import { createEventHub, type EventHub } from './events.js'
import type { PostgresOptions } from './postgres/index.js'
import { createSecretStore, type SecretStore } from './store.js'
import type { PrepareOn } from './prepare-thread.js'
import { openSqlite } from './sqlite/index.js'

export type {
  BurnCause,
  StoreEvent,
  StoreEventListener,
  StoreEvents,
  StoreEventType,
} from './events.js'

export type {
  ApiKeyRecord,
  ApiKeyStore,
  AnswerOutcome,
  AnswerRecord,
  NewRequest,
  RequestRecord,
  RequestStore,
  RequestSummary,
  IdempotencyClaim,
  IdempotentInsert,
  NewApiKey,
  SecretStore,
  SecretSummary,
  StateFilter,
  StorageQuota,
  OverQuota,
  StoreStats,
  BackupSummary,
  StorageFootprint,
} from './store.js'
export { countByState, type SecretCounts } from './stats.js'
export { StorageFullError } from './full.js'

/** Opens the configured database, brings its schema up to date and returns the store. */
export async function openStorage(
  database: DatabaseConfig,
  options: StorageOptions = {},
): Promise<SecretStore> {
  const events = createEventHub(options.onEventError)
  return createSecretStore(await openDriver(database, events, options), events)
}

/**
 * The store of a database that must already exist, for operator tools beside
 * the running server: they never create a database, and cannot see the
 * server's private in-memory one.
 */
export async function openExistingStorage(database: DatabaseConfig): Promise<SecretStore> {
  if (database.kind === 'sqlite') {
    if (database.path === ':memory:') {
      throw new ConfigError(
        'DATABASE_URL is sqlite::memory:, which only the server process can see',
      )
    }
    if (!existsSync(database.path)) {
      throw new ConfigError(
        `no database at ${database.path}: start the server once, or check DATABASE_URL`,
      )
    }
  }
  return openStorage(database)
}

export interface StorageOptions extends PostgresOptions {
  /** Where the schema is migrated and the statements compiled (prepare-thread.ts); default here. */
  readonly prepareOn?: PrepareOn
  /** A store event listener threw: the write it reported had committed all the same. */
  readonly onEventError?: (error: unknown) => void
}

function openDriver(
  database: DatabaseConfig,
  events: EventHub,
  options: StorageOptions,
): Promise<StorageDriver> {
  switch (database.kind) {
    case 'sqlite':
      return openSqlite(
        database.path,
        events.publish,
        { maxBytes: database.maxBytes, diskReserve: database.diskReserve ?? 0 },
        options.prepareOn,
      )
    case 'postgres':
      // Loaded only when configured: the driver is megabytes a SQLite server never uses.
      return import('./postgres/index.js').then(({ openPostgres }) =>
        openPostgres(database.url, events.publish, options, options.prepareOn),
      )
  }
}
