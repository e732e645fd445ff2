import type { Worker } from 'node:worker_threads'
import {
  createJobBatcher,
  settleJobs,
  submitTo,
  type Job,
  type Publish,
  type Settled,
  type Writer,
} from '../commit/group-commit.js'
import type { Statements } from '../queries/index.js'
import type { RoomOptions } from './reserve.js'
import type {
  WriterCommand,
  WriterData,
  WriterMessage,
  WriterReplyMessage as Reply,
  WriterRequest,
} from './writer-protocol.js'
import { spawnWorker } from '../worker-from-sources.js'

/**
 * Starts the SQLite writer thread on a migrated database file.
 * Writes of one event-loop turn travel as one message and commit as one
 * transaction; while the thread commits (and fsyncs), the next batch forms.
 */
export async function startWorkerWriter(
  path: string,
  statements: Statements,
  maxBatch: number,
  publish: Publish,
  room: RoomOptions,
): Promise<Writer> {
  const data: WriterData = { path, statements, room }
  const worker = await spawnWorker('sqlite/writer-worker', data)
  const pending = new Map<number, (reply: Reply) => void>()
  let seq = 0
  let stopped: Error | null = null

  await waitUntilReady(worker)

  const fail = (error: Error): void => {
    stopped ??= error
    for (const resolve of pending.values())
      resolve({ type: 'reply', seq: -1, error: error.message })
    pending.clear()
  }
  worker.on('message', (message: WriterMessage) => {
    if (message.type !== 'reply') return
    pending.get(message.seq)?.(message)
    pending.delete(message.seq)
  })
  worker.on('error', (err) => fail(err))
  worker.on('exit', () => fail(new Error('the database writer has stopped')))

  function call(command: WriterCommand): Promise<Reply> {
    if (stopped) return Promise.reject(stopped)
    const id = ++seq
    return new Promise<Reply>((resolve) => {
      pending.set(id, resolve)
      const request: WriterRequest = { ...command, seq: id }
      worker.postMessage(request)
    })
  }

  async function expectOk(command: WriterCommand): Promise<Reply> {
    const reply = await call(command)
    if (reply.error !== undefined) throw new Error(reply.error)
    return reply
  }

  const batcher = createJobBatcher(async (jobs: Job[]) => {
    let outcomes: Settled[]
    try {
      const reply = await expectOk({ type: 'batch', ops: jobs.map((j) => j.op) })
      outcomes = (reply.results ?? []).map((r) =>
        r.ok ? r : { ok: false, error: new Error(r.error) },
      )
    } catch (error) {
      outcomes = jobs.map(() => ({ ok: false, error }))
    }
    settleJobs(jobs, outcomes, publish)
  }, maxBatch)

  let closed: Promise<void> | null = null
  return {
    submit: (op) => submitTo(batcher, op),
    async checkpoint() {
      await expectOk({ type: 'checkpoint' })
    },
    async ping() {
      await expectOk({ type: 'ping' })
    },
    close() {
      closed ??= (async () => {
        await batcher.idle()
        if (stopped) return
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
        await expectOk({ type: 'close' })
        await exited
      })()
      return closed
    },
  }
}

/** Resolves once the writer opened its connection; a failure terminates it. */
async function waitUntilReady(worker: Worker): Promise<void> {
  let onMessage: (message: WriterMessage) => void = () => undefined
  let onError: (err: Error) => void = () => undefined
  let onExit: () => void = () => undefined
  try {
    await new Promise<void>((resolve, reject) => {
      onMessage = (message) => {
        if (message.type === 'ready') resolve()
      }
      onError = reject
      onExit = () => reject(new Error('the database writer exited during start-up'))
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    })
  } catch (err) {
    await worker.terminate()
    throw err
  } finally {
    // Only these listeners: Worker manages its message port through its own.
    worker.off('message', onMessage).off('error', onError).off('exit', onExit)
  }
}
