/** Issue 16: `hushlink-admin webhooks add|list|remove|test` on the server's database. */
import { expect, it } from 'vitest'
import { runAdmin } from '../../src/admin/run.js'
import type { DatabaseConfig } from '../../src/config.js'
import { describeDialects } from '../helpers/dialects.js'
import { openTestStore } from '../storage/fixtures.js'
import { startReceiver, verifyReceived } from './fixtures.js'

async function admin(database: DatabaseConfig, argv: string[], env: Record<string, string> = {}) {
  let out = ''
  let err = ''
  const code = await runAdmin(['webhooks', ...argv], {
    env: {
      DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url,
      ...env,
    },
    out: { write: (text) => (out += text) },
    err: { write: (text) => (err += text) },
  })
  return { code, out, err }
}

describeDialects('hushlink-admin webhooks', { timeout: 60_000 }, (dialect) => {
  it('refuses internal destinations unless WEBHOOK_ALLOW_PRIVATE=true', async () => {
    const { database } = await openTestStore(dialect)
    for (const url of [
      'http://127.0.0.1/',
      'http://10.0.0.8/',
      'http://169.254.169.254/',
      'http://[::1]/',
    ]) {
      const run = await admin(database, ['add', url])
      expect(run, url).toMatchObject({ code: 1, out: '' })
      expect(run.err).toContain('WEBHOOK_ALLOW_PRIVATE')
    }
    expect((await admin(database, ['list'])).out).toBe('no webhook endpoints\n')
  })

  it('adds, lists, tests and removes an endpoint', async () => {
    const { database } = await openTestStore(dialect)
    const open = { WEBHOOK_ALLOW_PRIVATE: 'true' }
    const receiver = await startReceiver([200])
    const added = await admin(
      database,
      ['add', receiver.url, '--events', 'secret.viewed', '--owner', 'bot'],
      open,
    )
    expect(added.code).toBe(0)
    const secret = added.out.trim()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/)
    expect(added.err).toContain('shown only this once')

    const listed = await admin(database, ['list', '--json'])
    expect(listed.out).not.toContain(secret)
    const [endpoint] = JSON.parse(listed.out) as { id: string }[]
    expect(endpoint).toMatchObject({
      url: receiver.url,
      events: ['secret.viewed'],
      owner: 'bot',
      deliveries: { pending: 0, failing: 0, delivered: 0, failed: 0, last_error: null },
    })
    const id = endpoint?.id ?? ''
    expect((await admin(database, ['list'])).out).toMatch(new RegExp(`^ID +URL.*\\n${id} +http`))

    expect(await admin(database, ['test', id], open)).toMatchObject({
      code: 0,
      out: 'delivered (HTTP 200)\n',
    })
    expect(receiver.received).toHaveLength(1)
    expect(verifyReceived(secret, receiver.received[0] as never)).toMatchObject({
      type: 'webhook.test',
    })

    expect(await admin(database, ['remove', id])).toMatchObject({ code: 0 })
    expect(await admin(database, ['remove', id])).toMatchObject({ code: 1 })
    expect(await admin(database, ['test', id])).toMatchObject({ code: 1 })
  })

  it('explains its usage', async () => {
    const { database } = await openTestStore(dialect)
    for (const argv of [
      [],
      ['add'],
      ['add', 'https://example.com', '--events', 'secret.read'],
      ['remove'],
      ['frob'],
    ]) {
      const run = await admin(database, argv)
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.err).toContain('usage: hushlink-admin webhooks')
    }
  })
})
