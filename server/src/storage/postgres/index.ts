import pg from 'pg'
import { ConfigError } from '../../config.js'
import type { StorageDriver } from '../driver.js'
import {
  commitBatch,
  createJobBatcher,
  settleJobs,
  submitTo,
  type Publish,
  type Settled,
  type Writer,
} from '../commit/group-commit.js'
import { MIGRATION_TABLE, notApplied } from '../migrations/pending.js'
import { createPostgresExecutor, createStatementNames } from './executor.js'
import { prepareStatements, type PrepareOn } from '../prepare-thread.js'
import type { Statements } from '../queries/index.js'
import { types } from './types.js'
import type { WriteOp } from '../writes/index.js'

/** Connections per process: reads run concurrently; writes take one per batch. */
const POOL_SIZE = 10
/** Writes per transaction at most (as on SQLite). */
const MAX_BATCH = 256

export interface PostgresOptions {
  /** Operator warnings found at start-up (e.g. synchronous_commit off). */
  readonly onWarning?: (message: string) => void
}

/**
 * PostgreSQL: one pool per process. Reads run on any connection; writes
 * commit in batches, one transaction each (createPoolWriter); other replicas'
 * batches commit in parallel with this one's.
 */
export async function openPostgres(
  url: string,
  publish: Publish,
  options: PostgresOptions = {},
  prepareOn: PrepareOn = 'here',
): Promise<StorageDriver> {
  const statements = await prepareStatements({ engine: 'postgres', url }, prepareOn)
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types })
  // An idle connection that breaks (server restart) is dropped by the pool;
  // without a listener the error would end the process.
  pool.on('error', (err) => options.onWarning?.(`PostgreSQL connection lost: ${err.message}`))
  try {
    await checkDurability(pool, options.onWarning)
  } catch (err) {
    await pool.end()
    throw err
  }
  const names = createStatementNames()
  const writer = createPoolWriter(pool, statements, names, publish)
  return {
    statements,
    reader: createPostgresExecutor(pool, names),
    writer,
    ...serverTools(pool),
    async close() {
      try {
        await writer.close()
      } finally {
        await pool.end()
      }
    },
  }
}

/** The operator capabilities, the PostgreSQL way. */
function serverTools(
  pool: pg.Pool,
): Pick<StorageDriver, 'pendingMigrations' | 'footprint' | 'backup'> {
  return {
    async pendingMigrations() {
      const { rows } = await pool.query<{ table: string | null }>(
        `select to_regclass('${MIGRATION_TABLE}')::text as table`,
      )
      if (!rows[0]?.table) return notApplied([])
      const applied = await pool.query<{ name: string }>(`select name from ${MIGRATION_TABLE}`)
      return notApplied(applied.rows.map((r) => r.name))
    },
    async footprint() {
      // Tables with their indexes and TOAST, in this service's schema only.
      const { rows } = await pool.query<{ bytes: string }>(
        `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::text as bytes
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = current_schema() and c.relkind = 'r'`,
      )
      return { bytes: Number(rows[0]?.bytes ?? 0), walBytes: null, freeBytes: null }
    },
    backup(target) {
      // Consistent online copies of PostgreSQL are pg_dump's job, with the server's own credentials.
      return Promise.reject(
        new ConfigError(
          'backup copies SQLite files; for PostgreSQL run: ' +
            `pg_dump --format=custom --file=${JSON.stringify(target)} "$DATABASE_URL"`,
        ),
      )
    },
  }
}

/**
 * An acknowledged write must survive a crash of the database server: with
 * synchronous_commit off, COMMIT returns before the WAL is flushed, and a
 * claimed secret could come back after a crash.
 */
async function checkDurability(
  pool: pg.Pool,
  warn: ((message: string) => void) | undefined,
): Promise<void> {
  const { rows } = await pool.query<{ synchronous_commit: string }>('show synchronous_commit')
  const setting = rows[0]?.synchronous_commit
  if (setting === 'off') {
    warn?.(
      'PostgreSQL synchronous_commit is off: acknowledged creates can be lost and claimed secrets can reappear after a database crash; set it to on',
    )
  }
}

/**
 * Group commit, as on SQLite: the writes submitted in one event-loop turn
 * commit in one transaction on one pooled connection (commit/group-commit.ts;
 * a batch that fails is retried write by write, so only the bad write fails),
 * while the next batch forms. One transaction per write cost a round trip for
 * BEGIN and one for COMMIT, and a WAL flush, per request; and since every
 * create and last view updates the instance's row of `storage_usage`, those
 * transactions queued one behind the other on its row lock anyway, each
 * holding it through its own flush. A batch takes that lock once.
 */
function createPoolWriter(
  pool: pg.Pool,
  statements: Statements,
  names: ReturnType<typeof createStatementNames>,
  publish: Publish,
): Writer {
  let closed = false
  const batcher = createJobBatcher(async (jobs) => {
    const ops = jobs.map((j) => j.op)
    settleJobs(jobs, await commitOnConnection(pool, statements, names, ops), publish)
  }, MAX_BATCH)
  return {
    submit(op) {
      if (closed) return Promise.reject(new Error('the database is closed'))
      return submitTo(batcher, op)
    },
    // PostgreSQL manages its own write-ahead log.
    checkpoint: () => Promise.resolve(),
    async ping() {
      await pool.query('select 1')
    },
    async close() {
      closed = true
      await batcher.idle()
    },
  }
}

/** SQLSTATEs of a transaction PostgreSQL aborted to let a concurrent one through. */
const LOST_RACE = new Set(['40P01' /* deadlock_detected */, '40001' /* serialization_failure */])

const lostRace = (error: unknown): boolean =>
  error instanceof pg.DatabaseError && LOST_RACE.has(error.code ?? '')

/** One batch on a pooled connection; a connection that failed below SQL is not given back. */
async function commitOnConnection(
  pool: pg.Pool,
  statements: Statements,
  names: ReturnType<typeof createStatementNames>,
  ops: readonly WriteOp[],
): Promise<Settled[]> {
  let client: pg.PoolClient
  try {
    client = await pool.connect()
  } catch (error) {
    return ops.map(() => ({ ok: false, error }))
  }
  let broken: Error | undefined
  try {
    const outcomes = await commitBatch(createPostgresExecutor(client, names), statements, ops, {
      retryable: lostRace,
    })
    for (const outcome of outcomes) {
      if (!outcome.ok && !(outcome.error instanceof pg.DatabaseError)) {
        broken = outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error))
      }
    }
    return outcomes
  } finally {
    client.release(broken)
  }
}
