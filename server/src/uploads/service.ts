import { HEADER_SIZE } from '@hushlink/shared/format'
import type {
  CreateSecretResponse,
  CreateUploadRequest,
  UploadPartResponse,
} from '@hushlink/shared/api'
import type { Clock } from '../clock.js'
import {
  badRequest,
  HttpError,
  idTaken,
  invalidEnvelope,
  notAvailable,
  overQuota,
} from '../errors.js'
import { quotaFor, type Creator } from '../secrets/creator.js'
import { declareSecret } from '../secrets/declaration.js'
import type { SecretStore, StorageQuota } from '../storage/index.js'
import { digestToken, matchesVerifier } from '../verifiers.js'
import { decodeFixed, toIsoTime } from '../wire.js'
import { UPLOAD_WINDOW_MS } from './window.js'

/** An upload still taking parts, as stored. */
export type OpenUpload = NonNullable<Awaited<ReturnType<SecretStore['findUpload']>>>

/** What a part's headers say, checked before its body is read. */
export interface PartHeaders {
  readonly offset: number
  /** The bearer token from the Authorization header. */
  readonly token: string
  /** Content-Length; undefined for a chunked body. */
  readonly length: number | undefined
}

export interface UploadService {
  /**
   * Declares a secret whose envelope arrives in parts; it stays invisible until
   * complete; its declared size counts against the quotas at once.
   */
  declare(request: CreateUploadRequest, creator: Creator): Promise<CreateSecretResponse>
  /**
   * The open upload a part may be appended to, from the part's headers alone:
   * refuses an unknown upload or a wrong token (404), another offset (409) and
   * a declared length that is empty or goes past the declared size (400).
   */
  authorize(id: string, part: PartHeaders): Promise<OpenUpload>
  /** Stores one authorised part; the part that reaches the declared size makes the secret live. */
  append(
    id: string,
    upload: OpenUpload,
    offset: number,
    data: Uint8Array,
  ): Promise<UploadPartResponse>
}

export interface UploadServiceOptions {
  readonly store: SecretStore
  readonly clock: Clock
  readonly maxTotalBytes: number
  /** Checked against the declared size, before any part is accepted; an API key's own quota first. */
  readonly quota: StorageQuota
}

/**
 * Streamed uploads (protocol §5.1). The declaration is validated like a JSON
 * create, from the header and the size; parts must arrive in order, each
 * starting where the stored bytes end, and the first must begin with the
 * declared header. The server never holds more than one part of an upload.
 */
export function createUploadService({
  store,
  clock,
  maxTotalBytes,
  quota,
}: UploadServiceOptions): UploadService {
  return {
    async declare(request, creator) {
      if (request.size > maxTotalBytes) throw tooLarge(maxTotalBytes)
      const header = decodeFixed(request.header, HEADER_SIZE, 'header')
      const fields = declareSecret(request, header, request.size, clock.now(), creator.owner)
      const declared = await store.declareUpload({
        ...fields,
        size: request.size,
        uploadVerifier: decodeFixed(request.upload_verifier, 32, 'upload_verifier'),
        quota: quotaFor(creator, quota),
      })
      if (declared === false) throw idTaken()
      if (declared !== true) throw overQuota(declared)
      return { id: request.id, expires_at: toIsoTime(fields.expiresAt) }
    },

    async authorize(id, { offset, token, length }) {
      const digest = digestToken(token, 'upload token')
      const now = clock.now()
      const upload = await store.findUpload(id, now, now - UPLOAD_WINDOW_MS)
      // Unknown, expired, complete, abandoned or a wrong token: one answer.
      if (!upload || !matchesVerifier(digest, upload.uploadVerifier)) throw notAvailable()
      if (offset !== upload.received) throw offsetMismatch(upload.received)
      if (length !== undefined) checkLength(upload, offset, length)
      return upload
    },

    async append(id, upload, offset, data) {
      checkLength(upload, offset, data.length)
      const now = clock.now()
      const since = now - UPLOAD_WINDOW_MS
      if (offset === 0 && !startsWith(data, upload.header)) {
        await store.abortUpload(id)
        throw invalidEnvelope(
          'The upload does not start with the declared header; it has been deleted.',
        )
      }
      const stored = await store.appendPart({ id, offset, data, size: upload.size, now, since })
      if (!stored) throw notAvailable()
      if ('mismatch' in stored) throw offsetMismatch(stored.mismatch)
      return stored
    },
  }
}

export function tooLarge(maxTotalBytes: number): HttpError {
  return new HttpError(
    413,
    'payload_too_large',
    `The envelope is larger than this server accepts (${maxTotalBytes} bytes).`,
  )
}

function checkLength(upload: OpenUpload, offset: number, length: number): void {
  if (length === 0) throw badRequest('An upload part must not be empty.')
  if (offset + length > upload.size) {
    throw invalidEnvelope('This part goes past the size declared for the upload.')
  }
}

function offsetMismatch(received: number): HttpError {
  return new HttpError(
    409,
    'upload_offset_mismatch',
    `The server has ${received} bytes of this upload; send the part that starts there.`,
    { received },
  )
}

function startsWith(data: Uint8Array, prefix: Uint8Array): boolean {
  if (data.length < prefix.length) return false
  return (
    Buffer.compare(
      Buffer.from(data.buffer, data.byteOffset, prefix.length),
      Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength),
    ) === 0
  )
}
