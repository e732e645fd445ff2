import { loadSodiumWithPwhash } from '../sodium.js'

/** The headers of a Standard Webhooks delivery (names in lower case, as Node and most frameworks give them). */
export interface WebhookHeaders {
  readonly 'webhook-id': string
  readonly 'webhook-timestamp': string
  readonly 'webhook-signature': string
}

export interface VerifyWebhookOptions {
  /** Seconds a delivery's timestamp may differ from now (replay window); the specification's 5 minutes by default. */
  readonly toleranceSeconds?: number
  /** Milliseconds since the epoch; tests pass a fixed time. */
  readonly now?: number
}

export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError'
}

const SECRET_PREFIX = 'whsec_'

/**
 * Checks a Hushlink webhook as the Standard Webhooks specification says:
 * HMAC-SHA256 with the endpoint's `whsec_…` secret over
 * `${webhook-id}.${webhook-timestamp}.${body}`, compared in constant time
 * with every `v1,` signature of the header, and a timestamp within the
 * tolerance. Pass the body exactly as received (before any JSON parsing).
 * Resolves to the parsed payload; rejects with WebhookSignatureError.
 */
export async function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  body: string | Uint8Array,
  { toleranceSeconds = 300, now = Date.now() }: VerifyWebhookOptions = {},
): Promise<unknown> {
  // HMAC-SHA256 with a key of any length is in libsodium's full build only.
  const sodium = await loadSodiumWithPwhash()
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  if (!id || !/^\d{1,15}$/.test(timestamp ?? '')) {
    throw new WebhookSignatureError('missing or malformed webhook-id or webhook-timestamp')
  }
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) {
    throw new WebhookSignatureError('webhook-timestamp is outside the tolerance')
  }
  let key: Uint8Array
  try {
    const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret
    key = sodium.from_base64(encoded, sodium.base64_variants.ORIGINAL)
  } catch {
    throw new WebhookSignatureError('the signing secret is not whsec_ followed by base64')
  }
  const text = typeof body === 'string' ? sodium.from_string(body) : body
  const state = sodium.crypto_auth_hmacsha256_init(key)
  sodium.crypto_auth_hmacsha256_update(state, sodium.from_string(`${id}.${timestamp}.`))
  sodium.crypto_auth_hmacsha256_update(state, text)
  const expected = sodium.crypto_auth_hmacsha256_final(state)
  const matches = (headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2)
    if (version !== 'v1' || signature === undefined) return false
    try {
      const given = sodium.from_base64(signature, sodium.base64_variants.ORIGINAL)
      return given.length === expected.length && sodium.memcmp(given, expected)
    } catch {
      return false
    }
  })
  if (!matches) throw new WebhookSignatureError('no matching v1 signature')
  return JSON.parse(typeof body === 'string' ? body : sodium.to_string(body)) as unknown
}
