import type { AnswerOutcome, NewAnswer, NewRequest } from '../request-records.js'
import type { WriteContext, WriteHandler } from './context.js'
import { emitCreated, insertSecretRow } from './secret-row.js'

/** Writes of requests (issue 15); expected outcomes are values, never errors. */
export const requestWrites = {
  /** False when the id is taken. */
  async createRequest(tx: WriteContext, { request: r }: { readonly request: NewRequest }) {
    const inserted = await tx.db.rows(tx.s.insertRequest, {
      id: r.id,
      request_verifier: r.requestVerifier,
      inbox_verifier: r.inboxVerifier,
      note: r.note,
      max_answers: r.maxAnswers,
      created_at: r.createdAt,
      expires_at: r.expiresAt,
      owner: r.owner,
    })
    return inserted.length > 0
  },

  answerRequest: (tx: WriteContext, a: { readonly answer: NewAnswer }) => answer(tx, a.answer),

  /** False when it was not open (closed already, or unknown). */
  async closeRequest(tx: WriteContext, a: { readonly id: string; readonly now: number }) {
    const closed = (await tx.db.run(tx.s.closeRequest, { id: a.id })) > 0
    if (closed) tx.emit({ type: 'request_closed', id: a.id, at: a.now })
    return closed
  },

  /** Deletes requests past their own expiry and their answers'; rows deleted. */
  sweepRequests: (tx: WriteContext, a: { readonly now: number; readonly limit: number }) =>
    tx.db.run(tx.s.deleteDoneRequests, a),
} satisfies Record<string, WriteHandler>

/**
 * One transaction: the secret row (a taken id changes nothing), the count (a
 * conditional UPDATE, so exactly max_answers win on either engine), then the
 * ciphertext and the answer row. A count that fails discards the row it just
 * inserted, before anyone could see it.
 */
async function answer(tx: WriteContext, a: NewAnswer): Promise<AnswerOutcome> {
  const { db, s } = tx
  const { secret } = a
  if (!(await insertSecretRow(db, s, secret, 'active', secret.envelope.length))) {
    return { outcome: 'id_taken' }
  }
  const [counted] = await db.rows(s.countAnswer, {
    id: a.requestId,
    now: secret.createdAt,
    keep_until: secret.expiresAt,
  })
  if (!counted) {
    await db.run(s.discardSecret, { id: secret.id })
    const [request] = await db.rows(s.findRequest, { id: a.requestId })
    return request && request.expires_at > secret.createdAt
      ? { outcome: 'closed' }
      : { outcome: 'gone' }
  }
  await db.run(s.insertPayload, { id: secret.id, envelope: secret.envelope })
  await db.run(s.insertAnswer, {
    secret_id: secret.id,
    request_id: a.requestId,
    sealed_key: a.sealedKey,
    created_at: secret.createdAt,
  })
  emitCreated(tx, secret)
  tx.emit({
    type: 'request_answered',
    id: a.requestId,
    at: secret.createdAt,
    answerId: secret.id,
    answersLeft: counted.max_answers - counted.answers,
  })
  return { outcome: 'answered', answers: counted.answers, maxAnswers: counted.max_answers }
}
