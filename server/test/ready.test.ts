import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { buildTestApp } from './helpers/app.js'

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
