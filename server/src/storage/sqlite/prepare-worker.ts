import { parentPort, workerData } from 'node:worker_threads'
import type { Statements } from '../queries/index.js'
import { openConnection } from './connection.js'
import { prepareSchema } from './prepare.js'

/**
 * Migrates a database file, compiles the statements, sends them (plain data)
 * and exits. kysely is needed for nothing else, and an isolate never gives
 * back the memory of the modules it loaded: loaded by the thread that serves
 * requests, it kept ~13 MB resident for the life of the process.
 */
if (!parentPort) throw new Error('the schema preparation must run as a worker thread')
const { path } = workerData as { readonly path: string }
const raw = openConnection(path)
let statements: Statements
try {
  statements = await prepareSchema(raw)
} finally {
  raw.close()
}
parentPort.postMessage(statements)
