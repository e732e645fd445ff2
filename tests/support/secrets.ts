import {
  encodeBase64url,
  decodeBase64url,
  formatSecretLink,
  HEADER_SIZE,
  openContent,
  prepareSecret,
  sealContent,
  verifierOf,
  type Sodium,
} from '@hushlink/shared'
import { UPLOAD_PART_BYTES, type CreateSecretRequest } from '@hushlink/shared/api'
import { randomBytes } from 'node:crypto'
import { Agent } from 'node:http'
import { send, type RawResponse } from './http.js'

/** A real secret made by the shared protocol code, with what a test needs to claim and check it. */
export interface SecretFixture {
  readonly id: string
  readonly text: string
  readonly linkKey: Uint8Array
  /** base64url, as the claim body carries it. */
  readonly accessToken: string
  readonly request: CreateSecretRequest
  readonly sodium: Sodium
  readonly encKey: Uint8Array
}

export interface FixtureOptions {
  readonly ttl?: number
  readonly maxViews?: number
}

export async function makeSecret(
  text: string,
  options: FixtureOptions = {},
): Promise<SecretFixture> {
  const prepared = await prepareSecret(null)
  const envelope = sealContent(prepared, { text, files: [] })
  return {
    id: prepared.id,
    text,
    linkKey: prepared.linkKey,
    accessToken: encodeBase64url(prepared.keys.accessToken),
    request: {
      id: prepared.id,
      envelope: encodeBase64url(envelope),
      ttl: options.ttl ?? 3600,
      ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
      ...prepared.verifiers,
    },
    sodium: prepared.sodium,
    encKey: prepared.keys.encKey,
  }
}

/** `count` secrets with distinct texts (`text(i)`), so a mix-up between secrets is caught. */
export async function makeSecrets(
  count: number,
  text: (i: number) => string,
  options: FixtureOptions = {},
): Promise<SecretFixture[]> {
  const out: SecretFixture[] = []
  for (let i = 0; i < count; i++) out.push(await makeSecret(text(i), options))
  return out
}

export function linkOf(server: string, secret: SecretFixture): string {
  return formatSecretLink(server, secret.id, secret.linkKey, false)
}

/** Decrypts a claimed envelope; throws if it is not this secret's, intact. */
export function openClaimed(secret: SecretFixture, envelope: string): string {
  return openContent(secret.sodium, decodeBase64url(envelope), secret.id, secret.encKey).text
}

/** What came back for one request: a status, or no answer at all (connection refused or reset). */
export type Outcome = { readonly status: number; readonly body: unknown } | 'no_answer'

/**
 * Connections are reused, but closed after a second idle: well before the
 * server's keep-alive timeout (5 s). fetch keeps them about 4 s, and on a
 * loaded machine it sent requests on connections the server was closing at
 * that moment: they were lost ("other side closed") without an answer.
 */
const keepAlive = new Agent({ keepAlive: true, timeout: 1000 })

/** Long enough for any answer on a loaded machine; a stalled server still ends as no answer. */
const ANSWER_TIMEOUT_MS = 60_000

async function exchange(
  server: string,
  method: string,
  path: string,
  body?: string,
): Promise<Outcome> {
  const request =
    body === undefined
      ? { method, path, headers: ACCEPT_JSON }
      : { method, path, headers: JSON_HEADERS, body }
  let res: RawResponse
  try {
    res = await send(server, request, ANSWER_TIMEOUT_MS, keepAlive)
  } catch {
    return 'no_answer'
  }
  try {
    return { status: res.status, body: res.body === '' ? null : (JSON.parse(res.body) as unknown) }
  } catch {
    // The body is not JSON.
    return res.status >= 200 && res.status < 300 ? 'no_answer' : { status: res.status, body: null }
  }
}

const ACCEPT_JSON = { accept: 'application/json' }
const JSON_HEADERS = { ...ACCEPT_JSON, 'content-type': 'application/json' }

export function postSecret(server: string, secret: SecretFixture): Promise<Outcome> {
  return exchange(server, 'POST', '/api/v1/secrets', JSON.stringify(secret.request))
}

export function claimSecret(server: string, secret: SecretFixture): Promise<Outcome> {
  return exchange(
    server,
    'POST',
    `/api/v1/secrets/${secret.id}/claim`,
    JSON.stringify({ access_token: secret.accessToken }),
  )
}

export function getSecretMeta(server: string, secret: SecretFixture): Promise<Outcome> {
  return exchange(server, 'GET', `/api/v1/secrets/${secret.id}`)
}

/** The envelope of a 200 claim answer. */
export function envelopeOf(outcome: Outcome): string {
  if (outcome === 'no_answer' || outcome.status !== 200) throw new Error('not a successful claim')
  const envelope = (outcome.body as { envelope?: unknown } | null)?.envelope
  if (typeof envelope !== 'string') throw new Error('claim answer without an envelope')
  return envelope
}

/**
 * A text-only secret uploaded as a stream, as protocol §5.1 allows for an
 * envelope larger than `max_text_bytes`; returns its share link.
 */
export async function uploadStreamedText(server: string, text: string): Promise<string> {
  const prepared = await prepareSecret(null)
  const envelope = sealContent(prepared, { text, files: [] })
  const uploadToken = randomBytes(32)
  const declared = await fetch(`${server}/api/v1/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: prepared.id,
      header: encodeBase64url(envelope.subarray(0, HEADER_SIZE)),
      size: envelope.length,
      ttl: 3600,
      ...prepared.verifiers,
      upload_verifier: encodeBase64url(verifierOf(uploadToken)),
    }),
  })
  if (declared.status !== 201) throw new Error(`upload declared: ${declared.status}`)
  for (let offset = 0; offset < envelope.length; offset += UPLOAD_PART_BYTES) {
    const part = envelope.subarray(offset, offset + UPLOAD_PART_BYTES)
    const sent = await fetch(`${server}/api/v1/uploads/${prepared.id}/parts`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'upload-offset': String(offset),
        authorization: `Bearer ${encodeBase64url(uploadToken)}`,
      },
      body: Buffer.from(part),
    })
    if (sent.status !== 200) throw new Error(`upload part: ${sent.status}`)
  }
  return formatSecretLink(server, prepared.id, prepared.linkKey, false)
}
