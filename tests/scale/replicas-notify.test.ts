/**
 * Issue 16, acceptance 4: two server processes on one PostgreSQL database,
 * one webhook endpoint. 500 secrets claimed over both replicas: 500
 * deliveries arrive, one per claim, none twice (each replica's worker takes
 * rows with FOR UPDATE SKIP LOCKED).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { createSecrets, raceClaims, raceViolations } from '../support/load.js'
import { createPostgresSchema, TEST_DATABASE_URL } from '../support/postgres.js'
import { startServer, type RunningServer } from '../support/server.js'
import {
  addWebhook,
  byDeliveryId,
  secretIdOf,
  startWebhookReceiver,
} from '../support/webhook-receiver.js'

const CLAIMS = 500

describe.skipIf(TEST_DATABASE_URL === undefined)(
  'webhooks from two replicas on PostgreSQL (needs TEST_DATABASE_URL)',
  () => {
    const cleanup: (() => Promise<void> | void)[] = []
    afterAll(async () => {
      for (const c of cleanup.reverse()) await c()
    })

    it('500 claims over both: 500 deliveries, none twice', { timeout: 240_000 }, async () => {
      const schema = createPostgresSchema(TEST_DATABASE_URL ?? '')
      cleanup.push(() => schema.drop())
      const receiver = await startWebhookReceiver({ hold: false })
      cleanup.push(receiver.close)
      // The admin command migrates the empty schema and registers the endpoint.
      await addWebhook(schema.url, receiver.url)
      const env = {
        DATABASE_URL: schema.url,
        RATE_LIMIT_CREATE: '1000000',
        RATE_LIMIT_CLAIM: '1000000',
        RATE_LIMIT_READ: '1000000',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        LOG_LEVEL: 'warn',
      }
      const servers: RunningServer[] = await Promise.all([
        startServer({ env }),
        startServer({ env }),
      ])
      cleanup.push(() => Promise.all(servers.map((s) => s.stop())).then(() => undefined))
      const urls = servers.map((s) => s.url)

      const { secrets, statuses } = await createSecrets(urls, CLAIMS, (i) => `notify replica ${i}`)
      expect(statuses.filter((s) => s !== '201')).toEqual([])
      const result = await raceClaims(urls, secrets, 2)
      expect(raceViolations(result, 1)).toEqual({ over: 0, under: 0, totalWins: CLAIMS })

      const answered = () => receiver.attempts.filter((a) => a.answered).length
      await expect
        .poll(answered, { timeout: 120_000, interval: 500 })
        .toBeGreaterThanOrEqual(CLAIMS)
      // A moment more: a duplicate would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      const groups = byDeliveryId(receiver.attempts)
      expect(groups.size).toBe(CLAIMS)
      expect([...groups.values()].filter((attempts) => attempts.length !== 1)).toEqual([])
      expect(new Set(receiver.attempts.map(secretIdOf))).toEqual(new Set(secrets.map((s) => s.id)))
    })
  },
)
