import type { Statements } from './queries/index.js'
import { spawnWorker } from './worker-from-sources.js'

/** The database a start-up thread migrates. */
export type PrepareTarget =
  | { readonly engine: 'sqlite'; readonly path: string }
  | { readonly engine: 'postgres'; readonly url: string }

/**
 * Where a store migrates and compiles: on a start-up thread (the serving
 * process, which would otherwise keep kysely's ~10 MB for its whole life), or
 * here (short-lived processes, such as the admin CLI, and stores opened by
 * tests, which would only pay a thread's start for each one).
 */
export type PrepareOn = 'thread' | 'here'

export function prepareStatements(target: PrepareTarget, on: PrepareOn): Promise<Statements> {
  return on === 'thread' ? prepareOnThread(target) : prepareHere(target)
}

/** Migrates and compiles on this thread; each engine's code is imported only for it. */
export async function prepareHere(target: PrepareTarget): Promise<Statements> {
  return target.engine === 'sqlite'
    ? (await import('./sqlite/prepare.js')).prepareFile(target.path)
    : (await import('./postgres/prepare.js')).prepareSchema(target.url)
}

/**
 * Migrates the database and compiles the statements on a thread of its own
 * (prepare-worker.ts), which has exited, its memory gone, when this resolves.
 */
async function prepareOnThread(target: PrepareTarget): Promise<Statements> {
  const worker = await spawnWorker('prepare-worker', target)
  return new Promise((resolve, reject) => {
    let statements: Statements | undefined
    worker.once('message', (message: Statements) => (statements = message))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (statements) resolve(statements)
      else reject(new Error(`preparing the database failed (the thread exited with ${code})`))
    })
  })
}
