import { statSync } from 'node:fs'
import type Sqlite from 'better-sqlite3'
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely'
import { compileCountStates } from '../storage/admin-statements.js'
import type { Database } from '../storage/schema.js'
import { bind } from '../storage/template.js'

/** Aggregates only: counts and sizes, never an id or anything per secret. */
export interface DatabaseStats {
  readonly secrets: {
    /** Readable now. */
    readonly active: number
    /** Past expiry, never served, waiting for the sweeper. */
    readonly expired: number
    readonly viewed: number
    readonly burned: number
    readonly burnedByFailures: number
  }
  /** Stored ciphertexts (active secrets only: opened and burned ones have none). */
  readonly payloads: { readonly count: number; readonly bytes: number }
  readonly file: { readonly bytes: number; readonly walBytes: number; readonly freeBytes: number }
}

/** Secret rows per stored state; `expired`: active ones past their expiry. */
export interface StateCount {
  readonly state: string
  readonly expired: boolean
  readonly n: number
}

/** The counts an operator reads, from rows grouped by state and expiry (here and the admin API). */
export function countByState(rows: readonly StateCount[]): DatabaseStats['secrets'] {
  const count = (state: string, expired = false): number =>
    rows.find((r) => r.state === state && r.expired === expired)?.n ?? 0
  return {
    active: count('active'),
    expired: count('active', true),
    viewed: count('viewed'),
    burned: count('burned'),
    burnedByFailures: count('burned_failures'),
  }
}

/** The admin API's count, compiled for SQLite without a connection: tools run it on their own. */
const countStates = compileCountStates(
  new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  }),
)

export function readStats(db: Sqlite.Database, path: string, now: number): DatabaseStats {
  // One read transaction, so the counts and sizes describe the same moment.
  return db.transaction(() => {
    const rows = db.prepare(countStates.sql).all(bind(countStates, { now })) as {
      state: string
      expired: number
      n: number
    }[]
    const payloads = db
      .prepare(
        'select count(*) as count, coalesce(sum(length(envelope)), 0) as bytes from payloads',
      )
      .get() as { count: number; bytes: number }
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const pages = db.pragma('page_count', { simple: true }) as number
    const free = db.pragma('freelist_count', { simple: true }) as number
    return {
      secrets: countByState(rows.map((r) => ({ ...r, expired: r.expired === 1 }))),
      payloads,
      file: {
        bytes: pages * pageSize,
        walBytes: fileSize(`${path}-wal`),
        freeBytes: free * pageSize,
      },
    }
  })()
}

function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
