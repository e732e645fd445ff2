/**
 * Each test file (and each replica's neighbour application) may create and
 * drop schemas on the same PostgreSQL database while a store starts: starting
 * must never depend on another schema staying put while it migrates.
 */
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openStorage } from '../../src/storage/index.js'
import { createTestSchema, TEST_DATABASE_URL } from '../helpers/dialects.js'

/** Store starts while the neighbour churns: enough to hit the old race almost every run. */
const STARTS = 20
const NEIGHBOUR_TABLES = 8

/** Creates and drops schemas of a few tables each, back to back, until told to stop. */
function churnSchemas(url: string): { stop(): Promise<number> } {
  const client = new pg.Client({ connectionString: url })
  let stopping = false
  const tables = (name: string) =>
    Array.from(
      { length: NEIGHBOUR_TABLES },
      (_, i) => `create table ${name}.table_${i} (id text primary key, n integer, at bigint);`,
    ).join('')
  const done = (async () => {
    await client.connect()
    let rounds = 0
    try {
      while (!stopping) {
        const name = `t_neighbour_${process.pid}_${rounds++}`
        await client.query(`create schema ${name};${tables(name)}`)
        await client.query(`drop schema ${name} cascade`)
      }
    } finally {
      await client.end()
    }
    return rounds
  })()
  return {
    stop() {
      stopping = true
      return done
    },
  }
}

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL start-up beside other schemas', () => {
  it('migrates and opens while other schemas are created and dropped', async () => {
    const schema = await createTestSchema()
    const neighbour = churnSchemas(TEST_DATABASE_URL ?? '')
    const failures: string[] = []
    try {
      for (let i = 0; i < STARTS; i++) {
        try {
          const store = await openStorage({ kind: 'postgres', url: schema.url })
          await store.close()
        } catch (error) {
          failures.push(String(error))
        }
      }
    } finally {
      expect(await neighbour.stop()).toBeGreaterThan(0)
      await schema.drop()
    }
    expect(failures).toEqual([])
  }, 60_000)
})
