/**
 * The common create and claim: one statement each on PostgreSQL
 * (queries/one-trip.ts), the statements of writes/ on SQLite; either way the
 * same answers, events and storage_usage totals, and a refused quota leaves
 * nothing behind.
 */
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { DatabaseConfig } from '../../src/config.js'
import { commitBatch } from '../../src/storage/commit/group-commit.js'
import { POSTGRES } from '../../src/storage/dialect.js'
import type { Executor } from '../../src/storage/executor.js'
import {
  createPostgresExecutor,
  createStatementNames,
} from '../../src/storage/postgres/executor.js'
import { compileStatements } from '../../src/storage/queries/index.js'
import type { Database } from '../../src/storage/schema.js'
import type { WriteOp } from '../../src/storage/writes/index.js'
import { APP_TESTS } from '../helpers/app.js'
import { describeDialects, TEST_DATABASE_URL } from '../helpers/dialects.js'
import { newSecret, openTestStore } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)
const SIZE = newSecret().envelope.length

/** Every row of storage_usage, read beside the store. */
async function usage(database: DatabaseConfig): Promise<Record<string, number>> {
  const sql = 'select scope, bytes from storage_usage order by scope'
  let rows: { scope: string; bytes: number | string }[]
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      rows = (await client.query<{ scope: string; bytes: string }>(sql)).rows
    } finally {
      await client.end()
    }
  } else {
    const raw = new BetterSqlite3(database.path, { readonly: true })
    try {
      rows = raw.prepare<[], { scope: string; bytes: number }>(sql).all()
    } finally {
      raw.close()
    }
  }
  return Object.fromEntries(rows.map((r) => [r.scope, Number(r.bytes)]))
}

/** A claim's answer with its envelope as a plain Uint8Array (pg answers Buffers). */
function plain(claimed: unknown): unknown {
  if (!claimed || typeof claimed !== 'object' || !('envelope' in claimed)) return claimed
  const { envelope } = claimed as { envelope: Uint8Array | null }
  return { ...claimed, envelope: envelope && Uint8Array.from(envelope) }
}

describeDialects('creates and claims, as the quota counts them', APP_TESTS, (dialect) => {
  it('keeps storage_usage exact and leaves nothing of a refused create', async () => {
    const { store, database } = await openTestStore(dialect)
    const quota = { instance: Math.floor(3.5 * SIZE), owner: Math.floor(1.5 * SIZE) }
    const anonymous = newSecret({ maxViews: 2, quota })
    const owned = newSecret({ owner: 'ci', quota })
    expect(await store.insert(anonymous)).toBe(true)
    expect(await store.insert(owned)).toBe(true)
    expect(await store.insert(owned)).toBe(false)
    expect(await usage(database)).toEqual({ '*': 2 * SIZE, ci: SIZE })

    // The owner refuses: the instance's reservation is given back, the row goes.
    const overOwner = newSecret({ owner: 'ci', quota })
    expect(await store.insert(overOwner)).toEqual({ overQuota: 'owner', limit: quota.owner })
    expect(await store.findActive(overOwner.id, NOW)).toBeUndefined()
    expect(await usage(database)).toEqual({ '*': 2 * SIZE, ci: SIZE })
    // Too large for a limit on its own: refused before any total is read.
    const huge = newSecret({ envelope: new Uint8Array(4 * SIZE), quota })
    expect(await store.insert(huge)).toEqual({ overQuota: 'instance', limit: quota.instance })

    expect(await store.insert(newSecret({ owner: 'ops', quota }))).toBe(true)
    const overInstance = newSecret({ owner: 'ops', quota })
    expect(await store.insert(overInstance)).toEqual({
      overQuota: 'instance',
      limit: quota.instance,
    })
    expect(await usage(database)).toEqual({ '*': 3 * SIZE, ci: SIZE, ops: SIZE })

    // A view that leaves views frees nothing; the last one frees the instance's and the owner's.
    expect(plain(await store.claim(anonymous.id, NOW))).toEqual({
      envelope: Uint8Array.from(anonymous.envelope),
      viewsLeft: 1,
    })
    expect(await usage(database)).toEqual({ '*': 3 * SIZE, ci: SIZE, ops: SIZE })
    expect(plain(await store.claim(owned.id, NOW))).toEqual({
      envelope: Uint8Array.from(owned.envelope),
      viewsLeft: 0,
    })
    expect(await store.claim(owned.id, NOW)).toBeUndefined()
    expect(await usage(database)).toEqual({ '*': 2 * SIZE, ci: 0, ops: SIZE })

    // The refused id was never taken: it can be created once there is room.
    expect(await store.insert(overOwner)).toBe(true)
    expect(await usage(database)).toEqual({ '*': 3 * SIZE, ci: SIZE, ops: SIZE })
  })
})

/** An executor that counts the statements it runs (BEGIN and COMMIT are not statements here). */
function counting(db: Executor): { readonly db: Executor; statements(): number } {
  let count = 0
  return {
    db: {
      rows: (statement, args) => {
        count++
        return db.rows(statement, args)
      },
      run: (statement, args) => {
        count++
        return db.run(statement, args)
      },
      transaction: (work) => db.transaction(work),
    },
    statements: () => count,
  }
}

describe.skipIf(!TEST_DATABASE_URL)('the common writes on PostgreSQL', APP_TESTS, () => {
  it('are one statement each: a create, a view, the last view', async () => {
    const { database } = await openTestStore('postgres')
    if (database.kind !== 'postgres') throw new Error('a PostgreSQL store was asked for')
    const pool = new pg.Pool({ connectionString: database.url, max: 1 })
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    onTestFinished(() => kysely.destroy())
    const statements = compileStatements(kysely, POSTGRES)
    const client = await pool.connect()
    onTestFinished(() => client.release())
    const executor = counting(createPostgresExecutor(client, createStatementNames()))
    const secret = newSecret({ maxViews: 2 })
    const run = async (op: WriteOp) => {
      const before = executor.statements()
      const [settled] = await commitBatch(executor.db, statements, [op])
      return { settled, statements: executor.statements() - before }
    }

    expect(await run({ kind: 'insert', secret })).toEqual({
      settled: { ok: true, value: true, events: [expect.objectContaining({ type: 'created' })] },
      statements: 1,
    })
    const views = [
      await run({ kind: 'claim', id: secret.id, now: NOW }),
      await run({ kind: 'claim', id: secret.id, now: NOW }),
    ]
    expect(views.map((v) => v.statements)).toEqual([1, 1])
    expect(views.map((v) => v.settled?.ok && plain(v.settled.value))).toEqual([
      { envelope: Uint8Array.from(secret.envelope), viewsLeft: 1 },
      { envelope: Uint8Array.from(secret.envelope), viewsLeft: 0 },
    ])
    expect(views.map((v) => v.settled?.ok && v.settled.events)).toEqual([
      [{ type: 'viewed', id: secret.id, at: NOW, viewsLeft: 1 }],
      [{ type: 'viewed', id: secret.id, at: NOW, viewsLeft: 0 }],
    ])
    expect(await usage(database)).toEqual({ '*': 0 })
  })
})
