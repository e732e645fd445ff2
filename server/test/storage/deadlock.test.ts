/**
 * Replicas on one PostgreSQL database commit their batches side by side, and
 * two transactions can take the same rows in opposite orders. PostgreSQL then
 * aborts one of them (deadlock_detected). A write that loses so must run
 * again, never reach its caller as a 500: the replica race
 * (tests/scale/replicas.test.ts) once saw exactly that.
 */
import pg from 'pg'
import { describe, expect, it, onTestFinished } from 'vitest'
import { INSTANCE_SCOPE } from '../../src/storage/schema.js'
import { TEST_DATABASE_URL } from '../helpers/dialects.js'
import { newSecret, openTestStore } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)

/** Resolves once some backend waits for a lock that `pid` holds. */
async function blockedBy(client: pg.Client, pid: number): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where $1 = any(pg_blocking_pids(pid))`,
      [pid],
    )
    if ((rows[0]?.n ?? 0) > 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.skipIf(!TEST_DATABASE_URL)('a write that loses a deadlock on PostgreSQL', () => {
  it('runs again and succeeds', async () => {
    const { store, database } = await openTestStore('postgres')
    if (database.kind !== 'postgres') throw new Error('a PostgreSQL store was asked for')
    const secret = newSecret()
    expect(await store.insert(secret)).toBe(true)

    // The other transaction: it holds the instance's usage row (as another
    // replica's batch of creates does), waits long before looking for
    // deadlocks itself, and so is the one PostgreSQL lets through.
    const other = new pg.Client({ connectionString: database.url })
    await other.connect()
    onTestFinished(() => other.end())
    const watcher = new pg.Client({ connectionString: database.url })
    await watcher.connect()
    onTestFinished(() => watcher.end())
    const { rows } = await other.query<{ pid: number }>('select pg_backend_pid() as pid')
    const otherPid = rows[0]?.pid ?? 0
    await other.query(`begin; set local deadlock_timeout = '30s'`)
    await other.query('update storage_usage set bytes = bytes where scope = $1', [INSTANCE_SCOPE])

    // The last view locks the secret's row, then waits for the usage row.
    const claim = store.claim(secret.id, NOW)
    await blockedBy(watcher, otherPid)
    // Now the other transaction wants the secret's row: a cycle, which the
    // claim's connection finds first (deadlock_timeout 1s) and loses.
    await other.query('update secrets set views = views where id = $1', [secret.id])
    await other.query('rollback')

    expect(await claim).toEqual({ envelope: secret.envelope, viewsLeft: 0 })
    expect(await store.claim(secret.id, NOW)).toBeUndefined()
  })
})
