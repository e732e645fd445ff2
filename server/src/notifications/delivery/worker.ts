import type { Clock } from '../../clock.js'
import type { AttemptResult } from './http.js'
import type { DueDelivery, Outbox } from './outbox.js'
import { nextAttemptAt, type RetryPolicy } from './retry.js'

/** Finished deliveries stay visible in the admin API this long, then go. */
export const KEEP_FINISHED_MS = 7 * 24 * 3_600_000
const PRUNE_EVERY_MS = 60_000
const PRUNE_BATCH = 1000

/** Sends one delivery once; the worker decides what the outcome means for the next attempt. */
export type Send = (delivery: DueDelivery) => Promise<AttemptResult>

export interface DeliveryOutcomes {
  delivered(channel: DueDelivery['channel']): void
  failed(channel: DueDelivery['channel']): void
}

export interface DeliveryWorkerOptions {
  readonly outbox: Outbox
  readonly send: Send
  readonly policy: RetryPolicy
  readonly clock: Clock
  /** Deliveries leased per round, sent concurrently. */
  readonly batch?: number
  /** Milliseconds between looks at the outbox while it has nothing due. */
  readonly idleMs?: number
  readonly outcomes?: DeliveryOutcomes
  /** A round that failed as a whole (database down); never carries ids or addresses. */
  readonly onError?: (err: unknown) => void
}

export interface DeliveryWorker {
  start(): void
  /** Looks at the outbox now rather than at the next tick (e.g. right after a commit). */
  wake(): void
  /** One round: leases what is due and attempts each; resolves to how many it attempted. */
  runOnce(): Promise<number>
  /** Deliveries pending after the last round (the queue-depth gauge: a scrape never queries). */
  queueDepth(): number
  /** Finishes the round in progress; deliveries leased but not attempted come back after their lease. */
  stop(): Promise<void>
}

/**
 * Takes due deliveries from the outbox and attempts them, each in its own
 * promise: a slow or dead endpoint holds only its own delivery, never a
 * claim (claims never touch the outbox's leases) nor the others in its batch.
 */
export function createDeliveryWorker({
  outbox,
  send,
  policy,
  clock,
  batch = 32,
  idleMs = 1000,
  outcomes,
  onError,
}: DeliveryWorkerOptions): DeliveryWorker {
  let running = false
  let timer: NodeJS.Timeout | undefined
  let round: Promise<unknown> = Promise.resolve()
  // One round at a time; a wake during a round starts the next one right after it.
  let busy = false
  let again = false

  async function attempt(delivery: DueDelivery): Promise<void> {
    let result: AttemptResult
    try {
      result = await send(delivery)
    } catch {
      result = { delivered: false, detail: 'send failed' }
    }
    const now = clock.now()
    if (result.delivered) {
      await outbox.markDelivered(delivery.id, now, `HTTP ${result.status}`)
      outcomes?.delivered(delivery.channel)
      return
    }
    const next = nextAttemptAt(policy, delivery.attempts + 1, delivery.firstAttemptAt ?? now, now)
    if (next === null) {
      await outbox.markFailed(delivery.id, now, result.detail)
      outcomes?.failed(delivery.channel)
    } else {
      await outbox.markRetry(delivery.id, now, next, result.detail)
    }
  }

  let depth = 0
  let prunedAt = -Infinity

  async function runOnce(): Promise<number> {
    const now = clock.now()
    const due = await outbox.claimDue(batch, now)
    const settled = await Promise.allSettled(due.map(attempt))
    for (const s of settled) if (s.status === 'rejected') onError?.(s.reason)
    depth = await outbox.pendingCount()
    if (now - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = now
      await outbox.pruneFinished(now - KEEP_FINISHED_MS, PRUNE_BATCH)
    }
    return due.length
  }

  function schedule(delay: number): void {
    if (!running) return
    clearTimeout(timer)
    timer = setTimeout(tick, delay)
  }

  function tick(): void {
    if (busy) {
      again = true
      return
    }
    busy = true
    again = false
    round = runOnce().then(
      // A full batch means more may be due: go again at once.
      (count) => done(again || count >= batch ? 0 : idleMs),
      (err: unknown) => {
        onError?.(err)
        done(idleMs)
      },
    )
  }

  function done(delay: number): void {
    busy = false
    schedule(delay)
  }

  return {
    start() {
      if (running) return
      running = true
      schedule(0)
    },
    wake() {
      schedule(0)
    },
    runOnce,
    queueDepth: () => depth,
    async stop() {
      running = false
      clearTimeout(timer)
      await round
    },
  }
}
