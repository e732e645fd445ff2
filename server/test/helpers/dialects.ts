import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, it } from 'vitest'

/** The engines the storage and route suites run on. */
export const DIALECTS = ['sqlite', 'postgres'] as const
export type Dialect = (typeof DIALECTS)[number]

/** A PostgreSQL server for tests (CI: postgres://postgres@127.0.0.1:5432/test); unset: SQLite only. */
// eslint-disable-next-line no-restricted-properties -- the test run's environment, not the server's configuration
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined

export interface TestSchema {
  /** TEST_DATABASE_URL with this schema as the search_path of every connection. */
  readonly url: string
  readonly name: string
  /** Drops the schema and everything in it. */
  drop(): Promise<void>
}

/**
 * A fresh schema per app or store, so test files running in parallel on one
 * database never see each other's rows or migrations.
 */
export async function createTestSchema(baseUrl = requirePostgres()): Promise<TestSchema> {
  const name = `t_${randomBytes(6).toString('hex')}`
  await adminQuery(baseUrl, `create schema ${name}`)
  const url = new URL(baseUrl)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    url: url.href,
    name,
    drop: () => adminQuery(baseUrl, `drop schema if exists ${name} cascade`),
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

function requirePostgres(): string {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set')
  return TEST_DATABASE_URL
}

/**
 * Runs a describe block once per engine. Without TEST_DATABASE_URL the
 * PostgreSQL run is reported as skipped, with the reason in its title.
 */
export function describeDialects(
  title: string,
  options: { readonly timeout?: number },
  body: (dialect: Dialect) => void,
): void {
  for (const dialect of DIALECTS) {
    if (dialect === 'postgres' && !TEST_DATABASE_URL) {
      describe.skip(`${title} [postgres: skipped, TEST_DATABASE_URL is not set]`, () => {
        it('runs only against a PostgreSQL server', () => undefined)
      })
      continue
    }
    describe(`${title} [${dialect}]`, options, () => body(dialect))
  }
}
