import type { Template } from './queries/template.js'

/**
 * Runs compiled statements on one engine. Dialect-neutral code (write-ops.ts,
 * secret-store.ts) talks to the database only through this.
 */
export interface Executor {
  /** Rows of a statement that returns rows (SELECT, or RETURNING). */
  rows<Row, Args extends object>(statement: Template<Row, Args>, args: Args): Promise<Row[]>
  /** Runs a statement; resolves to the number of rows it changed. */
  run<Args extends object>(statement: Template<unknown, Args>, args: Args): Promise<number>
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>
}
