import type { StoreEvent } from '../events.js'
import type { Executor } from '../executor.js'
import type { Statements } from '../queries/index.js'
import { TurnBatcher } from './turn-batcher.js'
import {
  applyWrite,
  commitsAlone,
  type WriteKind,
  type WriteOp,
  type WriteResult,
  type WriteResults,
} from '../writes/index.js'

/** A write's outcome: its result and the changes it committed, or its error. */
export type Settled =
  | { readonly ok: true; readonly value: WriteResult; readonly events: readonly StoreEvent[] }
  | { readonly ok: false; readonly error: unknown }

/** Where committed writes' events go (the store's event hub). */
export type Publish = (events: readonly StoreEvent[]) => void

/**
 * Where writes go. Each submitted write resolves only after the transaction
 * that contains it has committed, so an acknowledgement means "durable".
 */
export interface Writer {
  submit<K extends WriteKind>(op: Extract<WriteOp, { kind: K }>): Promise<WriteResults[K]>
  /** Moves committed pages out of the write-ahead log and truncates it. */
  checkpoint(): Promise<void>
  /** Fails when the writer can no longer write. */
  ping(): Promise<void>
  /** Waits for queued writes, then releases the connection. */
  close(): Promise<void>
}

/** How a batch's writes are run, beyond the writes themselves. */
export interface CommitRules {
  /** Runs before each write, in its transaction; throwing fails that write (sqlite/reserve.ts). */
  readonly before?: (op: WriteOp) => void
  /**
   * Whether a write that failed alone lost a race rather than broke a rule
   * (PostgreSQL: another replica's batch took the same rows in the other
   * order, and the server aborted this one to end the deadlock). Such a
   * write was rolled back, so it runs again.
   */
  readonly retryable?: (error: unknown) => boolean
}

/** Runs of a write alone that lost a race, at most: each loss means another write won. */
const ATTEMPTS = 4

/**
 * Group commit: the writes of a batch run one after another inside ONE
 * transaction, so one fsync (synchronous=FULL) covers all of them. Each write
 * sees the effects of those before it exactly as if they had been committed
 * one by one, so a conditional UPDATE still picks a single winner. A write
 * that throws aborts the batch; it is then rolled back and every write re-run
 * in its own transaction, so one bad write never fails the others.
 */
export async function commitBatch(
  db: Executor,
  statements: Statements,
  ops: readonly WriteOp[],
  { before = () => undefined, retryable = () => false }: CommitRules = {},
): Promise<Settled[]> {
  if (ops.length > 1) {
    try {
      return await db.transaction(async () => {
        const settled: Settled[] = []
        for (const op of ops) {
          const events: StoreEvent[] = []
          before(op)
          settled.push({ ok: true, value: await applyWrite(db, statements, op, events), events })
        }
        return settled
      })
    } catch {
      // Rolled back as a whole (with the events its writes emitted): retry each
      // write alone so only the bad one fails.
    }
  }
  const settled: Settled[] = []
  for (const op of ops) {
    for (let attempt = 1; ; attempt++) {
      try {
        const events: StoreEvent[] = []
        const value = await db.transaction(async () => {
          before(op)
          return applyWrite(db, statements, op, events)
        })
        settled.push({ ok: true, value, events })
        break
      } catch (error) {
        if (attempt < ATTEMPTS && retryable(error)) continue
        settled.push({ ok: false, error })
        break
      }
    }
  }
  return settled
}

export interface Job {
  readonly op: WriteOp
  readonly resolve: (value: WriteResult) => void
  readonly reject: (reason: unknown) => void
}

/**
 * Settles each job with its committed outcome, in order, publishing the
 * events of each write before its caller hears it committed.
 */
export function settleJobs(
  jobs: readonly Job[],
  outcomes: readonly Settled[],
  publish: Publish,
): void {
  jobs.forEach((job, i) => {
    const outcome = outcomes[i]
    if (outcome?.ok) {
      if (outcome.events.length > 0) publish(outcome.events)
      job.resolve(outcome.value)
    } else job.reject(outcome ? outcome.error : new Error('write lost its outcome'))
  })
}

/** A batcher of jobs that commits housekeeping writes alone (see commitsAlone). */
export function createJobBatcher(
  handle: (jobs: Job[]) => Promise<void>,
  maxBatch: number,
): TurnBatcher<Job> {
  return new TurnBatcher(handle, maxBatch, (job) => commitsAlone(job.op))
}

/** Submits a write to a batcher of jobs and types its result by kind. */
export function submitTo<K extends WriteKind>(
  batcher: TurnBatcher<Job>,
  op: Extract<WriteOp, { kind: K }>,
): Promise<WriteResults[K]> {
  return new Promise<WriteResults[K]>((resolve, reject) => {
    batcher.push({ op, resolve: resolve as (value: WriteResult) => void, reject })
  })
}

/** Group commit on a connection of this thread (in-memory SQLite; engines with their own pools). */
export function createInProcessWriter(
  db: Executor,
  statements: Statements,
  options: {
    readonly maxBatch: number
    readonly checkpoint: () => Promise<void>
    readonly publish: Publish
  },
): Writer {
  const batcher = createJobBatcher(
    async (jobs) =>
      settleJobs(
        jobs,
        await commitBatch(
          db,
          statements,
          jobs.map((j) => j.op),
        ),
        options.publish,
      ),
    options.maxBatch,
  )
  return {
    submit: (op) => submitTo(batcher, op),
    checkpoint: options.checkpoint,
    async ping() {
      await db.rows(statements.ping, {})
    },
    async close() {
      await batcher.idle()
    },
  }
}
