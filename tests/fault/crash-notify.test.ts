/**
 * Issue 16, acceptance 2: secrets are claimed, the server is killed with
 * SIGKILL while their webhooks are in flight (the receiver holds every
 * request unanswered), and restarted on the same data: every claim's
 * notification then arrives, each under one delivery id, answered once.
 * The outbox rows were committed with the claims, so the crash loses none.
 */
import { verifyWebhook } from '@hushlink/shared'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { statusOf } from '../support/load.js'
import { claimSecret, makeSecrets, postSecret } from '../support/secrets.js'
import {
  databaseFile,
  PERMISSIVE_LIMITS,
  startServer,
  type RunningServer,
} from '../support/server.js'
import {
  addWebhook,
  byDeliveryId,
  secretIdOf,
  startWebhookReceiver,
} from '../support/webhook-receiver.js'

const CLAIMS = 20
// The shortest lease the server accepts: the restarted server waits out the killed one's leases.
const ENV = { ...PERMISSIVE_LIMITS, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_LEASE: '15' }

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.map((c) => c()))
  cleanup = []
})

describe('kill -9 before the webhooks are delivered', () => {
  it(
    'delivers every claim once per delivery id after the restart',
    { timeout: 240_000 },
    async () => {
      const receiver = await startWebhookReceiver({ hold: true })
      cleanup.push(receiver.close)
      const dataDir = mkdtempSync(join(tmpdir(), 'hushlink-notify-crash-'))
      const signingSecret = await addWebhook(`sqlite:${databaseFile(dataDir)}`, receiver.url)
      const track = (server: RunningServer): RunningServer => {
        cleanup.push(() => server.stop())
        return server
      }
      const server = track(await startServer({ dataDir, env: ENV }))

      const secrets = await makeSecrets(CLAIMS, (i) => `notify-crash ${i}`)
      for (const secret of secrets)
        expect(statusOf(await postSecret(server.url, secret))).toBe('201')
      for (const secret of secrets)
        expect(statusOf(await claimSecret(server.url, secret))).toBe('200')
      // The worker is sending, and nothing has been answered: kill it mid-delivery.
      await expect.poll(() => receiver.attempts.length, { timeout: 30_000 }).toBeGreaterThan(0)
      await server.kill()
      expect(receiver.attempts.every((a) => !a.answered)).toBe(true)

      receiver.release()
      track(await startServer({ dataDir, env: ENV }))
      const claimed = new Set(secrets.map((s) => s.id))
      const delivered = () =>
        new Set(receiver.attempts.filter((a) => a.answered).map(secretIdOf)).size
      // Deliveries the killed process had leased come back once its leases ran out (15 s).
      await expect.poll(delivered, { timeout: 180_000, interval: 1000 }).toBe(CLAIMS)

      const groups = byDeliveryId(receiver.attempts)
      expect(groups.size).toBe(CLAIMS)
      const reported = new Set<string>()
      for (const [id, attempts] of groups) {
        // Every attempt of a delivery is about the same secret, and exactly one was answered.
        const ids = new Set(attempts.map(secretIdOf))
        expect(ids.size, id).toBe(1)
        expect(
          attempts.filter((a) => a.answered),
          id,
        ).toHaveLength(1)
        for (const secretId of ids) reported.add(secretId)
        for (const a of attempts) {
          const headers = {
            'webhook-id': a.id,
            'webhook-timestamp': a.timestamp,
            'webhook-signature': a.signature,
          }
          await expect(verifyWebhook(signingSecret, headers, a.body)).resolves.toMatchObject({
            type: 'secret.viewed',
          })
        }
      }
      expect(reported).toEqual(claimed)
    },
  )
})
