/**
 * Issue 16, acceptance 6, through the create API: the server offers e-mail
 * in /api/v1/config only with SMTP set; a create with notify_email and a
 * language, then a claim, sends the message through a real SMTP server in
 * that language; the address is in no table and no log line afterwards.
 * Bad or unsupported requests are 400s that store nothing.
 */
import { expect, it } from 'vitest'
import { APP_TESTS, buildTestApp } from '../helpers/app.js'
import { claim, createSecret, makeSecret } from '../helpers/secrets.js'
import { startSmtp } from './fixtures.js'
import { openSeedDb } from './seed-db.js'

const ADDRESS = 'creator@example.com'

it('e-mails the creator in their language when the secret is opened', APP_TESTS, async () => {
  const smtp = await startSmtp()
  const test = await buildTestApp({
    SMTP_URL: smtp.url,
    SMTP_FROM: 'Hushlink <noreply@hushlink.test>',
  })
  const config = await test.app.inject({ method: 'GET', url: '/api/v1/config' })
  expect(config.json()).toMatchObject({ email_notifications: true })
  await test.app.ready()

  const secret = await makeSecret()
  const body = { ...secret.body, notify_email: ADDRESS, notify_language: 'uk' }
  expect((await createSecret(test.app, body)).statusCode).toBe(201)
  expect((await claim(test.app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(
    200,
  )

  await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1)
  const [message] = smtp.received
  expect(message?.to).toEqual([ADDRESS])
  expect(message?.mail.subject).toBe('Ваш секрет відкрили')
  for (const text of [message?.raw ?? '', message?.mail.text ?? '']) {
    expect(text).not.toContain(secret.id)
    expect(text).not.toMatch(/https?:|#|www\./i)
  }

  // Sent: the address is in no notification table, and never was in a log line. The relay has the
  // message a moment before the worker hears back and records the delivery, so wait for that record.
  const db = await openSeedDb(test.config.database)
  try {
    const stored = async (): Promise<string> => {
      const tables = ['notification_deliveries', 'notification_email_targets']
      const rows = await Promise.all(
        tables.map((table) => db.reader.rows({ sql: `select * from ${table}`, slots: [] }, {})),
      )
      return JSON.stringify(rows)
    }
    await expect.poll(stored, { timeout: 10_000 }).not.toContain(ADDRESS)
  } finally {
    await db.close()
  }
  expect(test.logs.join('\n')).not.toContain(ADDRESS)
})

it(
  'refuses notify fields it cannot honour, with a 400 that stores nothing',
  APP_TESTS,
  async () => {
    const plain = await buildTestApp()
    expect((await plain.app.inject({ method: 'GET', url: '/api/v1/config' })).json()).toMatchObject(
      {
        email_notifications: false,
      },
    )
    const refused = async (app: typeof plain, extra: object) => {
      const secret = await makeSecret()
      const reply = await createSecret(app.app, { ...secret.body, ...extra })
      expect(reply.statusCode, JSON.stringify(extra)).toBe(400)
      expect(reply.json()).toMatchObject({ error: { code: expect.any(String) } })
      expect(
        (await claim(app.app, secret.id, { access_token: secret.accessToken })).statusCode,
      ).toBe(404)
    }
    await refused(plain, { notify_email: ADDRESS })

    const smtp = await startSmtp()
    const mailing = await buildTestApp({ SMTP_URL: smtp.url, SMTP_FROM: 'noreply@hushlink.test' })
    await refused(mailing, { notify_email: 'not an address' })
    await refused(mailing, { notify_email: `${'a'.repeat(250)}@example.com` })
    await refused(mailing, { notify_email: ADDRESS, notify_language: 'de' })
    await refused(mailing, { notify_language: 'en' })
  },
)
