/**
 * Issue 16: the SDK's webhook check agrees with `standardwebhooks`, the
 * specification authors' implementation, both ways.
 */
import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { verifyWebhook, WebhookSignatureError } from '../src/index.js'

const secret = `whsec_${randomBytes(32).toString('base64')}`
const body = JSON.stringify({ type: 'secret.viewed', data: { secret_id: 'x', views_left: 0 } })
const now = Date.UTC(2030, 0, 1)

function signed(at = now, text = body, key = secret) {
  return {
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(Math.floor(at / 1000)),
    'webhook-signature': new Webhook(key).sign('msg_1', new Date(at), text),
  }
}

describe('verifyWebhook', () => {
  it('accepts what standardwebhooks signs, as text or bytes', async () => {
    const parsed = JSON.parse(body) as unknown
    await expect(verifyWebhook(secret, signed(), body, { now })).resolves.toEqual(parsed)
    await expect(
      verifyWebhook(secret, signed(), new TextEncoder().encode(body), { now }),
    ).resolves.toEqual(parsed)
    // Several signatures (a rotated secret): any v1 match counts.
    const headers = signed()
    const rotated = { ...headers, 'webhook-signature': `v1,AAAA ${headers['webhook-signature']}` }
    await expect(verifyWebhook(secret, rotated, body, { now })).resolves.toEqual(parsed)
  })

  it('rejects exactly what standardwebhooks rejects', async () => {
    const cases: [string, ReturnType<typeof signed>, string][] = [
      ['another body', signed(), body.replace('"x"', '"y"')],
      ['another id', { ...signed(), 'webhook-id': 'msg_2' }, body],
      ['another key', signed(now, body, `whsec_${randomBytes(32).toString('base64')}`), body],
      [
        'a v2 signature',
        { ...signed(), 'webhook-signature': signed()['webhook-signature'].replace('v1,', 'v2,') },
        body,
      ],
      ['too old', signed(now - 301_000), body],
      ['too new', signed(now + 301_000), body],
      ['no signature', { ...signed(), 'webhook-signature': '' }, body],
    ]
    for (const [what, headers, text] of cases) {
      await expect(verifyWebhook(secret, headers, text, { now }), what).rejects.toThrow(
        WebhookSignatureError,
      )
      // The reference, at the same moment.
      const reference = new Webhook(secret)
      const realNow = Date.now
      Date.now = () => now
      try {
        expect(() => reference.verify(text, { ...headers }), what).toThrow()
      } finally {
        Date.now = realNow
      }
    }
  })
})
