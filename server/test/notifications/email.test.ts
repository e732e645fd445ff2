/**
 * Issue 16, acceptance 6: "your secret was opened" through a real SMTP
 * server started here, in the creator's language, with no link, key or
 * fragment; the stored address is gone afterwards.
 */
import { expect, it, onTestFinished } from 'vitest'
import { createNotifications } from '../../src/notifications/service.js'
import type { SeedDb } from './seed-db.js'
import { createTestClock } from '../helpers/app.js'
import { describeDialects } from '../helpers/dialects.js'
import { newSecret } from '../storage/fixtures.js'
import { openNotificationFixture, startSmtp } from './fixtures.js'

const EXPECTED = {
  en: { subject: 'Your secret was opened', text: 'was opened on 2030-01-01 12:00 (UTC)' },
  ru: { subject: 'Ваш секрет открыли', text: 'открыли 2030-01-01 12:00 (UTC)' },
  uk: { subject: 'Ваш секрет відкрили', text: 'відкрили 2030-01-01 12:00 (UTC)' },
} as const

describeDialects('e-mail when a secret is opened', { timeout: 60_000 }, (dialect) => {
  it('arrives in the creator language, with nothing that opens the secret, and the address is erased', async () => {
    const { store, db, notifications: tables } = await openNotificationFixture(dialect)
    const smtp = await startSmtp()
    const clock = createTestClock(Date.UTC(2030, 0, 1, 12))
    const notifications = createNotifications({
      store: tables,
      clock,
      config: {
        smtpUrl: smtp.url,
        smtpFrom: 'Hushlink <noreply@hushlink.test>',
        webhookAllowPrivate: false,
        maxAttempts: 3,
        maxRetryAge: 3600,
        deliveryLease: 60,
      },
    })
    onTestFinished(() => notifications.worker.stop())
    const s = db.statements
    const later = { expiresAt: Date.UTC(2030, 0, 2) }
    const secrets = {
      en: newSecret({ ...later, maxViews: 2 }),
      ru: newSecret(later),
      uk: newSecret(later),
    }
    for (const [language, secret] of Object.entries(secrets)) {
      // The address is stored in the create's transaction, the delivery queued in the claim's.
      await store.insert({
        ...secret,
        notifyEmail: { address: `${language}@example.com`, language },
      })
      expect(await store.claim(secret.id, clock.now())).toBeDefined()
    }
    // A second view of the same secret sends nothing more: the address is used once.
    expect(await store.claim(secrets.en.id, clock.now())).toMatchObject({ viewsLeft: 0 })

    expect(await notifications.worker.runOnce()).toBe(3)
    expect(smtp.received).toHaveLength(3)
    for (const [language, secret] of Object.entries(secrets)) {
      const message = smtp.received.find((m) => m.to.includes(`${language}@example.com`))
      const expected = EXPECTED[language as keyof typeof EXPECTED]
      expect(message?.mail.subject).toBe(expected.subject)
      expect(message?.mail.text).toContain(expected.text)
      expect(message?.mail.from?.value).toEqual([
        { name: 'Hushlink', address: 'noreply@hushlink.test' },
      ])
      // No link, no id, nothing from a fragment.
      for (const text of [message?.raw ?? '', message?.mail.text ?? '']) {
        expect(text).not.toContain(secret.id)
        expect(text).not.toMatch(/https?:|#|www\./i)
      }
      expect(message?.mail.html).toBe(false)
    }

    // Sent: no address is stored anywhere any more.
    expect(await notifications.outbox.pendingCount()).toBe(0)
    for (const secret of Object.values(secrets)) {
      expect(await db.reader.rows(s.takeEmailTarget, { secret_id: secret.id })).toEqual([])
    }
    await expectNoAddressStored(db)
  })

  it('erases the address when the secret ends unopened, and never sends for it', async () => {
    const { store, db } = await openNotificationFixture(dialect)
    const burned = newSecret()
    const exhausted = newSecret({ maxFailures: 1 })
    const swept = newSecret({ expiresAt: Date.UTC(2030, 0, 1) + 1000 })
    for (const secret of [burned, exhausted, swept]) {
      await store.insert({ ...secret, notifyEmail: { address: 'me@example.com', language: 'en' } })
    }
    const now = Date.UTC(2030, 0, 1)
    expect(await store.burn(burned.id, now, 'admin')).toBeDefined()
    expect(await store.recordFailure(exhausted.id, now)).toEqual({ remaining: 0 })
    // The sweeper deletes the expired row; the address goes with it.
    expect(
      await store.deleteExpired(Date.UTC(2030, 0, 2), { rows: 100, ms: 10_000 }),
    ).toBeGreaterThan(0)
    await expectNoAddressStored(db)
  })
})

/** Not one e-mail address in any notification table. */
async function expectNoAddressStored({ reader }: SeedDb): Promise<void> {
  const tables = ['webhook_endpoints', 'notification_deliveries', 'notification_email_targets']
  const rows = await Promise.all(
    tables.map((t) => reader.rows({ sql: `select * from ${t}`, slots: [] }, {})),
  )
  expect(JSON.stringify(rows)).not.toContain('@example.com')
}
