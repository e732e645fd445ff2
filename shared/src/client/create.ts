import { API_KEY_HEADER } from '../api/auth.js'
import { UPLOAD_PART_BYTES, type NotifyLanguage } from '../api/limits.js'
import type {
  ConfigResponse,
  CreateSecretRequest,
  CreateSecretResponse,
  LinkDeclaration,
  UploadPartResponse,
} from '../api/types.js'
import { verifierOf } from '../crypto/keys.js'
import { encodeBase64url, encodeUtf8 } from '../encoding.js'
import { HEADER_SIZE } from '../envelope/header.js'
import { formatReceiptLink, formatSecretLink } from '../link.js'
import { createSealer, prepareSecret, sealContent, type PreparedSecret } from '../secret.js'
import { bodyPieces, metadataOf, type FileSource, type Progress } from './content.js'
import {
  ApiError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  UploadOffsetError,
} from './errors.js'
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
  /** Time lock (protocol §9): no claim before this moment, which must come before the expiry. */
  readonly opensAt?: Date
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
  if ((options.files ?? []).length > 0 && options.notify) {
    throw new TypeError('an e-mail notification can be asked for a text secret only')
  }
  const prepared = await prepareSecretFor(options)
  const created = await uploadSecret(options, prepared)
  return {
    id: created.id,
    link: formatSecretLink(options.server, prepared.id, prepared.linkKey, prepared.kdf !== null),
    receiptLink: formatReceiptLink(options.server, prepared.id, prepared.receiptToken),
    expiresAt: created.expires_at,
  }
}

/** Fresh id and keys for a create; nothing is sent yet. */
export function prepareSecretFor(options: CreateOptions): Promise<PreparedSecret> {
  return prepareSecret(options.passphrase ? options.passphrase : null, options.kdf)
}

/**
 * Encrypts and uploads a prepared secret: inline when it is only text, streamed
 * with files. `links` declares a fan-out secret's links (docs/protocol.md §10).
 */
export async function uploadSecret(
  options: CreateOptions,
  prepared: PreparedSecret,
  links?: readonly LinkDeclaration[],
): Promise<CreateSecretResponse> {
  const files = options.files ?? []
  const declared = { ...options, links }
  return files.length === 0
    ? createInline(declared, prepared)
    : createStreamed(declared, prepared, files)
}

/** What the two ways of uploading add to the options: a fan-out secret's links. */
type Declared = CreateOptions & { readonly links: readonly LinkDeclaration[] | undefined }

export async function getInstanceConfig(options: ClientOptions): Promise<ConfigResponse> {
  return expectBody(request<ConfigResponse>(options, { method: 'GET', path: '/api/v1/config' }))
}

function commonFields(options: Declared, prepared: PreparedSecret) {
  return {
    id: prepared.id,
    ttl: options.ttl,
    ...(options.links === undefined ? {} : { links: options.links }),
    ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
    ...(options.maxFailures === undefined || !prepared.kdf
      ? {}
      : { max_failures: options.maxFailures }),
    ...(options.opensAt === undefined ? {} : { not_before: options.opensAt.toISOString() }),
    ...prepared.verifiers,
  }
}

async function createInline(
  options: Declared,
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
  options: Declared,
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
    const reply = await sendPart(options, {
      id: prepared.id,
      token: encodeBase64url(uploadToken),
      part,
      start,
      size,
      total: sealer.size,
    })
    offset = start + size
    complete = reply.complete
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

/** Attempts per part before an upload gives up. */
const PART_ATTEMPTS = 5

interface PartToSend {
  readonly id: string
  readonly token: string
  readonly part: readonly Uint8Array[]
  readonly start: number
  readonly size: number
  /** The envelope's size: the part that reaches it completes the upload. */
  readonly total: number
}

/**
 * Sends one part until the server has it. A broken connection, a timeout
 * (408), a busy server (503, 429) or a gateway error is retried after a
 * pause; a `409 upload_offset_mismatch` says how much the server has, so a
 * part whose answer was lost is not sent again, and a part it has the start
 * of is sent from there.
 */
async function sendPart(options: ClientOptions, p: PartToSend): Promise<UploadPartResponse> {
  const end = p.start + p.size
  let from = p.start
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await expectBody(
        request<UploadPartResponse>(options, {
          method: 'POST',
          path: `/api/v1/uploads/${p.id}/parts`,
          bytes: from === p.start ? p.part : skipBytes(p.part, from - p.start),
          headers: { 'upload-offset': String(from), authorization: `Bearer ${p.token}` },
        }),
      )
      if (reply.received !== end)
        throw new ApiError(409, 'upload_offset_mismatch', 'the upload lost its place')
      return reply
    } catch (error) {
      if (error instanceof UploadOffsetError && error.received >= p.start) {
        if (error.received === end) return { received: end, complete: end === p.total }
        if (error.received < end) {
          from = error.received
          continue
        }
      }
      // The last part completed the upload but its answer was lost: the secret is live. A retry
      // then gets a 404, or a reset when the server refuses it before reading the body.
      if (
        (error instanceof NotFoundError || error instanceof NetworkError) &&
        attempt > 1 &&
        end === p.total &&
        (await isLive(options, p.id))
      )
        return { received: end, complete: true }
      const wait = retryDelay(error, attempt)
      if (wait === null || attempt >= PART_ATTEMPTS) throw error
      await pause(wait)
    }
  }
}

/** setTimeout, typed here because the SDK is built without a platform library. */
const { setTimeout: schedule } = globalThis as unknown as {
  setTimeout: (run: () => void, ms: number) => unknown
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => void schedule(resolve, ms))
}

async function isLive(options: ClientOptions, id: string): Promise<boolean> {
  try {
    await request(options, { method: 'GET', path: `/api/v1/secrets/${id}` })
    return true
  } catch {
    return false
  }
}

/** Milliseconds to wait before sending a part again, or null when retrying cannot help. */
function retryDelay(error: unknown, attempt: number): number | null {
  const backoff = Math.min(500 * 2 ** (attempt - 1), 8000)
  if (error instanceof NetworkError) return backoff
  if (error instanceof RateLimitedError) return (error.retryAfter ?? 1) * 1000
  if (error instanceof ApiError && [408, 500, 502, 503, 504].includes(error.status)) return backoff
  return null
}

/** The pieces without their first `count` bytes. */
function skipBytes(pieces: readonly Uint8Array[], count: number): Uint8Array[] {
  const rest: Uint8Array[] = []
  let skip = count
  for (const piece of pieces) {
    if (skip >= piece.length) {
      skip -= piece.length
      continue
    }
    rest.push(skip === 0 ? piece : piece.subarray(skip))
    skip = 0
  }
  return rest
}

function keyHeaders(options: CreateOptions): Record<string, string> {
  return options.apiKey === undefined ? {} : { [API_KEY_HEADER]: options.apiKey }
}

export async function expectBody<T>(response: Promise<T | undefined>): Promise<T> {
  const body = await response
  if (body === undefined) throw new ApiError(204, 'unexpected_response', 'the server sent no body')
  return body
}
