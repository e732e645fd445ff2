import type { StorageDriver } from './driver.js'
import type { Fullness } from './full.js'
import type {
  AnswerOutcome,
  AnswerRecord,
  NewAnswer,
  NewRequest,
  RequestRecord,
  RequestSummary,
} from './request-records.js'

/** Requests for secrets and their answers (issue 15). */
export interface RequestStore {
  /** False when the id is taken. */
  create(request: NewRequest): Promise<boolean>
  /** Any state, expired or not: the caller decides. */
  find(id: string): Promise<RequestRecord | undefined>
  /** Counts the answer and stores its secret atomically. */
  answer(answer: NewAnswer): Promise<AnswerOutcome>
  /** False when it was not open. */
  close(id: string, now: number): Promise<boolean>
  /** The answers that can still be opened, oldest first. */
  answers(id: string, now: number): Promise<AnswerRecord[]>
  /** Deletes up to `limit` requests whose own and answers' expiry has passed. */
  sweep(now: number, limit: number): Promise<number>
  /** Admin: a page, newest first, strictly after `after`. */
  list(
    limit: number,
    after: { readonly createdAt: number; readonly id: string } | null,
  ): Promise<RequestSummary[]>
}

/** `storing` turns a full database into StorageFullError (507) for the writes that add ciphertext. */
export function createRequestStore(
  { reader, writer, statements: s }: StorageDriver,
  storing: Fullness['storing'],
): RequestStore {
  return {
    create: (request) => storing(writer.submit({ kind: 'createRequest', request })),

    async find(id) {
      const [row] = await reader.rows(s.findRequest, { id })
      if (!row) return undefined
      return {
        id: row.id,
        state: row.state,
        requestVerifier: row.request_verifier,
        inboxVerifier: row.inbox_verifier,
        note: row.note,
        maxAnswers: row.max_answers,
        answers: row.answers,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        owner: row.owner,
      }
    },

    answer: (answer) => storing(writer.submit({ kind: 'answerRequest', answer })),

    close: (id, now) => writer.submit({ kind: 'closeRequest', id, now }),

    async answers(id, now) {
      const rows = await reader.rows(s.listAnswers, { request_id: id, now })
      return rows.map((row) => ({
        id: row.secret_id,
        sealedKey: row.sealed_key,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        size: row.envelope_size,
        kind: row.kind,
        viewsLeft: row.max_views - row.views,
        passphrase: Number(row.passphrase) === 1,
      }))
    },

    sweep: (now, limit) => writer.submit({ kind: 'sweepRequests', now, limit }),

    async list(limit, after) {
      const rows = await reader.rows(s.listRequests, {
        limit,
        afterCreatedAt: after?.createdAt ?? Number.MAX_SAFE_INTEGER,
        afterId: after?.id ?? '',
      })
      return rows.map((row) => ({
        id: row.id,
        state: row.state,
        maxAnswers: row.max_answers,
        answers: row.answers,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        owner: row.owner,
      }))
    },
  }
}
