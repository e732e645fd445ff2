import { randomUUID } from 'node:crypto'
import type { DueDelivery, Outbox } from '../delivery/outbox.js'
import type { NotificationDb } from './database.js'
import type { ClaimedRow } from './statements.js'

/**
 * Longest a claimed delivery stays with one worker: well over the 10 s
 * request timeout, so only a worker that died loses its deliveries.
 */
export const LEASE_MS = 60_000

/** The outbox in the database; `owner` names this worker in its leases. */
export function createDbOutbox(
  { reader, write, statements: s }: NotificationDb,
  owner: string = randomUUID(),
): Outbox {
  const mark = async (
    statement: typeof s.markDelivered | typeof s.markFailed,
    id: string,
    now: number,
    result: string,
  ): Promise<void> => {
    await write((db) => db.run(statement, { id, owner, now, result }))
  }
  return {
    async claimDue(limit, now) {
      if ((await reader.rows(s.anyDue, { now })).length === 0) return []
      const rows = await write((db) =>
        db.rows(s.claimDue, { limit, now, owner, lease_until: now + LEASE_MS }),
      )
      return rows.map(toDue)
    },
    markDelivered: (id, now, result) => mark(s.markDelivered, id, now, result),
    markFailed: (id, now, result) => mark(s.markFailed, id, now, result),
    async markRetry(id, now, nextAt, result) {
      await write((db) => db.run(s.markRetry, { id, owner, now, next_at: nextAt, result }))
    },
    pruneFinished: (before, limit) => write((db) => db.run(s.pruneFinished, { before, limit })),
    async pendingCount() {
      const [row] = await reader.rows(s.pendingCount, {})
      return row?.count ?? 0
    },
  }
}

function toDue(row: ClaimedRow): DueDelivery {
  return {
    id: row.id,
    channel: row.channel,
    endpointId: row.endpoint_id,
    eventType: row.event_type,
    payload: row.payload,
    email:
      row.email_address === null
        ? null
        : { address: row.email_address, language: row.email_language ?? 'en' },
    attempts: row.attempts,
    firstAttemptAt: row.first_attempt_at,
  }
}
