import { randomBytes } from 'node:crypto'
import type { Executor } from '../../storage/executor.js'
import {
  isOpening,
  type BurnCause,
  type NotificationEvent,
  type NotificationEventType,
} from '../events.js'
import { buildPayload } from '../webhooks/payload.js'
import type { NotificationStatements } from './statements.js'

/** A delivery id, also the `webhook-id`: `msg_` and 128 random bits. */
export function newDeliveryId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`
}

/**
 * Writes the outbox rows for one committed change. Call it inside the
 * transaction that makes the change, so the notification commits (or rolls
 * back) with it: never lost, never sent for a change that did not happen.
 * Returns how many deliveries it queued.
 */
export async function enqueueNotifications(
  db: Executor,
  s: NotificationStatements,
  event: NotificationEvent,
  /** What may be listening, when the caller already knows (notifyChange): statements saved. */
  waiting: { readonly endpoints: boolean; readonly email: boolean } = {
    endpoints: true,
    email: true,
  },
): Promise<number> {
  const payload = JSON.stringify(buildPayload(event))
  const row = {
    event_type: event.type,
    payload,
    state: 'pending' as const,
    attempts: 0,
    next_attempt_at: event.occurredAt,
    first_attempt_at: null,
    created_at: event.occurredAt,
  }
  let queued = 0
  const endpoints = waiting.endpoints ? await db.rows(s.endpointsFor, { owner: event.owner }) : []
  for (const endpoint of endpoints) {
    if (!endpoint.events.split(',').includes(event.type)) continue
    await db.run(s.insertDelivery, {
      ...row,
      id: newDeliveryId(),
      channel: 'webhook',
      endpoint_id: endpoint.id,
      email_address: null,
      email_language: null,
    })
    queued++
  }
  // The address waits for the first opening; any other end of the secret just erases it.
  const opened = isOpening(event.type)
  if (waiting.email && (opened || event.viewsLeft === 0)) {
    const [target] = await db.rows(s.takeEmailTarget, { secret_id: event.secretId })
    if (target && opened) {
      await db.run(s.insertDelivery, {
        ...row,
        id: newDeliveryId(),
        channel: 'email',
        endpoint_id: null,
        email_address: target.address,
        email_language: target.language,
      })
      queued++
    }
  }
  return queued
}

/** Remembers whom to e-mail when the secret is first opened; call it in the create's transaction. */
export async function addEmailTarget(
  db: Executor,
  s: NotificationStatements,
  target: { secretId: string; address: string; language: string; now: number },
): Promise<void> {
  await db.run(s.insertEmailTarget, {
    secret_id: target.secretId,
    address: target.address,
    language: target.language,
    created_at: target.now,
  })
}

/** What a notification says about a secret, read from its row (or from the row just deleted). */
export interface NotificationSubject {
  readonly owner: string | null
  readonly createdAt: number
  readonly expiresAt: number
}

/** A committed change to a secret, as the write handlers know it. */
export interface SecretChange {
  readonly type: NotificationEventType
  readonly secretId: string
  readonly at: number
  readonly viewsLeft: number
  readonly cause?: BurnCause
  /**
   * Given when the row is already gone (the sweeper) or was just read with the
   * change (the one-trip claim); read from the row otherwise.
   */
  readonly subject?: NotificationSubject
}

/** The answer of the `notificationGate` statement (SQLite 1/0, PostgreSQL booleans). */
export interface NotificationGate {
  readonly endpoint: unknown
  readonly email: unknown
}

/**
 * The outbox hook of the store's write handlers: call it inside the
 * transaction of the change. With no endpoint registered and no address
 * waiting on the secret it costs one small statement and queues nothing.
 */
export async function notifyChange(
  db: Executor,
  s: NotificationStatements,
  change: SecretChange,
  /** The gate, when the statement of the change already asked it (storage/queries/one-trip.ts). */
  known?: NotificationGate,
): Promise<number> {
  const [gate] = known ? [known] : await db.rows(s.notificationGate, { secret_id: change.secretId })
  // SQLite answers 1/0, PostgreSQL booleans.
  const waiting = {
    endpoints: Boolean(Number(gate?.endpoint)),
    email: Boolean(Number(gate?.email)),
  }
  if (!waiting.endpoints && !waiting.email) return 0
  let subject = change.subject
  if (!subject) {
    const [row] = await db.rows(s.notificationSubject, { id: change.secretId })
    if (!row) return 0
    subject = { owner: row.owner, createdAt: row.created_at, expiresAt: row.expires_at }
  }
  return enqueueNotifications(
    db,
    s,
    {
      type: change.type,
      secretId: change.secretId,
      occurredAt: change.at,
      viewsLeft: change.viewsLeft,
      ...subject,
      ...(change.cause === undefined ? {} : { cause: change.cause }),
    },
    waiting,
  )
}
