import { API_KEY_HEADER } from '../api/auth.js'
import { UPLOAD_PART_BYTES, type NotifyLanguage } from '../api/limits.js'
import type {
  ConfigResponse,
  CreateSecretRequest,
  CreateSecretResponse,
  UploadPartResponse,
} from '../api/types.js'
import { verifierOf } from '../crypto/keys.js'
import { encodeBase64url, encodeUtf8 } from '../encoding.js'
import { HEADER_SIZE } from '../envelope/header.js'
import { formatReceiptLink, formatSecretLink } from '../link.js'
import { createSealer, prepareSecret, sealContent, type PreparedSecret } from '../secret.js'
import { bodyPieces, metadataOf, type FileSource, type Progress } from './content.js'
import { ApiError } from './errors.js'
import { request, type ClientOptions } from './http.js'

export interface CreateOptions extends ClientOptions {
  readonly text: string
  readonly files?: readonly FileSource[]
  /** Lifetime in seconds, within the instance's limits. */
  readonly ttl: number
  readonly maxViews?: number
  readonly passphrase?: string | null
  /** Wrong passphrases tolerated before the secret burns (1–10, default 5). */
  readonly maxFailures?: number
  /** Argon2id cost; defaults to the protocol's (3 passes, 64 MiB). */
  readonly kdf?: { readonly ops: number; readonly memKib: number }
  readonly onProgress?: (progress: Progress) => void
  /**
   * An API key (`hlk_…`), sent as `X-API-Key` with the create request: needed
   * where the instance says `create_requires_api_key`, and records its name as
   * the secret's owner elsewhere. Only creating sends it; reading never needs one.
   */
  readonly apiKey?: string
  /**
   * E-mail this address when the secret is first opened, in this language:
   * only where the instance says `email_notifications`, and for a text secret
   * (a streamed upload cannot ask for it yet).
   */
  readonly notify?: { readonly email: string; readonly language: NotifyLanguage }
}

export interface CreatedSecret {
  readonly id: string
  /** The share link; its fragment holds the key. */
  readonly link: string
  /** The creator's private link to the secret's status and burn button. */
  readonly receiptLink: string
  readonly expiresAt: string
}

/**
 * Encrypts locally and uploads only ciphertext and verifiers. A message goes
 * up as one JSON request; files are encrypted and uploaded as a stream of
 * parts, so memory stays bounded whatever their size.
 */
export async function createSecret(options: CreateOptions): Promise<CreatedSecret> {
  const passphrase = options.passphrase ? options.passphrase : null
  const prepared = await prepareSecret(passphrase, options.kdf)
  const files = options.files ?? []
  if (files.length > 0 && options.notify) {
    throw new TypeError('an e-mail notification can be asked for a text secret only')
  }
  const created =
    files.length === 0
      ? await createInline(options, prepared)
      : await createStreamed(options, prepared, files)
  return {
    id: created.id,
    link: formatSecretLink(options.server, prepared.id, prepared.linkKey, passphrase !== null),
    receiptLink: formatReceiptLink(options.server, prepared.id, prepared.receiptToken),
    expiresAt: created.expires_at,
  }
}

export async function getInstanceConfig(options: ClientOptions): Promise<ConfigResponse> {
  return expectBody(request<ConfigResponse>(options, { method: 'GET', path: '/api/v1/config' }))
}

function commonFields(options: CreateOptions, prepared: PreparedSecret) {
  return {
    id: prepared.id,
    ttl: options.ttl,
    ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
    ...(options.maxFailures === undefined || !prepared.kdf
      ? {}
      : { max_failures: options.maxFailures }),
    ...prepared.verifiers,
  }
}

async function createInline(
  options: CreateOptions,
  prepared: PreparedSecret,
): Promise<CreateSecretResponse> {
  const envelope = sealContent(prepared, { text: options.text, files: [] })
  const body: CreateSecretRequest = {
    ...commonFields(options, prepared),
    envelope: encodeBase64url(envelope),
    ...(options.notify
      ? { notify_email: options.notify.email, notify_language: options.notify.language }
      : {}),
  }
  return expectBody(
    request<CreateSecretResponse>(options, {
      method: 'POST',
      path: '/api/v1/secrets',
      json: body,
      headers: keyHeaders(options),
    }),
  )
}

async function createStreamed(
  options: CreateOptions,
  prepared: PreparedSecret,
  files: readonly FileSource[],
): Promise<CreateSecretResponse> {
  const text = encodeUtf8(options.text)
  const sealer = createSealer(prepared, metadataOf(text, files))
  const uploadToken = prepared.sodium.randombytes_buf(32)
  const created = await expectBody(
    request<CreateSecretResponse>(options, {
      method: 'POST',
      path: '/api/v1/uploads',
      headers: keyHeaders(options),
      json: {
        ...commonFields(options, prepared),
        header: encodeBase64url(sealer.head.subarray(0, HEADER_SIZE)),
        size: sealer.size,
        upload_verifier: encodeBase64url(verifierOf(uploadToken)),
      },
    }),
  )
  const report = options.onProgress ?? (() => undefined)
  report({ phase: 'uploading', done: 0, total: sealer.size })
  const plainTotal = text.length + files.reduce((sum, f) => sum + f.size, 0)
  let encrypted = 0
  let offset = 0
  let pending: Uint8Array[] = [sealer.head]
  let pendingBytes = sealer.head.length
  let complete = false
  const upload = async (part: Uint8Array[], start: number, size: number): Promise<void> => {
    const reply = await expectBody(
      request<UploadPartResponse>(options, {
        method: 'POST',
        path: `/api/v1/uploads/${prepared.id}/parts`,
        bytes: part,
        headers: {
          'upload-offset': String(start),
          authorization: `Bearer ${encodeBase64url(uploadToken)}`,
        },
      }),
    )
    offset = start + size
    complete = reply.complete
    if (reply.received !== offset)
      throw new ApiError(409, 'upload_offset_mismatch', 'the upload lost its place')
    report({ phase: 'uploading', done: offset, total: sealer.size })
  }
  // One part uploads while the next is encrypted; parts still go in order, one at a time.
  let inFlight: Promise<void> = Promise.resolve()
  const flush = async (): Promise<void> => {
    await inFlight
    const part = upload(pending, offset, pendingBytes)
    // Its failure is thrown by the next await of it; until then it must not count as unhandled.
    part.catch(() => undefined)
    inFlight = part
    pending = []
    pendingBytes = 0
  }
  // Per chunk, so that one large piece still goes up in parts the server accepts.
  const add = async (chunks: Uint8Array[]): Promise<void> => {
    for (const c of chunks) {
      pending.push(c)
      pendingBytes += c.length
      if (pendingBytes >= UPLOAD_PART_BYTES) await flush()
    }
  }
  for await (const piece of bodyPieces(text, files)) {
    await add(sealer.push(piece))
    encrypted += piece.length
    report({ phase: 'encrypting', done: encrypted, total: plainTotal })
  }
  await add(sealer.finish())
  if (pendingBytes > 0) await flush()
  await inFlight
  if (!complete)
    throw new ApiError(500, 'unexpected_response', 'the server did not confirm the upload')
  return created
}

function keyHeaders(options: CreateOptions): Record<string, string> {
  return options.apiKey === undefined ? {} : { [API_KEY_HEADER]: options.apiKey }
}

export async function expectBody<T>(response: Promise<T | undefined>): Promise<T> {
  const body = await response
  if (body === undefined) throw new ApiError(204, 'unexpected_response', 'the server sent no body')
  return body
}
