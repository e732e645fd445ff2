import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import type { DatabaseConfig } from '../../src/config.js'
import { openStorage, type SecretStore, type StorageOptions } from '../../src/storage/index.js'
import type { NewSecret } from '../../src/storage/records.js'
import { createTestSchema, type Dialect } from '../helpers/dialects.js'

/** A fresh directory for a database file, removed after the test. */
export function tempDatabasePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-storage-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return join(dir, 'db', 'hushlink.db')
}

/** A row the store accepts; the storage layer never looks inside the envelope. */
export function newSecret(overrides: Partial<NewSecret> = {}): NewSecret {
  const now = Date.UTC(2030, 0, 1)
  return {
    id: randomBytes(16).toString('base64url'),
    kind: 1,
    header: randomBytes(84),
    envelope: randomBytes(1654),
    accessVerifier: randomBytes(32),
    passVerifier: null,
    receiptVerifier: randomBytes(32),
    maxViews: 1,
    maxFailures: 5,
    createdAt: now,
    expiresAt: now + 3_600_000,
    owner: null,
    notBefore: null,
    ...overrides,
  }
}

/** A store on a fresh database of the engine: a temp SQLite file, or a PostgreSQL schema. */
export async function openTestStore(
  dialect: Dialect,
  options: StorageOptions = {},
): Promise<{ readonly store: SecretStore; readonly database: DatabaseConfig }> {
  let database: DatabaseConfig
  if (dialect === 'postgres') {
    const schema = await createTestSchema()
    onTestFinished(() => schema.drop())
    database = { kind: 'postgres', url: schema.url }
  } else {
    database = { kind: 'sqlite', path: tempDatabasePath() }
  }
  const store = await openStorage(database, options)
  // onTestFinished hooks run in reverse order: the store closes before its schema goes.
  onTestFinished(() => store.close())
  return { store, database }
}
