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

/**
 * For the benchmark: the environment that points a server at PostgreSQL,
 * in a schema of its own, or null when BENCH_DATABASE_URL (falling back to
 * TEST_DATABASE_URL) is unset. Call `drop()` when the run is over.
 */
export function postgresServerEnv(
  baseUrl = process.env.BENCH_DATABASE_URL?.trim() || TEST_DATABASE_URL,
): { readonly env: { readonly DATABASE_URL: string }; drop(): void } | null {
  if (!baseUrl) return null
  const schema = createPostgresSchema(baseUrl, 'bench')
  return { env: { DATABASE_URL: schema.url }, drop: () => schema.drop() }
}
