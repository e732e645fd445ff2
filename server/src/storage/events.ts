import type { SecretState } from './schema.js'

/**
 * What a committed write changed, one event per change, published only after
 * the transaction that made it committed (a rolled-back write publishes
 * nothing). Events name the secret and carry times and counts, never
 * ciphertext, tokens or verifiers. `at` is the writer's clock (ms).
 */
export type StoreEvent =
  /** A secret created with its envelope (JSON create). */
  | (SecretEvent<'created'> & { readonly expiresAt: number; readonly size: number })
  /** A streamed upload's last part arrived: the secret is live from now on. */
  | (SecretEvent<'upload_completed'> & { readonly expiresAt: number; readonly size: number })
  /** One view counted; 0 left means this view consumed the secret. */
  | (SecretEvent<'viewed'> & { readonly viewsLeft: number })
  /** One wrong passphrase counted; 0 left means the secret burned (a `burned` event follows). */
  | (SecretEvent<'passphrase_failed'> & { readonly attemptsLeft: number })
  | (SecretEvent<'burned'> & { readonly cause: BurnCause })
  /** Admin changed a live secret's limits. */
  | (SecretEvent<'amended'> & { readonly expiresAt: number; readonly maxViews: number })
  /** The sweeper deleted the row past its expiry; `state` is the state it had (active: never opened). */
  | (SecretEvent<'expired'> & { readonly expiresAt: number; readonly state: SecretState })
  /**
   * A request (`id` is the request's) took an answer, the secret `answerId`
   * (created in the same transaction); 0 left means it is closed now.
   */
  | (SecretEvent<'request_answered'> & { readonly answerId: string; readonly answersLeft: number })
  /** The requester closed a request early (`id` is the request's). */
  | SecretEvent<'request_closed'>

/** `request`: burned through its receipt; `passphrase_failures`: its last wrong passphrase. */
export type BurnCause = 'request' | 'passphrase_failures'

interface SecretEvent<T extends string> {
  readonly type: T
  readonly id: string
  readonly at: number
}

export type StoreEventType = StoreEvent['type']

export type StoreEventListener = (event: StoreEvent) => void

/** The subscription side, on the store: `store.events.subscribe(listener)`. */
export interface StoreEvents {
  /**
   * Calls `listener` synchronously, in commit order, for every event after its
   * commit. A listener that throws is reported to the hub's `onError` and never
   * fails the write nor stops other listeners. Returns the unsubscribe function.
   */
  readonly subscribe: (listener: StoreEventListener) => () => void
}

/** The publishing side, held by the writer: never handed to subscribers. */
export interface EventHub extends StoreEvents {
  readonly publish: (events: readonly StoreEvent[]) => void
}

export function createEventHub(onError: (error: unknown) => void = () => undefined): EventHub {
  let listeners: readonly StoreEventListener[] = []
  return {
    subscribe(listener) {
      listeners = [...listeners, listener]
      return () => {
        listeners = listeners.filter((l) => l !== listener)
      }
    },
    publish(events) {
      // A copy-on-write list: a listener that (un)subscribes does not disturb this loop.
      const current = listeners
      for (const event of events) {
        for (const listener of current) {
          try {
            listener(event)
          } catch (error) {
            onError(error)
          }
        }
      }
    },
  }
}
