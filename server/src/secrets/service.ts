import type { Readable } from 'node:stream'
import { concatBytes, decodeBase64url } from '@hushlink/shared/format'
import type {
  ClaimRequest,
  ClaimResponse,
  CreateSecretRequest,
  CreateSecretResponse,
  SecretMetaResponse,
} from '@hushlink/shared/api'
import type { Clock } from '../clock.js'
import {
  badRequest,
  HttpError,
  idTaken,
  invalidEnvelope,
  notAvailable,
  overQuota,
  wrongPassphrase,
} from '../errors.js'
import type { SecretStore } from '../storage/index.js'
import type {
  ActiveSecret,
  ChunkLease,
  Claimed,
  LinkRecord,
  NewSecret,
  StorageQuota,
} from '../storage/records.js'
import { digestToken, matchesVerifier } from '../verifiers.js'
import { kindName, toBase64url, toIsoTime } from '../wire.js'
import { createChunkLeases } from './chunk-leases.js'
import { quotaFor, type Creator } from './creator.js'
import { declareSecret } from './declaration.js'
import { notYet } from './time-lock.js'
import { idempotencyClaim, replay, type IdempotencyKey } from './idempotency.js'
import { chunkedEnvelope } from './envelope-stream.js'

export interface SecretService {
  create(request: CreateSecretRequest, context: CreateContext): Promise<Created>
  /** Never consumes anything; with `link`, as that link of a fan-out secret sees it. */
  meta(id: string, link?: number): Promise<SecretMetaResponse>
  /** Counts a view and answers with the envelope in JSON: only envelopes up to maxTextBytes. */
  claim(id: string, request: ClaimRequest): Promise<ClaimResponse>
  /** Counts a view and answers with the raw envelope, streamed when it is stored in chunks. */
  claimStream(id: string, request: ClaimRequest): Promise<EnvelopeDownload>
}

/** Who creates, and the `Idempotency-Key` the request came with. */
export interface CreateContext extends Creator {
  readonly idempotency: IdempotencyKey | null
}

export interface Created {
  readonly response: CreateSecretResponse
  /** The answer of an earlier request with the same Idempotency-Key and body. */
  readonly replayed: boolean
}

export interface EnvelopeDownload {
  readonly viewsLeft: number
  /** Envelope bytes: the Content-Length. */
  readonly size: number
  readonly body: Uint8Array | Readable
}

export interface SecretServiceOptions {
  readonly store: SecretStore
  readonly clock: Clock
  readonly maxTextBytes: number
  /** Whether a create may ask for an e-mail when it is opened (SMTP is configured). */
  readonly emailNotifications: boolean
  /** The defaults; an API key's own quota comes with its create. */
  readonly quota: StorageQuota
  readonly log: { error(details: object, message: string): void }
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
  emailNotifications,
  quota,
  log,
}: SecretServiceOptions): SecretService {
  const leases = createChunkLeases(store, clock, (err) =>
    log.error({ err }, 'a downloaded envelope was not deleted; the sweeper will'),
  )

  /**
   * Checks the tokens and counts the view: the same gate for every format.
   * `maxSize` refuses (406) an envelope too large for the format before
   * anything, a passphrase attempt included, is spent.
   */
  async function take(
    id: string,
    request: ClaimRequest,
    maxSize: number,
  ): Promise<{ claimed: Claimed; size: number; lease: ChunkLease }> {
    const access = digestToken(request.access_token, 'access_token')
    const pass =
      request.pass_token === undefined ? null : digestToken(request.pass_token, 'pass_token')
    // Verifiers never change, so checking them before the write needs no lock;
    // the conditional UPDATE in the store decides who wins.
    const now = clock.now()
    const secret = await store.findActive(id, now)
    if (!secret) throw notAvailable()
    const link = request.link
    // A fan-out secret opens through one of its links only, with that link's token (§10).
    const verifier =
      link === undefined
        ? secret.links === 0 && secret.accessVerifier
        : (await activeLink(secret, id, link))?.verifier
    if (!verifier || !matchesVerifier(access, verifier)) throw notAvailable()
    // Before the passphrase is looked at: early guesses are impossible, not just uncounted.
    if (secret.notBefore !== null && secret.notBefore > now) throw notYet(secret.notBefore, now)
    if (secret.envelopeSize > maxSize) {
      throw new HttpError(
        406,
        'not_acceptable',
        `This envelope is larger than ${maxSize} bytes; claim it with Accept: application/octet-stream.`,
      )
    }
    if (secret.passVerifier === null) {
      if (pass) throw badRequest('This secret has no passphrase; send access_token only.')
    } else if (!pass || !matchesVerifier(pass, secret.passVerifier)) {
      const failed = clock.now()
      const failure = await store.recordFailure(id, failed)
      if (!failure) throw notAvailable()
      if ('opensAt' in failure) throw notYet(failure.opensAt, failed)
      throw wrongPassphrase(failure.remaining)
    }
    // Taken with the view when the envelope is chunked: its chunks outlive this download.
    const lease = leases.next()
    const claimedAt = clock.now()
    // The write checks the opening time again in the claim's own transaction.
    const claimed =
      link === undefined
        ? await store.claim(id, claimedAt, lease)
        : await store.claimLink(id, link, claimedAt, lease)
    if (!claimed) throw notAvailable()
    if ('opensAt' in claimed) throw notYet(claimed.opensAt, claimedAt)
    return { claimed, size: secret.envelopeSize, lease }
  }

  /** Link `index` of a fan-out secret while it can be opened; undefined otherwise. */
  async function activeLink(
    secret: ActiveSecret,
    id: string,
    index: number,
  ): Promise<LinkRecord | undefined> {
    if (secret.links === 0) return undefined
    const link = await store.findLink(id, index)
    return link?.state === 'active' ? link : undefined
  }

  return {
    async create(request, { idempotency, ...creator }) {
      const envelope = decodeEnvelope(request.envelope, maxTextBytes)
      const now = clock.now()
      const fields = declareSecret(request, envelope, envelope.length, now, creator.owner)
      const secret = {
        ...fields,
        envelope,
        quota: quotaFor(creator, quota),
        ...notifyEmail(request, emailNotifications),
      }
      const response = { id: request.id, expires_at: toIsoTime(secret.expiresAt) }
      if (idempotency === null) {
        const inserted = await store.insert(secret)
        if (inserted === false) throw idTaken()
        if (inserted !== true) throw overQuota(inserted)
        return { response, replayed: false }
      }
      const claim = idempotencyClaim(idempotency, request, response, now)
      const inserted = await store.insertOnce(secret, claim)
      if (inserted.outcome === 'id_taken') throw idTaken()
      if (inserted.outcome === 'over_quota') throw overQuota(inserted)
      if (inserted.outcome === 'created') return { response, replayed: false }
      return { response: replay(claim, inserted), replayed: true }
    },

    async meta(id, link) {
      const secret = await store.findActive(id, clock.now())
      if (!secret) throw notAvailable()
      const linkRecord = link === undefined ? null : await activeLink(secret, id, link)
      if (linkRecord === undefined) throw notAvailable()
      return {
        id,
        expires_at: toIsoTime(secret.expiresAt),
        views_left: linkRecord?.viewsLeft ?? secret.viewsLeft,
        passphrase_required: secret.passVerifier !== null,
        kind: kindName(secret.kind),
        size: secret.envelopeSize,
        header: toBase64url(secret.header),
        ...(secret.notBefore === null ? {} : { opens_at: toIsoTime(secret.notBefore) }),
      }
    },

    async claim(id, request) {
      const { claimed, size, lease } = await take(id, request, maxTextBytes)
      let envelope = claimed.envelope
      if (envelope === null) {
        try {
          envelope = concatBytes(await store.readChunks(id))
        } finally {
          leases.release(id, lease)
        }
        if (envelope.length !== size) throw new Error('the stored envelope does not match its size')
      }
      return { envelope: toBase64url(envelope), views_left: claimed.viewsLeft }
    },

    async claimStream(id, request) {
      const { claimed, size, lease } = await take(id, request, Number.POSITIVE_INFINITY)
      if (claimed.envelope !== null) {
        return { viewsLeft: claimed.viewsLeft, size, body: claimed.envelope }
      }
      const body = chunkedEnvelope((seq) => store.readChunk(id, seq), size)
      body.once('close', () => leases.release(id, lease))
      return { viewsLeft: claimed.viewsLeft, size, body }
    },
  }
}

/** A JSON envelope: canonical base64url, at most `maxBytes` (413 otherwise). */
export function decodeEnvelope(text: string, maxBytes: number): Uint8Array {
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

/** The address to e-mail when the secret is opened, if the create asked and the server can send. */
function notifyEmail(
  { notify_email: address, notify_language: language }: CreateSecretRequest,
  enabled: boolean,
): Pick<NewSecret, 'notifyEmail'> {
  if (address === undefined) {
    if (language !== undefined) throw badRequest('notify_language is set but notify_email is not.')
    return {}
  }
  if (!enabled) throw badRequest('This server does not send e-mail; leave out notify_email.')
  return { notifyEmail: { address, language: language ?? 'en' } }
}
