import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { commitBatch, createJobBatcher, type Job } from '../../src/storage/commit/group-commit.js'
import type { WriteOp } from '../../src/storage/writes/index.js'
import { prepareSchema } from '../../src/storage/sqlite/prepare.js'
import { openConnection } from '../../src/storage/sqlite/connection.js'
import { createSqliteExecutor } from '../../src/storage/sqlite/executor.js'
import { openStorage } from '../../src/storage/index.js'
import { APP_TESTS } from '../helpers/app.js'
import { newSecret, tempDatabasePath } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)

describe('group commit', APP_TESTS, () => {
  it('commits a batch together and isolates a write that fails', async () => {
    const path = tempDatabasePath()
    const raw = openConnection(path)
    onTestFinished(() => {
      raw.close()
    })
    const statements = await prepareSchema(raw)
    const db = createSqliteExecutor(raw)
    const a = newSecret()
    const c = newSecret({ maxViews: 2 })
    // max_failures 11 breaks a CHECK constraint: the statement throws mid-batch.
    const bad = newSecret({ maxFailures: 11 })

    const settled = await commitBatch(db, statements, [
      { kind: 'insert', secret: a },
      { kind: 'insert', secret: bad },
      { kind: 'insert', secret: c },
      { kind: 'insert', secret: a },
      { kind: 'claim', id: c.id, now: NOW },
      { kind: 'claim', id: c.id, now: NOW },
      { kind: 'claim', id: c.id, now: NOW },
    ])
    expect(settled.map((s) => (s.ok ? s.value : 'error'))).toEqual([
      true,
      'error',
      true,
      false,
      { envelope: c.envelope, viewsLeft: 1 },
      { envelope: c.envelope, viewsLeft: 0 },
      null,
    ])
    const ids = raw.prepare('select id from secrets order by id').pluck().all()
    expect(ids).toEqual([a.id, c.id].sort())
    expect(raw.prepare('select id from payloads').pluck().all()).toEqual([a.id])
  })

  it('acknowledges a write only once another connection can read it', async () => {
    const path = tempDatabasePath()
    const store = await openStorage({ kind: 'sqlite', path })
    onTestFinished(() => store.close())
    const secrets = Array.from({ length: 50 }, () => newSecret())
    const inserted = await Promise.all(secrets.map((s) => store.insert(s)))
    expect(inserted.every(Boolean)).toBe(true)
    // A connection of its own, as a restarted process would open.
    const other = new BetterSqlite3(path, { readonly: true })
    onTestFinished(() => {
      other.close()
    })
    const count = other.prepare('select count(*) as n from secrets').get() as { n: number }
    expect(count.n).toBe(50)
  })

  it('rejects only the bad write of a batch sent to the writer thread', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    onTestFinished(() => store.close())
    const good = Array.from({ length: 20 }, () => newSecret())
    const results = await Promise.allSettled([
      ...good.slice(0, 10).map((s) => store.insert(s)),
      store.insert(newSecret({ maxFailures: 11 })),
      ...good.slice(10).map((s) => store.insert(s)),
    ])
    expect(results.map((r) => r.status)).toEqual([
      ...Array<string>(10).fill('fulfilled'),
      'rejected',
      ...Array<string>(10).fill('fulfilled'),
    ])
    for (const s of good) expect(await store.findActive(s.id, NOW)).toBeDefined()
  })

  it('finishes queued writes before closing, and refuses writes afterwards', async () => {
    const store = await openStorage({ kind: 'sqlite', path: tempDatabasePath() })
    const writes = Array.from({ length: 30 }, () => store.insert(newSecret()))
    await store.close()
    expect(await Promise.all(writes)).toEqual(Array<boolean>(30).fill(true))
    await expect(store.insert(newSecret())).rejects.toThrow()
    await store.close()
  })

  it('commits a sweep batch in a transaction of its own, in its place in the queue', async () => {
    const batches: string[][] = []
    const batcher = createJobBatcher(async (jobs) => {
      batches.push(jobs.map((j) => j.op.kind))
      for (const job of jobs) job.resolve(null)
    }, 256)
    const job = (op: WriteOp): Job => ({ op, resolve: () => undefined, reject: () => undefined })
    const claim = (): WriteOp => ({ kind: 'claim', id: 'x', now: NOW })
    const sweep: WriteOp = { kind: 'sweep', now: NOW, bounds: { rows: 500, ms: 10 } }
    // All pushed in one turn: without the rule they would form a single batch.
    for (const op of [claim(), claim(), sweep, claim(), sweep, sweep, claim()])
      batcher.push(job(op))
    await batcher.idle()
    expect(batches).toEqual([
      ['claim', 'claim'],
      ['sweep'],
      ['claim'],
      ['sweep'],
      ['sweep'],
      ['claim'],
    ])
  })

  it('works the same on a private in-memory database', async () => {
    const store = await openStorage({ kind: 'sqlite', path: ':memory:' })
    onTestFinished(() => store.close())
    const secret = newSecret({ maxViews: 2 })
    expect(await store.insert(secret)).toBe(true)
    const claims = await Promise.all(Array.from({ length: 5 }, () => store.claim(secret.id, NOW)))
    expect(claims.filter(Boolean)).toHaveLength(2)
  })
})
