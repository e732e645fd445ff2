import type { Clock } from './clock.js'
import { IDEMPOTENCY_RETENTION_MS } from './secrets/idempotency.js'
import type { SecretStore } from './storage/index.js'
import { UPLOAD_WINDOW_MS } from './uploads/window.js'

export interface Sweeper {
  /** One full pass; concurrent calls share the pass in progress. Resolves to rows deleted. */
  runOnce(): Promise<number>
  /** Runs a pass every interval until stopped; a no-op when the interval is 0. */
  start(): void
  /** Cancels the schedule and waits for a pass in progress. */
  stop(): Promise<void>
}

/** The log calls a sweep makes: Fastify's logger fits, and so does the admin tool's. */
export interface SweepLog {
  info(details: object, message: string): void
  error(details: object, message: string): void
}

export interface SweeperOptions {
  readonly store: SecretStore
  readonly clock: Clock
  /** Milliseconds between passes; 0 disables the schedule (runOnce still works). */
  readonly intervalMs: number
  readonly log: SweepLog
  /**
   * Most rows one batch deletes; a batch ends at this or at `batchMs`,
   * whichever comes first.
   */
  readonly batchSize?: number
  /** Longest a batch may keep deleting, ms: what a request's write may wait behind it. */
  readonly batchMs?: number
}

/** Uploads or chunked envelopes per statement: each can hold MAX_TOTAL_BYTES of rows. */
const UPLOAD_SWEEP_BATCH = 8

/**
 * Hygiene, not correctness: every read already filters on expiry. Deletes
 * rows past their expiry (their payloads cascade) in batches bounded by rows
 * and by time, each committed alone; requests' writes queued meanwhile commit
 * between two batches, so a sweep of a million rows delays a write by at most
 * one batch (its commit and checkpoint). At the end of the pass it truncates
 * the write-ahead log, which still holds old pages of deleted ciphertext.
 * Payloads of viewed or burned secrets are deleted in the same transaction
 * that changes their state, so no pass is needed for them. Streamed uploads
 * never completed within UPLOAD_WINDOW_MS go too, and so do chunks that a
 * download still held when the process stopped, and Idempotency-Key answers
 * older than their 24 hours.
 */
export function createSweeper({
  store,
  clock,
  intervalMs,
  log,
  batchSize = 500,
  batchMs = 10,
}: SweeperOptions): Sweeper {
  const bounds = { rows: batchSize, ms: batchMs }
  let running: Promise<number> | null = null
  let timer: NodeJS.Timeout | null = null
  let stopped = false

  async function pass(): Promise<number> {
    let total = 0
    for (;;) {
      const deleted = await store.deleteExpired(clock.now(), bounds)
      total += deleted
      if (deleted === 0) break
      await nextTurn()
    }
    // Remembered Idempotency-Key answers: small rows, not counted as secrets.
    for (;;) {
      const deleted = await store.sweepIdempotency(
        clock.now() - IDEMPOTENCY_RETENTION_MS,
        batchSize,
      )
      if (deleted < batchSize) break
      await nextTurn()
    }
    // Requests whose own expiry and every answer's have passed (answers go with them).
    for (;;) {
      const deleted = await store.requests.sweep(clock.now(), batchSize)
      if (deleted < batchSize) break
      await nextTurn()
    }
    for (;;) {
      const since = clock.now() - UPLOAD_WINDOW_MS
      const deleted = await store.sweepUploads(since, since, UPLOAD_SWEEP_BATCH)
      total += deleted
      if (deleted === 0) break
      await nextTurn()
    }
    await store.checkpoint()
    if (total > 0) log.info({ deleted: total }, 'sweeper removed expired secrets')
    return total
  }

  function runOnce(): Promise<number> {
    running ??= pass().finally(() => {
      running = null
    })
    return running
  }

  function schedule(): void {
    if (stopped || intervalMs <= 0) return
    timer = setTimeout(() => {
      runOnce()
        .catch((err: unknown) => log.error({ err }, 'sweeper pass failed'))
        .finally(schedule)
    }, intervalMs)
    timer.unref()
  }

  return {
    runOnce,
    start() {
      stopped = false
      if (!timer) schedule()
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
      await running?.catch(() => undefined)
    },
  }
}

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve))
}
