import { API_KEY_HEADER } from '../api/auth.js'
import type {
  CreateRequestRequest,
  InboxResponse,
  ViewRequestResponse,
} from '../api/request-schemas.js'
import type { CreateSecretResponse } from '../api/types.js'
import { verifierOf } from '../crypto/keys.js'
import { concatBytes, decodeBase64url, encodeBase64url, encodeUtf8 } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import { ID_BYTES } from '../envelope/header.js'
import {
  formatInboxLink,
  formatRequestLink,
  formatSecretLink,
  parseInboxLink,
  parseRequestLink,
} from '../link.js'
import {
  deriveInboxToken,
  deriveRequestKeys,
  keyPairFromSeed,
  openAnswerKey,
  openNote,
  passkeyPrfInput,
  publicKeyOf,
  REQUEST_KEY_BYTES,
  sealAnswerKey,
  sealNote,
  seedFromPrf,
  type BoxKeyPair,
} from '../request/crypto.js'
import { createSealer, prepareSecret } from '../secret.js'
import { loadSodium } from '../sodium.js'
import { bodyPieces, metadataOf, type FileSource } from './content.js'
import { expectBody, type CreateOptions } from './create.js'
import { request, type ClientOptions } from './http.js'

/** Evaluates the passkey's WebAuthn PRF at `input` and returns its 32-byte output. */
export type PrfEvaluator = (input: Uint8Array) => Promise<Uint8Array>

export interface CreateRequestOptions extends ClientOptions {
  readonly note: string
  /** The request's own lifetime, in seconds. */
  readonly ttl: number
  /** 1 (the default) is a one-time request; more makes a drop box. */
  readonly maxAnswers?: number
  /** Passkey mode: the key pair comes from this PRF, and the inbox link holds no private key. */
  readonly prf?: PrfEvaluator
  /** Needed where the instance says `create_requires_api_key`. */
  readonly apiKey?: string
}

export interface CreatedRequest {
  readonly id: string
  /** To send out: whoever holds it reads the note and may answer. */
  readonly requestLink: string
  /** To keep: lists and opens the answers (with the passkey, in passkey mode). */
  readonly inboxLink: string
  readonly expiresAt: string
}

/** Makes the key pair and keys locally; the server gets the sealed note and two verifiers. */
export async function createRequest(options: CreateRequestOptions): Promise<CreatedRequest> {
  const sodium = await loadSodium()
  const idBytes = sodium.randombytes_buf(ID_BYTES)
  const id = encodeBase64url(idBytes)
  const requestKey = sodium.randombytes_buf(REQUEST_KEY_BYTES)
  const inboxKey = sodium.randombytes_buf(REQUEST_KEY_BYTES)
  const seed = options.prf
    ? await seedFromPrf(await options.prf(passkeyPrfInput(idBytes)), idBytes)
    : sodium.randombytes_buf(32)
  const pair = keyPairFromSeed(sodium, seed)
  sodium.memzero(seed)
  const { requestToken, noteKey } = deriveRequestKeys(sodium, requestKey)
  const body: CreateRequestRequest = {
    id,
    note: encodeBase64url(sealNote(sodium, noteKey, options.note)),
    ttl: options.ttl,
    ...(options.maxAnswers === undefined ? {} : { max_answers: options.maxAnswers }),
    request_verifier: encodeBase64url(verifierOf(requestToken)),
    inbox_verifier: encodeBase64url(verifierOf(deriveInboxToken(sodium, inboxKey))),
  }
  const created = await expectBody(
    request<CreateSecretResponse>(options, {
      method: 'POST',
      path: '/api/v1/requests',
      json: body,
      headers: options.apiKey === undefined ? {} : { [API_KEY_HEADER]: options.apiKey },
    }),
  )
  return {
    id,
    requestLink: formatRequestLink(options.server, id, pair.publicKey, requestKey),
    inboxLink: formatInboxLink(options.server, id, inboxKey, options.prf ? null : pair.privateKey),
    expiresAt: created.expires_at,
  }
}

export interface OpenedRequest {
  readonly id: string
  readonly note: string
  readonly expiresAt: string
  readonly maxAnswers: number
  readonly answers: number
}

/** Reads a request's note (never consumes); `409 request_closed` once it takes no more answers. */
export async function viewRequest(
  options: ClientOptions & { readonly requestLink: string },
): Promise<OpenedRequest> {
  const link = parseRequestLink(options.requestLink)
  const sodium = await loadSodium()
  const { requestToken, noteKey } = deriveRequestKeys(sodium, link.requestKey)
  const reply = await expectBody(
    request<ViewRequestResponse>(options, {
      method: 'POST',
      path: `/api/v1/requests/${link.id}/view`,
      json: { request_token: encodeBase64url(requestToken) },
    }),
  )
  return {
    id: link.id,
    note: openNote(sodium, noteKey, decodeBase64url(reply.note)),
    expiresAt: reply.expires_at,
    maxAnswers: reply.max_answers,
    answers: reply.answers,
  }
}

/** An answer is a secret of its own (its lifetime, views, passphrase), sealed to the request. */
export interface AnswerRequestOptions
  extends
    ClientOptions,
    Pick<CreateOptions, 'text' | 'ttl' | 'maxViews' | 'passphrase' | 'maxFailures' | 'kdf'> {
  readonly requestLink: string
  /** The whole answer, files included, goes up as one JSON request (`max_text_bytes`). */
  readonly files?: readonly FileSource[]
}

export interface AnsweredRequest {
  readonly id: string
  readonly expiresAt: string
}

/**
 * Seals a message exactly as a secret, and its link key to the requester's
 * public key; the answer's link is never shown to the sender, only the
 * requester can open it.
 */
export async function answerRequest(options: AnswerRequestOptions): Promise<AnsweredRequest> {
  const link = parseRequestLink(options.requestLink)
  const passphrase = options.passphrase ? options.passphrase : null
  const prepared = await prepareSecret(passphrase, options.kdf)
  const { requestToken } = deriveRequestKeys(prepared.sodium, link.requestKey)
  const text = encodeUtf8(options.text)
  const files = options.files ?? []
  const sealer = createSealer(prepared, metadataOf(text, files))
  const parts = [sealer.head]
  for await (const piece of bodyPieces(text, files)) parts.push(...sealer.push(piece))
  parts.push(...sealer.finish())
  const envelope = concatBytes(parts)
  const created = await expectBody(
    request<CreateSecretResponse>(options, {
      method: 'POST',
      path: `/api/v1/requests/${link.id}/answers`,
      json: {
        request_token: encodeBase64url(requestToken),
        sealed_key: encodeBase64url(
          sealAnswerKey(prepared.sodium, prepared.linkKey, link.publicKey),
        ),
        secret: {
          id: prepared.id,
          envelope: encodeBase64url(envelope),
          ttl: options.ttl,
          ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
          ...(options.maxFailures === undefined || !prepared.kdf
            ? {}
            : { max_failures: options.maxFailures }),
          ...prepared.verifiers,
        },
      },
    }),
  )
  return { id: created.id, expiresAt: created.expires_at }
}

export interface InboxOptions extends ClientOptions {
  readonly inboxLink: string
  /** Passkey mode: the passkey's PRF, asked only when the inbox link holds no private key. */
  readonly prf?: PrfEvaluator
}

export interface InboxAnswer {
  readonly id: string
  /** An ordinary secret link from here on (`.p` when the header says a passphrase is set). */
  readonly link: string
  readonly createdAt: string
  readonly expiresAt: string
  readonly size: number
  readonly kind: 'text' | 'files'
  readonly viewsLeft: number
}

export interface Inbox {
  readonly id: string
  readonly state: InboxResponse['state']
  readonly expiresAt: string
  readonly maxAnswers: number
  readonly answers: number
  readonly items: readonly InboxAnswer[]
}

/**
 * Lists the live answers (never consumes) and unseals each one's link key.
 * Every key is opened before any claim, so a wrong passkey consumes nothing.
 */
export async function listInbox(options: InboxOptions): Promise<Inbox> {
  const link = parseInboxLink(options.inboxLink)
  const sodium = await loadSodium()
  const pair = await inboxKeyPair(options, link.privateKey, decodeBase64url(link.id))
  const reply = await expectBody(
    request<InboxResponse>(options, {
      method: 'POST',
      path: `/api/v1/requests/${link.id}/inbox`,
      json: { inbox_token: encodeBase64url(deriveInboxToken(sodium, link.inboxKey)) },
    }),
  )
  const items = reply.items.map((item) => {
    const linkKey = openAnswerKey(sodium, decodeBase64url(item.sealed_key), pair)
    return {
      id: item.id,
      link: formatSecretLink(link.base, item.id, linkKey, item.passphrase),
      createdAt: item.created_at,
      expiresAt: item.expires_at,
      size: item.size,
      kind: item.kind,
      viewsLeft: item.views_left,
    }
  })
  return {
    id: reply.id,
    state: reply.state,
    expiresAt: reply.expires_at,
    maxAnswers: reply.max_answers,
    answers: reply.answers,
    items,
  }
}

/** Closes a request early: it takes no more answers; the ones it has stay. Idempotent. */
export async function closeRequest(options: ClientOptions & { readonly inboxLink: string }) {
  const link = parseInboxLink(options.inboxLink)
  const sodium = await loadSodium()
  await request(options, {
    method: 'POST',
    path: `/api/v1/requests/${link.id}/close`,
    json: { inbox_token: encodeBase64url(deriveInboxToken(sodium, link.inboxKey)) },
  })
}

async function inboxKeyPair(
  options: InboxOptions,
  privateKey: Uint8Array | null,
  idBytes: Uint8Array,
): Promise<BoxKeyPair> {
  const sodium = await loadSodium()
  if (privateKey) return { privateKey, publicKey: publicKeyOf(sodium, privateKey) }
  if (!options.prf) throw new ProtocolError('bad_link', 'this inbox opens only with its passkey')
  const seed = await seedFromPrf(await options.prf(passkeyPrfInput(idBytes)), idBytes)
  const pair = keyPairFromSeed(sodium, seed)
  sodium.memzero(seed)
  return pair
}
