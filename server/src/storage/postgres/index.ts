import { Kysely, sql } from 'kysely'
import pg from 'pg'
import { ConfigError } from '../../config.js'
import type { StorageDriver } from '../driver.js'
import { POSTGRES } from '../dialect.js'
import type { Publish, Writer } from '../commit/group-commit.js'
import type { StoreEvent } from '../events.js'
import { migrate } from '../migrations/migrate.js'
import { MIGRATION_TABLE, notApplied } from '../migrations/pending.js'
import { createPostgresExecutor, createStatementNames } from './executor.js'
import { CurrentSchemaPostgresDialect } from './introspector.js'
import type { Database } from '../schema.js'
import { compileStatements, type Statements } from '../queries/index.js'
import { applyWrite, type WriteOp } from '../writes/index.js'

/** Connections per process: writes run concurrently, each in its own transaction. */
const POOL_SIZE = 10
const INT8_OID = 20

/**
 * Timestamps are bigint milliseconds; pg returns int8 as a string because it
 * may exceed 2^53. Epoch milliseconds stay far below that, so they are parsed
 * to numbers, as SQLite returns them.
 */
const types = new pg.TypeOverrides()
types.setTypeParser(INT8_OID, 'text', Number)

export interface PostgresOptions {
  /** Operator warnings found at start-up (e.g. synchronous_commit off). */
  readonly onWarning?: (message: string) => void
}

/**
 * PostgreSQL: one pool per process. Reads run on any connection; each write
 * is one transaction on a connection of its own, so writes from this and
 * other replicas commit in parallel (PostgreSQL groups their WAL flushes).
 */
export async function openPostgres(
  url: string,
  publish: Publish,
  options: PostgresOptions = {},
): Promise<StorageDriver> {
  const statements = await prepareSchema(url)
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
 * Migrates with kysely's Migrator (which takes an advisory lock, so replicas
 * starting together migrate once) and compiles the statements.
 */
async function prepareSchema(url: string): Promise<Statements> {
  const db = new Kysely<Database>({
    dialect: new CurrentSchemaPostgresDialect({
      pool: new pg.Pool({ connectionString: url, max: 1, types }),
    }),
  })
  try {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
    const schema = rows[0]?.schema
    if (schema === undefined) throw new Error('PostgreSQL has no current schema: check search_path')
    await migrate(db, POSTGRES.columnTypes, schema)
    return compileStatements(db, POSTGRES)
  } finally {
    await db.destroy()
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

/** Each write in its own transaction on its own pooled connection; close waits for those in flight. */
function createPoolWriter(
  pool: pg.Pool,
  statements: Statements,
  names: ReturnType<typeof createStatementNames>,
  publish: Publish,
): Writer {
  const inFlight = new Set<Promise<unknown>>()
  let closed = false
  async function write(op: WriteOp): Promise<unknown> {
    const client = await pool.connect()
    let broken: Error | undefined
    try {
      const db = createPostgresExecutor(client, names)
      const events: StoreEvent[] = []
      const value = await db.transaction(() => applyWrite(db, statements, op, events))
      if (events.length > 0) publish(events)
      return value
    } catch (err) {
      // A connection-level failure must not return the client to the pool.
      if (!(err instanceof pg.DatabaseError))
        broken = err instanceof Error ? err : new Error(String(err))
      throw err
    } finally {
      client.release(broken)
    }
  }
  return {
    submit(op) {
      if (closed) return Promise.reject(new Error('the database is closed'))
      const pending = write(op)
      inFlight.add(pending)
      const forget = (): void => {
        inFlight.delete(pending)
      }
      pending.then(forget, forget)
      return pending as never
    },
    // PostgreSQL manages its own write-ahead log.
    checkpoint: () => Promise.resolve(),
    async ping() {
      await pool.query('select 1')
    },
    async close() {
      closed = true
      await Promise.allSettled([...inFlight])
    },
  }
}
