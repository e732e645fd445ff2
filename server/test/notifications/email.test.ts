/**
 * Issue 16, acceptance 6: "your secret was opened" through a real SMTP
 * server started here, in the creator's language, with no link, key or
 * fragment; the stored address is gone afterwards.
 */
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { expect, it, onTestFinished } from 'vitest'
import { createNotifications } from '../../src/notifications/service.js'
import type { NotificationDb } from '../../src/notifications/store/database.js'
import { addEmailTarget, enqueueNotifications } from '../../src/notifications/store/enqueue.js'
import { createTestClock } from '../helpers/app.js'
import { describeDialects } from '../helpers/dialects.js'
import { newSecret } from '../storage/fixtures.js'
import { openNotificationFixture, viewedEvent } from './fixtures.js'

interface Received {
  readonly to: string[]
  readonly mail: ParsedMail
  readonly raw: string
}

/** An SMTP server on loopback that accepts everything and keeps what it received. */
async function startSmtp(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              mail,
              raw: raw.toString(),
            })
            callback()
          },
          (err: Error) => callback(err),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received }
}

const EXPECTED = {
  en: { subject: 'Your secret was opened', text: 'was opened on 2030-01-01 12:00 (UTC)' },
  ru: { subject: 'Ваш секрет открыли', text: 'открыли 2030-01-01 12:00 (UTC)' },
  uk: { subject: 'Ваш секрет відкрили', text: 'відкрили 2030-01-01 12:00 (UTC)' },
} as const

describeDialects('e-mail when a secret is opened', { timeout: 60_000 }, (dialect) => {
  it('arrives in the creator language, with nothing that opens the secret, and the address is erased', async () => {
    const { store, db } = await openNotificationFixture(dialect)
    const smtp = await startSmtp()
    const clock = createTestClock(Date.UTC(2030, 0, 1, 12))
    const notifications = createNotifications({
      db,
      clock,
      config: {
        smtpUrl: smtp.url,
        smtpFrom: 'Hushlink <noreply@hushlink.test>',
        webhookAllowPrivate: false,
        maxAttempts: 3,
        maxRetryAge: 3600,
      },
    })
    onTestFinished(() => notifications.worker.stop())
    const s = db.statements
    const secrets = { en: newSecret(), ru: newSecret(), uk: newSecret() }
    for (const [language, secret] of Object.entries(secrets)) {
      await store.insert(secret)
      await db.write((tx) =>
        addEmailTarget(tx, s, {
          secretId: secret.id,
          address: `${language}@example.com`,
          language,
          now: clock.now(),
        }),
      )
      await db.write((tx) =>
        enqueueNotifications(tx, s, viewedEvent({ secretId: secret.id, occurredAt: clock.now() })),
      )
    }
    // A second view of the same secret sends nothing more: the address is used once.
    await db.write((tx) =>
      enqueueNotifications(
        tx,
        s,
        viewedEvent({ secretId: secrets.en.id, occurredAt: clock.now() }),
      ),
    )

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
    const s = db.statements
    const burned = newSecret()
    const swept = newSecret({ expiresAt: Date.UTC(2030, 0, 1) + 1000 })
    for (const secret of [burned, swept]) {
      await store.insert(secret)
      await db.write((tx) =>
        addEmailTarget(tx, s, {
          secretId: secret.id,
          address: 'me@example.com',
          language: 'en',
          now: 1,
        }),
      )
    }
    await db.write((tx) =>
      enqueueNotifications(
        tx,
        s,
        viewedEvent({ type: 'secret.burned', secretId: burned.id, cause: 'admin' }),
      ),
    )
    // The sweeper deletes the expired row; the address goes with it.
    expect(
      await store.deleteExpired(Date.UTC(2030, 0, 2), { rows: 100, ms: 10_000 }),
    ).toBeGreaterThan(0)
    await expectNoAddressStored(db)
  })
})

/** Not one e-mail address in any notification table. */
async function expectNoAddressStored({ reader }: NotificationDb): Promise<void> {
  const tables = ['webhook_endpoints', 'notification_deliveries', 'notification_email_targets']
  const rows = await Promise.all(
    tables.map((t) => reader.rows({ sql: `select * from ${t}`, slots: [] }, {})),
  )
  expect(JSON.stringify(rows)).not.toContain('@example.com')
}
