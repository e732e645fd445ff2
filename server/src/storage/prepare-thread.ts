import type { Statements } from './queries/index.js'
import { spawnWorker } from './worker-from-sources.js'

/** The database a start-up thread migrates. */
export type PrepareTarget =
  | { readonly engine: 'sqlite'; readonly path: string }
  | { readonly engine: 'postgres'; readonly url: string }

/**
 * Migrates the database and compiles the statements on a thread of its own
 * (prepare-worker.ts), which has exited, its memory gone, when this resolves.
 */
export async function prepareOnThread(target: PrepareTarget): Promise<Statements> {
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
