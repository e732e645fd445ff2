import {
  decodeBase64url,
  ID_BYTES,
  inspectEnvelope,
  KIND,
  ProtocolError,
  type EnvelopeLayout,
} from '@hushlink/shared'
import {
  DEFAULT_MAX_FAILURES,
  type ClaimRequest,
  type ClaimResponse,
  type CreateSecretRequest,
  type CreateSecretResponse,
  type SecretKind,
  type SecretMetaResponse,
} from '@hushlink/shared/api'
import type { Clock } from '../clock.js'
import { badRequest, HttpError, invalidEnvelope, notAvailable, wrongPassphrase } from '../errors.js'
import type { SecretStore } from '../storage/index.js'
import { digestToken, matchesVerifier } from '../verifiers.js'
import { decodeFixed, toBase64url, toIsoTime } from '../wire.js'

export interface SecretService {
  create(request: CreateSecretRequest): Promise<CreateSecretResponse>
  /** Never consumes anything. */
  meta(id: string): Promise<SecretMetaResponse>
  claim(id: string, request: ClaimRequest): Promise<ClaimResponse>
}

export interface SecretServiceOptions {
  readonly store: SecretStore
  readonly clock: Clock
  readonly maxTextBytes: number
}

/**
 * Create, inspect and claim. Inputs have passed the route schemas (shape,
 * lengths, ranges); this layer checks what a schema cannot: the envelope's
 * structure and id binding, and the tokens against the stored verifiers.
 */
export function createSecretService({
  store,
  clock,
  maxTextBytes,
}: SecretServiceOptions): SecretService {
  return {
    async create(request) {
      const idBytes = decodeFixed(request.id, ID_BYTES, 'id')
      const envelope = decodeEnvelope(request.envelope, maxTextBytes)
      const layout = inspect(envelope, idBytes)
      const needsPassphrase = layout.header.kdf !== null
      if (needsPassphrase !== (request.pass_verifier !== undefined)) {
        throw invalidEnvelope(
          needsPassphrase
            ? 'the envelope header requires a passphrase but pass_verifier is missing'
            : 'pass_verifier is set but the envelope header has no passphrase',
        )
      }
      const createdAt = clock.now()
      const expiresAt = createdAt + request.ttl * 1000
      const inserted = await store.insert({
        id: request.id,
        kind: KIND[layout.header.kind],
        header: layout.headerBytes,
        envelope,
        accessVerifier: decodeFixed(request.access_verifier, 32, 'access_verifier'),
        passVerifier: optionalVerifier(request.pass_verifier, 'pass_verifier'),
        receiptVerifier: optionalVerifier(request.receipt_verifier, 'receipt_verifier'),
        maxViews: request.max_views ?? 1,
        maxFailures: request.max_failures ?? DEFAULT_MAX_FAILURES,
        createdAt,
        expiresAt,
      })
      if (!inserted) {
        throw new HttpError(409, 'id_taken', 'This id is already in use; generate a new one.')
      }
      return { id: request.id, expires_at: toIsoTime(expiresAt) }
    },

    async meta(id) {
      const secret = await store.findActive(id, clock.now())
      if (!secret) throw notAvailable()
      return {
        id,
        expires_at: toIsoTime(secret.expiresAt),
        views_left: secret.viewsLeft,
        passphrase_required: secret.passVerifier !== null,
        kind: kindName(secret.kind),
        size: secret.envelopeSize,
        header: toBase64url(secret.header),
      }
    },

    async claim(id, request) {
      const access = digestToken(request.access_token, 'access_token')
      const pass =
        request.pass_token === undefined ? null : digestToken(request.pass_token, 'pass_token')
      // Verifiers never change, so checking them before the write needs no lock;
      // the conditional UPDATE in the store decides who wins.
      const secret = await store.findActive(id, clock.now())
      if (!secret || !matchesVerifier(access, secret.accessVerifier)) throw notAvailable()
      if (secret.passVerifier === null) {
        if (pass) throw badRequest('This secret has no passphrase; send access_token only.')
      } else if (!pass || !matchesVerifier(pass, secret.passVerifier)) {
        const failure = await store.recordFailure(id, clock.now())
        if (!failure) throw notAvailable()
        throw wrongPassphrase(failure.remaining)
      }
      const claimed = await store.claim(id, clock.now())
      if (!claimed) throw notAvailable()
      return { envelope: toBase64url(claimed.envelope), views_left: claimed.viewsLeft }
    },
  }
}

function decodeEnvelope(text: string, maxBytes: number): Uint8Array {
  let envelope: Uint8Array
  try {
    envelope = decodeBase64url(text)
  } catch {
    throw invalidEnvelope('envelope is not canonical base64url')
  }
  if (envelope.length > maxBytes) {
    throw new HttpError(413, 'payload_too_large', `The envelope is larger than ${maxBytes} bytes.`)
  }
  return envelope
}

function inspect(envelope: Uint8Array, idBytes: Uint8Array): EnvelopeLayout {
  try {
    return inspectEnvelope(envelope, envelope.length, idBytes)
  } catch (err) {
    // Protocol messages are fixed texts about the format, never about the input bytes.
    if (err instanceof ProtocolError) throw invalidEnvelope(err.message)
    throw err
  }
}

function optionalVerifier(text: string | undefined, field: string): Uint8Array | null {
  return text === undefined ? null : decodeFixed(text, 32, field)
}

function kindName(kind: number): SecretKind {
  return kind === KIND.files ? 'files' : 'text'
}
