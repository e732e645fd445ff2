/**
 * Collects items pushed during one event-loop turn and hands them over
 * together; while a batch is being handled, new items wait and form the next
 * batch, handled as soon as the previous one settles. An item for which
 * `alone` holds is handed over in a batch of its own, in its place in the order.
 */
export class TurnBatcher<T> {
  readonly #handle: (items: T[]) => Promise<void>
  readonly #maxBatch: number
  readonly #alone: (item: T) => boolean
  #queue: T[] = []
  #draining: Promise<void> | null = null

  constructor(
    handle: (items: T[]) => Promise<void>,
    maxBatch: number,
    alone: (item: T) => boolean = () => false,
  ) {
    this.#handle = handle
    this.#maxBatch = Math.max(1, maxBatch)
    this.#alone = alone
  }

  push(item: T): void {
    this.#queue.push(item)
    this.#draining ??= this.#drain()
  }

  /** Settles once everything pushed so far has been handled. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining
  }

  async #drain(): Promise<void> {
    // Let every request already readable in this turn add its item first.
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (this.#queue.length > 0) await this.#handle(this.#queue.splice(0, this.#nextSize()))
    this.#draining = null
  }

  /** How many queued items the next batch takes. */
  #nextSize(): number {
    const limit = Math.min(this.#maxBatch, this.#queue.length)
    for (let i = 0; i < limit; i++) {
      if (this.#alone(this.#queue[i] as T)) return i === 0 ? 1 : i
    }
    return limit
  }
}
