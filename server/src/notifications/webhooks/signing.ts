import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'

/** The headers a Standard Webhooks receiver verifies. */
export interface SignedHeaders {
  readonly 'webhook-id': string
  readonly 'webhook-timestamp': string
  readonly 'webhook-signature': string
}

const SECRET_PREFIX = 'whsec_'
/** 32 random bytes: the HMAC-SHA256 key size. */
const SECRET_BYTES = 32

/** A new endpoint's signing secret, `whsec_<base64>`: shown once to the admin. */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64')
}

/**
 * Signs with the specification authors' library. `id` is the delivery's id,
 * the same on every retry, so receivers can drop duplicates.
 */
export function signWebhook(
  secret: string,
  id: string,
  sentAt: number,
  body: string,
): SignedHeaders {
  const signature = new Webhook(secret).sign(id, new Date(sentAt), body)
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(sentAt / 1000)),
    'webhook-signature': signature,
  }
}
