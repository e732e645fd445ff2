/**
 * What a notification reports: the store's committed changes that someone
 * may want to hear about. Only what the server can already see; never
 * ciphertext, tokens, verifiers or anything from a link fragment.
 */
export const NOTIFICATION_EVENTS = [
  'secret.viewed',
  'secret.burned',
  'secret.expired',
  'secret.passphrase_exhausted',
] as const

export type NotificationEventType = (typeof NOTIFICATION_EVENTS)[number]

/** Why a secret was burned; expiry and exhausted passphrases have event types of their own. */
export type BurnCause = 'receipt' | 'admin'

export interface NotificationEvent {
  readonly type: NotificationEventType
  readonly secretId: string
  /** Name of the API key that created the secret; null without one. */
  readonly owner: string | null
  /** Milliseconds since the epoch: when the change was committed. */
  readonly occurredAt: number
  readonly createdAt: number
  readonly expiresAt: number
  /** Views left after this change; 0 once nothing can be opened any more. */
  readonly viewsLeft: number
  readonly cause?: BurnCause
}

export function isNotificationEvent(value: string): value is NotificationEventType {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(value)
}

/** Events that mean the secret was opened: the ones an e-mail notification is sent for. */
export function isOpening(type: NotificationEventType): boolean {
  return type === 'secret.viewed'
}
