import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { buildTestApp } from './helpers/app.js'
import { TEST_DATABASE_URL } from './helpers/dialects.js'

describe('GET /ready', () => {
  it('is ready once the database answers and every migration is applied', async () => {
    const { app } = await buildTestApp()
    const res = await app.inject({ method: 'GET', url: '/ready' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ready' })
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('answers 503 while a migration this build ships is missing from the database', async () => {
    const { app, dir } = await buildTestApp()
    const db = new Sqlite(join(dir, 'db', 'hushlink.db'))
    const removed = db
      .prepare("delete from kysely_migration where name = '0001-create-secrets'")
      .run()
    db.close()
    expect(removed.changes).toBe(1)

    const res = await app.inject({ method: 'GET', url: '/ready' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending' })
    // Liveness is a different question: the process and its database still answer.
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200)
  })

  it('is ready on a private in-memory database, which the store migrated itself', async () => {
    const { app } = await buildTestApp({ DATABASE_URL: 'sqlite::memory:' })
    const res = await app.inject({ method: 'GET', url: '/ready' })
    expect(res.statusCode).toBe(200)
  })
})

describe.skipIf(!TEST_DATABASE_URL)('GET /ready on PostgreSQL (needs TEST_DATABASE_URL)', () => {
  it('is ready when migrated, and answers 503 while a shipped migration is missing', async () => {
    const { app, config } = await buildTestApp({}, 'postgres')
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200)
    if (config.database.kind !== 'postgres') throw new Error('expected a PostgreSQL app')

    const { app: second } = await buildTestApp({ DATABASE_URL: config.database.url })
    const client = new pg.Client({ connectionString: config.database.url })
    await client.connect()
    try {
      await client.query("delete from kysely_migration where name = '0001-create-secrets'")
    } finally {
      await client.end()
    }
    // The first app saw every migration applied and does not ask again; a fresh one does.
    const res = await second.inject({ method: 'GET', url: '/ready' })
    expect(res.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending' })
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200)
  })
})
