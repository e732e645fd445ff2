/**
 * Collects items pushed during one event-loop turn and hands them over
 * together; while a batch is being handled, new items wait and form the next
 * batch, handled as soon as the previous one settles.
 */
export class TurnBatcher<T> {
  readonly #handle: (items: T[]) => Promise<void>
  readonly #maxBatch: number
  #queue: T[] = []
  #draining: Promise<void> | null = null

  constructor(handle: (items: T[]) => Promise<void>, maxBatch: number) {
    this.#handle = handle
    this.#maxBatch = Math.max(1, maxBatch)
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
    while (this.#queue.length > 0) {
      await this.#handle(this.#queue.splice(0, this.#maxBatch))
    }
    this.#draining = null
  }
}
