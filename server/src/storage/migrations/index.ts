import type { Migration, MigrationProvider } from 'kysely'
import { createSecrets } from './0001-create-secrets.js'
import { streamedUploads } from './0002-streamed-uploads.js'
import { apiKeys } from './0003-api-keys.js'
import { requests } from './0005-requests.js'
import { storageUsage } from './0006-storage-usage.js'
import { chunkLeases } from './0007-chunk-leases.js'
import { timeLock } from './0008-time-lock.js'
import { secretLinks } from './0009-secret-links.js'
import { keyQuotas } from './0010-key-quotas.js'
import type { ColumnTypes } from './column-types.js'
import { notifications } from './0004-notifications.js'
import { MIGRATION_NAMES, type MigrationName } from './pending.js'

export type { ColumnTypes } from './column-types.js'

/**
 * Migrations live in code rather than in a scanned folder, so they survive
 * bundling and deployment and run in a fixed, reviewed order.
 */
export class InCodeMigrationProvider implements MigrationProvider {
  readonly #types: ColumnTypes

  constructor(types: ColumnTypes) {
    this.#types = types
  }

  getMigrations(): Promise<Record<string, Migration>> {
    const types = this.#types
    return Promise.resolve(
      Object.fromEntries(MIGRATION_NAMES.map((name) => [name, MIGRATIONS[name](types)])),
    )
  }
}

/** Each shipped migration's code, by its name in MIGRATION_NAMES (all of them, no other). */
const MIGRATIONS: Record<MigrationName, (types: ColumnTypes) => Migration> = {
  '0001-create-secrets': createSecrets,
  '0002-streamed-uploads': streamedUploads,
  '0003-api-keys': apiKeys,
  '0004-notifications': notifications,
  '0005-requests': requests,
  '0006-storage-usage': storageUsage,
  '0007-chunk-leases': chunkLeases,
  '0008-time-lock': timeLock,
  '0009-secret-links': secretLinks,
  '0010-key-quotas': keyQuotas,
}
