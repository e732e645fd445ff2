import { parentPort, workerData } from 'node:worker_threads'
import { prepareHere, type PrepareTarget } from './prepare-thread.js'

/**
 * Migrates the database, compiles the statements, sends them (plain data)
 * and exits. kysely is needed for nothing else, and an isolate never gives
 * back the memory of the modules it loaded: loaded by the thread that serves
 * requests, it kept ~10 MB resident for the life of the process.
 */
if (!parentPort) throw new Error('the schema preparation must run as a worker thread')
parentPort.postMessage(await prepareHere(workerData as PrepareTarget))
