import type { NotificationEventType } from '../events.js'

/** The notification tables (migration 0004), as kysely sees them. */
export interface WebhookEndpointTable {
  id: string
  url: string
  signing_secret: string
  events: string
  owner: string | null
  created_at: number
}

export type DeliveryState = 'pending' | 'delivered' | 'failed'
export type DeliveryChannel = 'webhook' | 'email'

export interface DeliveryTable {
  id: string
  channel: DeliveryChannel
  endpoint_id: string | null
  event_type: NotificationEventType
  payload: string
  email_address: string | null
  email_language: string | null
  state: DeliveryState
  attempts: number
  next_attempt_at: number
  first_attempt_at: number | null
  lease_owner: string | null
  lease_until: number | null
  last_result: string | null
  created_at: number
  finished_at: number | null
}

export interface EmailTargetTable {
  secret_id: string
  address: string
  language: string
  created_at: number
}

// A type, not an interface: kysely's withTables needs its index signature.
export type NotificationDatabase = {
  webhook_endpoints: WebhookEndpointTable
  notification_deliveries: DeliveryTable
  notification_email_targets: EmailTargetTable
}
