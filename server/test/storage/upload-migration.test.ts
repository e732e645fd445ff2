import { randomBytes } from 'node:crypto'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { describe, expect, it, onTestFinished } from 'vitest'
import { InCodeMigrationProvider } from '../../src/storage/migrations/index.js'
import { prepareSchema } from '../../src/storage/sqlite/prepare.js'
import { openConnection } from '../../src/storage/sqlite/connection.js'
import { APP_TESTS } from '../helpers/app.js'
import { tempDatabasePath } from './fixtures.js'

describe('migration 0002 (streamed uploads)', APP_TESTS, () => {
  it('keeps every secret and payload of a database made by 0001, foreign keys included', async () => {
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
    const { error } = await new Migrator({ db, provider }).migrateTo('0001-create-secrets')
    expect(error).toBeUndefined()
    await db.destroy()
    const envelope = randomBytes(1654)
    const insert = raw.prepare(
      `insert into secrets (id, state, kind, envelope_size, header, access_verifier, max_views,
         views, fail_count, max_failures, created_at, expires_at, claimed_at, state_at)
       values (?, ?, 1, 1654, ?, ?, 2, ?, 0, 5, 1, 2, ?, ?)`,
    )
    insert.run('a', 'active', randomBytes(84), randomBytes(32), 1, 5, null)
    insert.run('b', 'viewed', randomBytes(84), randomBytes(32), 2, 6, 7)
    raw.prepare('insert into payloads (id, envelope) values (?, ?)').run('a', envelope)

    await prepareSchema(raw)

    expect(
      raw.prepare('select id, state, views, claimed_at, state_at from secrets order by id').all(),
    ).toEqual([
      { id: 'a', state: 'active', views: 1, claimed_at: 5, state_at: null },
      { id: 'b', state: 'viewed', views: 2, claimed_at: 6, state_at: 7 },
    ])
    const payload = raw.prepare('select envelope from payloads where id = ?').pluck().get('a')
    expect(Buffer.compare(payload as Buffer, envelope)).toBe(0)
    raw.prepare(`update secrets set state = 'uploading' where id = 'a'`).run()
    expect(() => raw.prepare(`update secrets set state = 'gone' where id = 'a'`).run()).toThrow(
      /CHECK constraint/,
    )
    // Payloads and chunks still go with their secret.
    raw.prepare('insert into payload_chunks (id, seq, data) values (?, 0, ?)').run('a', envelope)
    raw.prepare(`delete from secrets where id = 'a'`).run()
    expect(raw.prepare('select count(*) from payloads').pluck().get()).toBe(0)
    expect(raw.prepare('select count(*) from payload_chunks').pluck().get()).toBe(0)
    expect(raw.pragma('foreign_key_check')).toEqual([])
  })
})
