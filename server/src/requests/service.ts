import { decodeBase64url, isNoteCiphertextSize, SEALED_KEY_BYTES } from '@hushlink/shared/format'
import type {
  CreateRequestRequest,
  CreateSecretRequest,
  CreateSecretResponse,
  InboxResponse,
  ViewRequestResponse,
} from '@hushlink/shared/api'
import type { Clock } from '../clock.js'
import { badRequest, HttpError, idTaken, notAvailable } from '../errors.js'
import { declareSecret } from '../secrets/declaration.js'
import { decodeEnvelope } from '../secrets/service.js'
import type { RequestRecord, SecretStore } from '../storage/index.js'
import { digestToken, matchesVerifier } from '../verifiers.js'
import { decodeFixed, kindName, toBase64url, toIsoTime } from '../wire.js'

export interface RequestService {
  create(request: CreateRequestRequest, owner: string | null): Promise<CreateSecretResponse>
  /** Never consumes anything. */
  view(id: string, requestToken: string): Promise<ViewRequestResponse>
  answer(
    id: string,
    body: { request_token: string; sealed_key: string; secret: CreateSecretRequest },
  ): Promise<CreateSecretResponse>
  /** Never consumes anything. */
  inbox(id: string, inboxToken: string): Promise<InboxResponse>
  close(id: string, inboxToken: string): Promise<void>
}

export interface RequestServiceOptions {
  readonly store: SecretStore
  readonly clock: Clock
  readonly maxTextBytes: number
}

/**
 * Requests for secrets (docs/protocol.md §8). The server checks what it can
 * without keys: lengths, verifiers, the answer's envelope (§4.6); a wrong
 * token, an unknown and an expired request are one 404, as for secrets.
 */
export function createRequestService({
  store,
  clock,
  maxTextBytes,
}: RequestServiceOptions): RequestService {
  const requests = store.requests

  /** The request, if `token` is its request or inbox token; 404 otherwise. */
  async function authorised(
    id: string,
    token: string,
    verifier: 'requestVerifier' | 'inboxVerifier',
    field: string,
  ): Promise<RequestRecord> {
    const digest = digestToken(token, field)
    const request = await requests.find(id)
    if (!request || !matchesVerifier(digest, request[verifier])) throw notAvailable()
    return request
  }

  return {
    async create(body, owner) {
      const note = decodeNote(body.note)
      const now = clock.now()
      const expiresAt = now + body.ttl * 1000
      const created = await requests.create({
        id: body.id,
        requestVerifier: decodeFixed(body.request_verifier, 32, 'request_verifier'),
        inboxVerifier: decodeFixed(body.inbox_verifier, 32, 'inbox_verifier'),
        note,
        maxAnswers: body.max_answers ?? 1,
        createdAt: now,
        expiresAt,
        owner,
      })
      if (!created) throw idTaken()
      return { id: body.id, expires_at: toIsoTime(expiresAt) }
    },

    async view(id, token) {
      const request = await authorised(id, token, 'requestVerifier', 'request_token')
      if (request.expiresAt <= clock.now()) throw notAvailable()
      if (request.state !== 'open') throw requestClosed()
      return {
        id,
        note: toBase64url(request.note),
        expires_at: toIsoTime(request.expiresAt),
        max_answers: request.maxAnswers,
        answers: request.answers,
      }
    },

    async answer(id, body) {
      const request = await authorised(id, body.request_token, 'requestVerifier', 'request_token')
      const now = clock.now()
      if (request.expiresAt <= now) throw notAvailable()
      if (request.state !== 'open') throw requestClosed()
      const sealedKey = decodeFixed(body.sealed_key, SEALED_KEY_BYTES, 'sealed_key')
      const envelope = decodeEnvelope(body.secret.envelope, maxTextBytes)
      const fields = declareSecret(body.secret, envelope, envelope.length, now, null)
      const outcome = await requests.answer({
        requestId: id,
        sealedKey,
        secret: { ...fields, envelope },
      })
      switch (outcome.outcome) {
        case 'answered':
          return { id: fields.id, expires_at: toIsoTime(fields.expiresAt) }
        case 'id_taken':
          throw idTaken()
        case 'closed':
          throw requestClosed()
        case 'gone':
          throw notAvailable()
      }
    },

    async inbox(id, token) {
      const request = await authorised(id, token, 'inboxVerifier', 'inbox_token')
      const now = clock.now()
      const items = await requests.answers(id, now)
      return {
        id,
        state: request.expiresAt <= now ? 'expired' : request.state,
        expires_at: toIsoTime(request.expiresAt),
        max_answers: request.maxAnswers,
        answers: request.answers,
        items: items.map((item) => ({
          id: item.id,
          sealed_key: toBase64url(item.sealedKey),
          created_at: toIsoTime(item.createdAt),
          expires_at: toIsoTime(item.expiresAt),
          size: item.size,
          kind: kindName(item.kind),
          views_left: item.viewsLeft,
          passphrase: item.passphrase,
        })),
      }
    },

    async close(id, token) {
      await authorised(id, token, 'inboxVerifier', 'inbox_token')
      await requests.close(id, clock.now())
    },
  }
}

function requestClosed(): HttpError {
  return new HttpError(
    409,
    'request_closed',
    'This request takes no more answers: it was answered, closed, or is full.',
  )
}

function decodeNote(text: string): Uint8Array {
  let note: Uint8Array
  try {
    note = decodeBase64url(text)
  } catch {
    throw badRequest('note must be base64url')
  }
  if (!isNoteCiphertextSize(note.length)) {
    throw badRequest('note must be a sealed note of 296, 552, 808 or 1064 bytes')
  }
  return note
}
