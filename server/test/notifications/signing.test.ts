/**
 * Issue 16, acceptance 1: our webhooks verify with `standardwebhooks`, the
 * specification authors' implementation; the payload carries only what the
 * server already knows.
 */
import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { verifyWebhook } from '@hushlink/shared'
import type { NotificationEvent } from '../../src/notifications/events.js'
import { buildPayload } from '../../src/notifications/webhooks/payload.js'
import { generateSigningSecret, signWebhook } from '../../src/notifications/webhooks/signing.js'

const event: NotificationEvent = {
  type: 'secret.viewed',
  secretId: 'AAAAAAAAAAAAAAAAAAAAAA',
  owner: 'ci-bot',
  occurredAt: Date.UTC(2030, 0, 1, 12),
  createdAt: Date.UTC(2030, 0, 1, 11),
  expiresAt: Date.UTC(2030, 0, 2, 11),
  viewsLeft: 0,
}

describe('webhook signing', () => {
  it('generates whsec_ secrets of 32 random bytes, never the same twice', () => {
    const a = generateSigningSecret()
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32)
    expect(generateSigningSecret()).not.toBe(a)
  })

  it('signs what standardwebhooks verifies, and nothing altered', () => {
    const secret = generateSigningSecret()
    const body = JSON.stringify(buildPayload(event))
    const now = Date.now()
    const headers = signWebhook(secret, 'msg_abc', now, body)
    expect(headers['webhook-id']).toBe('msg_abc')
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(now / 1000)))
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)

    const receiver = new Webhook(secret)
    expect(receiver.verify(body, { ...headers })).toEqual(JSON.parse(body))
    expect(() => receiver.verify(body.replace('ci-bot', 'ci-bot2'), { ...headers })).toThrow(
      WebhookVerificationError,
    )
    expect(() => receiver.verify(body, { ...headers, 'webhook-id': 'msg_other' })).toThrow(
      WebhookVerificationError,
    )
    expect(() => new Webhook(generateSigningSecret()).verify(body, { ...headers })).toThrow(
      WebhookVerificationError,
    )
  })

  it('signs what the SDK helper verifies', async () => {
    const secret = generateSigningSecret()
    const body = JSON.stringify(buildPayload(event))
    const headers = signWebhook(secret, 'msg_sdk', event.occurredAt, body)
    await expect(verifyWebhook(secret, headers, body, { now: event.occurredAt })).resolves.toEqual(
      JSON.parse(body),
    )
    await expect(
      verifyWebhook(secret, headers, body.replace('ci-bot', 'mallory'), { now: event.occurredAt }),
    ).rejects.toThrow('no matching v1 signature')
  })

  it('builds a payload of the event facts only', () => {
    expect(buildPayload({ ...event, type: 'secret.burned', cause: 'receipt' })).toEqual({
      type: 'secret.burned',
      timestamp: '2030-01-01T12:00:00.000Z',
      data: {
        secret_id: 'AAAAAAAAAAAAAAAAAAAAAA',
        owner: 'ci-bot',
        created_at: '2030-01-01T11:00:00.000Z',
        expires_at: '2030-01-02T11:00:00.000Z',
        views_left: 0,
        cause: 'receipt',
      },
    })
    // Fields an event might be handed by mistake never reach the body.
    const leaky = { ...event, ciphertext: 'x', accessVerifier: 'y', key: 'z' }
    expect(JSON.stringify(buildPayload(leaky))).not.toMatch(/ciphertext|Verifier|"key"/)
  })
})
