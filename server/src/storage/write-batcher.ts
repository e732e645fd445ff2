import type { Kysely, Transaction } from 'kysely'

export type WriteWork<DB, T> = (trx: Transaction<DB>) => Promise<T>

interface Job<DB> {
  readonly work: WriteWork<DB, unknown>
  readonly resolve: (value: unknown) => void
  readonly reject: (reason: unknown) => void
}

/**
 * Group commit. With synchronous=FULL every commit costs an fsync; writes that
 * arrive in the same event-loop turn are run one after another inside ONE
 * transaction, and each caller's promise settles only after that transaction
 * has committed, so an acknowledgement still means "durable".
 *
 * Each write is a function of the open transaction; writes see the effects of
 * the writes before them in the batch exactly as if they had been committed
 * one by one, so a conditional UPDATE still picks a single winner. Expected
 * outcomes (lost race, duplicate id) are return values. A write that throws
 * aborts the batch; the batch is then rolled back and its writes re-run one
 * per transaction, so one bad write never fails the others.
 */
export class WriteBatcher<DB> {
  readonly #db: Kysely<DB>
  readonly #maxBatch: number
  #queue: Job<DB>[] = []
  #draining: Promise<void> | null = null

  constructor(db: Kysely<DB>, maxBatch: number) {
    this.#db = db
    this.#maxBatch = Math.max(1, maxBatch)
  }

  run<T>(work: WriteWork<DB, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
      this.#draining ??= this.#drain()
    })
  }

  /** Settles once every write queued so far has been committed or rejected. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining
  }

  async #drain(): Promise<void> {
    // Let every request that is already readable in this turn queue its write first.
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (this.#queue.length > 0) {
      await this.#commit(this.#queue.splice(0, this.#maxBatch))
    }
    this.#draining = null
  }

  async #commit(batch: readonly Job<DB>[]): Promise<void> {
    if (batch.length > 1) {
      let results: unknown[] | undefined
      try {
        results = await this.#db.transaction().execute(async (trx) => {
          const out: unknown[] = []
          for (const job of batch) out.push(await job.work(trx))
          return out
        })
      } catch {
        // Rolled back as a whole: retry each write alone so only the bad one fails.
      }
      if (results) {
        batch.forEach((job, i) => job.resolve(results[i]))
        return
      }
    }
    for (const job of batch) {
      try {
        job.resolve(await this.#db.transaction().execute(job.work))
      } catch (err) {
        job.reject(err)
      }
    }
  }
}
