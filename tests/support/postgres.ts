import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

/** PostgreSQL and Redis for the scale tests (CI: postgres://postgres@127.0.0.1:5432/test, redis://127.0.0.1:6379). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL?.trim() || undefined

export interface PostgresSchema {
  /** The database URL with this schema as every connection's search_path: a server's DATABASE_URL. */
  readonly url: string
  readonly name: string
  /** Drops the schema and everything in it. */
  drop(): void
}

/**
 * A fresh, empty schema on `baseUrl`, so runs never see each other's rows. The
 * tests package has no PostgreSQL driver of its own; psql, which comes with
 * every PostgreSQL installation, does the two statements.
 */
export function createPostgresSchema(baseUrl: string, prefix = 't'): PostgresSchema {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  psql(baseUrl, `create schema ${name}`)
  const url = new URL(baseUrl)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    url: url.href,
    name,
    drop: () => psql(baseUrl, `drop schema if exists ${name} cascade`),
  }
}

function psql(url: string, statement: string): void {
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', statement], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10_000,
  })
}

/** Where `pnpm bench` looks for PostgreSQL when neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set. */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test'

/**
 * For the benchmark: a fresh schema on BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL, else the local default, with the environment that points
 * a server at it; or why PostgreSQL cannot be used (unreachable, no psql).
 * Call `drop()` when the run is over.
 */
export function benchPostgres():
  | {
      readonly url: string
      readonly env: { readonly DATABASE_URL: string }
      drop(): void
      /** Another fresh schema on the same server (the pgbench ceiling's). */
      schema(prefix: string): PostgresSchema
    }
  | { readonly skipped: string } {
  const base =
    process.env.BENCH_DATABASE_URL?.trim() || TEST_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL
  const shown = redact(base)
  try {
    const schema = createPostgresSchema(base, 'bench')
    return {
      url: shown,
      env: { DATABASE_URL: schema.url },
      drop: () => schema.drop(),
      schema: (prefix) => createPostgresSchema(base, prefix),
    }
  } catch (error) {
    const detail =
      (error as { stderr?: Buffer }).stderr?.toString().trim() ||
      (error instanceof Error ? error.message : String(error))
    return { skipped: `cannot create a schema on ${shown}: ${detail.split('\n')[0] ?? ''}` }
  }
}

/** The URL without its password, for output. */
function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.href
  } catch {
    return '(unparsable URL)'
  }
}
