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
    return Promise.resolve({
      '0001-create-secrets': createSecrets(this.#types),
      '0002-streamed-uploads': streamedUploads(this.#types),
      '0003-api-keys': apiKeys(this.#types),
      '0004-notifications': notifications(this.#types),
      '0005-requests': requests(this.#types),
      '0006-storage-usage': storageUsage(this.#types),
      '0007-chunk-leases': chunkLeases(this.#types),
      '0008-time-lock': timeLock(this.#types),
      '0009-secret-links': secretLinks(this.#types),
      '0010-key-quotas': keyQuotas(this.#types),
    })
  }
}
