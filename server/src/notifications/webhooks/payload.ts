import type { NotificationEvent } from '../events.js'

/**
 * The JSON body of a webhook, in the Standard Webhooks shape
 * (`type`, `timestamp`, `data`). Built from the event's fields one by one,
 * so nothing else the store knows can slip in.
 */
export interface WebhookPayload {
  readonly type: NotificationEvent['type']
  readonly timestamp: string
  readonly data: {
    readonly secret_id: string
    readonly owner: string | null
    readonly created_at: string
    readonly expires_at: string
    readonly views_left: number
    readonly cause?: NotificationEvent['cause']
  }
}

export function buildPayload(event: NotificationEvent): WebhookPayload {
  const iso = (ms: number): string => new Date(ms).toISOString()
  return {
    type: event.type,
    timestamp: iso(event.occurredAt),
    data: {
      secret_id: event.secretId,
      owner: event.owner,
      created_at: iso(event.createdAt),
      expires_at: iso(event.expiresAt),
      views_left: event.viewsLeft,
      ...(event.cause === undefined ? {} : { cause: event.cause }),
    },
  }
}
