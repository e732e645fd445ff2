import type { Clock } from '../clock.js'
import type { NotificationStore } from '../storage/store.js'
import type { NotificationConfig } from '../config.js'
import {
  systemResolver,
  checkDestination,
  type DestinationPolicy,
  type Resolver,
} from './destinations/resolve.js'
import type { AttemptResult } from './delivery/http.js'
import type { Outbox } from './delivery/outbox.js'
import {
  createDeliveryWorker,
  type DeliveryOutcomes,
  type DeliveryWorker,
  type Send,
} from './delivery/worker.js'
import { createEmailSender } from './email/sender.js'
import type { NotificationEventType } from './events.js'
import { createEndpointStore, type EndpointStore, type WebhookEndpoint } from './store/endpoints.js'
import { newDeliveryId } from './store/enqueue.js'
import { createDbOutbox } from './store/outbox.js'
import { sendWebhook, WEBHOOK_TIMEOUT_MS } from './webhooks/send.js'

/** Delay before the second attempt; later ones double it (delivery/retry.ts). */
const BASE_RETRY_DELAY_MS = 30_000

export interface NotificationsOptions {
  /** The store's notification tables (`store.notifications`). */
  readonly store: NotificationStore
  readonly config: NotificationConfig
  readonly clock: Clock
  /** Host name resolution for destination checks; tests pass a local table. */
  readonly resolver?: Resolver
  readonly outcomes?: DeliveryOutcomes
  readonly onError?: (err: unknown) => void
  /** Per-attempt timeout; the default is the specified 10 s. */
  readonly timeoutMs?: number
}

export interface Notifications {
  readonly endpoints: EndpointStore
  readonly outbox: Outbox
  readonly worker: DeliveryWorker
  /** Whether e-mail can be sent (SMTP_URL and SMTP_FROM are set): creates may ask for one. */
  readonly emailEnabled: boolean
  /** Registers an endpoint after checking its destination; the signing secret is returned once. */
  addEndpoint(request: {
    url: string
    events: readonly NotificationEventType[]
    owner: string | null
  }): Promise<{ endpoint: WebhookEndpoint; signingSecret: string }>
  /** Sends a signed `webhook.test` to an endpoint now, outside the outbox; undefined: no such endpoint. */
  testEndpoint(id: string): Promise<AttemptResult | undefined>
  /** Stops the worker and the mail transport; the store is closed by its owner. */
  close(): Promise<void>
}

/** Webhooks and e-mail on one database: the endpoints, the outbox and its delivery worker. */
export function createNotifications({
  store,
  config,
  clock,
  resolver = systemResolver,
  outcomes,
  onError,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
}: NotificationsOptions): Notifications {
  const policy: DestinationPolicy = { resolver, allowPrivate: config.webhookAllowPrivate }
  const endpoints = createEndpointStore(store)
  const outbox = createDbOutbox(store, config.deliveryLease * 1000)
  const email =
    config.smtpUrl !== null && config.smtpFrom !== null
      ? createEmailSender({ url: config.smtpUrl, from: config.smtpFrom, timeoutMs })
      : null
  const send: Send = async (delivery) => {
    if (delivery.channel === 'email') {
      return email ? email.send(delivery) : { delivered: false, detail: 'SMTP_URL is not set' }
    }
    const endpoint =
      delivery.endpointId === null ? undefined : await endpoints.find(delivery.endpointId)
    if (!endpoint) return { delivered: false, detail: 'endpoint removed' }
    return sendWebhook(endpoint, delivery.id, delivery.payload, clock, policy, timeoutMs)
  }
  const worker = createDeliveryWorker({
    outbox,
    send,
    clock,
    policy: {
      maxAttempts: config.maxAttempts,
      maxAgeMs: config.maxRetryAge * 1000,
      baseDelayMs: BASE_RETRY_DELAY_MS,
    },
    ...(outcomes ? { outcomes } : {}),
    ...(onError ? { onError } : {}),
  })
  return {
    endpoints,
    outbox,
    worker,
    emailEnabled: email !== null,
    async addEndpoint({ url, events, owner }) {
      const checked = await checkDestination(url, policy)
      return endpoints.add({ url: checked.href, events, owner, now: clock.now() })
    },
    async testEndpoint(id) {
      const endpoint = await endpoints.find(id)
      if (!endpoint) return undefined
      const payload = JSON.stringify({
        type: 'webhook.test',
        timestamp: new Date(clock.now()).toISOString(),
        data: {},
      })
      return sendWebhook(endpoint, newDeliveryId(), payload, clock, policy, timeoutMs)
    },
    async close() {
      await worker.stop()
      email?.close()
    },
  }
}
