import type {
  ClaimResponse,
  ConfigResponse,
  CreateSecretRequest,
  CreateSecretResponse,
  ReceiptStatusResponse,
  SecretMetaResponse,
} from '../api/types.js'
import { decodeBase64url, encodeBase64url } from '../encoding.js'
import { formatReceiptLink, formatSecretLink, parseReceiptLink, parseSecretLink } from '../link.js'
import {
  openContent,
  prepareSecret,
  sealContent,
  unlockSecret,
  type SecretFile,
} from '../secret.js'
import { ApiError } from './errors.js'
import { request, type ClientOptions } from './http.js'

export interface CreateOptions extends ClientOptions {
  readonly text: string
  readonly files?: readonly SecretFile[]
  /** Lifetime in seconds, within the instance's limits. */
  readonly ttl: number
  readonly maxViews?: number
  readonly passphrase?: string | null
  /** Wrong passphrases tolerated before the secret burns (1–10, default 5). */
  readonly maxFailures?: number
  /** Argon2id cost; defaults to the protocol's (3 passes, 64 MiB). */
  readonly kdf?: { readonly ops: number; readonly memKib: number }
}

export interface CreatedSecret {
  readonly id: string
  /** The share link; its fragment holds the key. */
  readonly link: string
  /** The creator's private link to the secret's status and burn button. */
  readonly receiptLink: string
  readonly expiresAt: string
}

/** Encrypts locally, uploads only ciphertext and verifiers, returns the links. */
export async function createSecret(options: CreateOptions): Promise<CreatedSecret> {
  const passphrase = options.passphrase ? options.passphrase : null
  const prepared = await prepareSecret(passphrase, options.kdf)
  const envelope = sealContent(prepared, { text: options.text, files: options.files ?? [] })
  const body: CreateSecretRequest = {
    id: prepared.id,
    envelope: encodeBase64url(envelope),
    ttl: options.ttl,
    ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
    ...(options.maxFailures === undefined || passphrase === null
      ? {}
      : { max_failures: options.maxFailures }),
    ...prepared.verifiers,
  }
  const created = await expectBody(
    request<CreateSecretResponse>(options, 'POST', '/api/v1/secrets', body),
  )
  return {
    id: created.id,
    link: formatSecretLink(options.server, prepared.id, prepared.linkKey, passphrase !== null),
    receiptLink: formatReceiptLink(options.server, prepared.id, prepared.receiptToken),
    expiresAt: created.expires_at,
  }
}

export async function getInstanceConfig(options: ClientOptions): Promise<ConfigResponse> {
  return expectBody(request<ConfigResponse>(options, 'GET', '/api/v1/config'))
}

/** Reads a secret's public metadata. Never consumes a view. */
export async function peekSecret(
  options: ClientOptions & { readonly id: string },
): Promise<SecretMetaResponse> {
  return expectBody(request<SecretMetaResponse>(options, 'GET', `/api/v1/secrets/${options.id}`))
}

export type RevealTarget =
  | { readonly link: string }
  | { readonly id: string; readonly linkKey: Uint8Array; readonly server: string }

export type RevealOptions = Omit<ClientOptions, 'server'> &
  RevealTarget & {
    readonly passphrase?: string | null
    /** Metadata already fetched with peekSecret, to skip a request. */
    readonly meta?: SecretMetaResponse
  }

export interface RevealedSecret {
  readonly text: string
  readonly files: readonly SecretFile[]
  readonly viewsLeft: number
}

/**
 * Claims one view and decrypts it. Throws WrongPassphraseError (nothing is
 * consumed), NotFoundError, or ProtocolError for a corrupted link or envelope.
 */
export async function revealSecret(options: RevealOptions): Promise<RevealedSecret> {
  const target = 'link' in options ? parseSecretLink(options.link) : options
  const client = {
    ...options,
    server: 'link' in options ? parseSecretLink(options.link).base : options.server,
  }
  const meta = options.meta ?? (await peekSecret({ ...client, id: target.id }))
  const passphrase = options.passphrase ? options.passphrase : null
  const unlocked = await unlockSecret(target.linkKey, meta.header, passphrase)
  const claim = await expectBody(
    request<ClaimResponse>(client, 'POST', `/api/v1/secrets/${target.id}/claim`, {
      access_token: encodeBase64url(unlocked.keys.accessToken),
      ...(unlocked.keys.passToken ? { pass_token: encodeBase64url(unlocked.keys.passToken) } : {}),
    }),
  )
  const content = openContent(
    unlocked.sodium,
    decodeBase64url(claim.envelope),
    target.id,
    unlocked.keys.encKey,
  )
  return { ...content, viewsLeft: claim.views_left }
}

export type ReceiptOptions = Omit<ClientOptions, 'server'> & {
  readonly receiptLink: string
  readonly server?: string
}

export async function getReceiptStatus(options: ReceiptOptions): Promise<ReceiptStatusResponse> {
  const { client, path, body } = receiptCall(options, 'status')
  return expectBody(request<ReceiptStatusResponse>(client, 'POST', path, body))
}

/** Destroys the secret now; idempotent. */
export async function burnSecret(options: ReceiptOptions): Promise<void> {
  const { client, path, body } = receiptCall(options, 'burn')
  await request<undefined>(client, 'POST', path, body)
}

function receiptCall(options: ReceiptOptions, action: 'status' | 'burn') {
  const receipt = parseReceiptLink(options.receiptLink)
  return {
    client: { ...options, server: options.server ?? receipt.base },
    path: `/api/v1/receipts/${receipt.id}/${action}`,
    body: { receipt_token: encodeBase64url(receipt.receiptToken) },
  }
}

async function expectBody<T>(response: Promise<T | undefined>): Promise<T> {
  const body = await response
  if (body === undefined) throw new ApiError(204, 'unexpected_response', 'the server sent no body')
  return body
}
