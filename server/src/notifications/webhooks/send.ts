import type { Clock } from '../../clock.js'
import type { DestinationPolicy } from '../destinations/resolve.js'
import { postWebhook, type AttemptResult } from '../delivery/http.js'
import { signWebhook } from './signing.js'

/** The whole exchange with a receiver, connect to last byte (issue 16: 10 s). */
export const WEBHOOK_TIMEOUT_MS = 10_000

export interface WebhookTarget {
  readonly url: string
  readonly signingSecret: string
}

/**
 * Signs at send time (the timestamp is the attempt's, as receivers check
 * it against their clock) and posts with the destination rules applied.
 */
export function sendWebhook(
  target: WebhookTarget,
  id: string,
  payload: string,
  clock: Clock,
  policy: DestinationPolicy,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<AttemptResult> {
  const headers = signWebhook(target.signingSecret, id, clock.now(), payload)
  return postWebhook(new URL(target.url), { ...headers }, payload, { ...policy, timeoutMs })
}
