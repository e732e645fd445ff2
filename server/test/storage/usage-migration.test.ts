import { randomBytes } from 'node:crypto'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { describe, expect, it, onTestFinished } from 'vitest'
import { InCodeMigrationProvider } from '../../src/storage/migrations/index.js'
import { prepareSchema } from '../../src/storage/sqlite/prepare.js'
import { openConnection } from '../../src/storage/sqlite/connection.js'
import { APP_TESTS } from '../helpers/app.js'
import { tempDatabasePath } from './fixtures.js'

describe('migration 0006 (storage usage)', APP_TESTS, () => {
  it('seeds the running totals from the secrets that hold ciphertext, per owner', async () => {
    const raw = openConnection(tempDatabasePath())
    onTestFinished(() => {
      raw.close()
    })
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({
        database: { prepare: (sql) => raw.prepare(sql), close: () => undefined },
      }),
    })
    const provider = new InCodeMigrationProvider({ binary: 'blob', timestamp: 'integer' })
    const { error } = await new Migrator({ db, provider }).migrateTo('0003-api-keys')
    expect(error).toBeUndefined()
    await db.destroy()
    const insert = raw.prepare(
      `insert into secrets (id, state, kind, envelope_size, header, access_verifier, max_views,
         max_failures, created_at, expires_at, owner)
       values (?, ?, 1, ?, ?, ?, 1, 5, 1, 2, ?)`,
    )
    const rows: [string, string, number, string | null][] = [
      ['a', 'active', 1000, null],
      ['b', 'uploading', 20_000, 'ci'],
      ['c', 'active', 300, 'ci'],
      ['d', 'viewed', 50_000, 'ci'],
      ['e', 'burned', 70_000, null],
      ['f', 'active', 4000, 'ops'],
    ]
    for (const [id, state, size, owner] of rows)
      insert.run(id, state, size, randomBytes(84), randomBytes(32), owner)

    await prepareSchema(raw)

    expect(raw.prepare('select scope, bytes from storage_usage order by scope').all()).toEqual([
      { scope: '*', bytes: 25_300 },
      { scope: 'ci', bytes: 20_300 },
      { scope: 'ops', bytes: 4000 },
    ])
  })
})
