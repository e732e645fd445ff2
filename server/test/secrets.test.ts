import { decodeBase64url, openContent } from '@hushlink/shared'
import { NOT_FOUND_MESSAGE } from '@hushlink/shared/api'
import { expect, it } from 'vitest'
import { describeDialects } from './helpers/dialects.js'
import { APP_TESTS, buildTestApp, IN_MEMORY, useSharedApp } from './helpers/app.js'
import {
  claim,
  createSecret,
  getMeta,
  makeSecret,
  randomToken,
  storeSecret,
} from './helpers/secrets.js'

describeDialects('secrets: create, inspect, claim', APP_TESTS, (dialect) => {
  const shared = useSharedApp({}, dialect)

  it('round-trips a secret: create → metadata → claim → gone', async () => {
    const { app, clock } = shared.current
    const text = 'pässwörd 🔐 '.repeat(50)
    const secret = await makeSecret({ text, ttl: 600 })

    const created = await createSecret(app, secret.body)
    expect(created.statusCode).toBe(201)
    expect(created.json()).toEqual({
      id: secret.id,
      expires_at: new Date(clock.now() + 600_000).toISOString(),
    })

    const meta = await getMeta(app, secret.id)
    expect(meta.statusCode).toBe(200)
    expect(meta.json()).toEqual({
      id: secret.id,
      expires_at: new Date(clock.now() + 600_000).toISOString(),
      views_left: 1,
      passphrase_required: false,
      kind: 'text',
      size: secret.envelope.length,
      header: Buffer.from(secret.envelope.subarray(0, 84)).toString('base64url'),
    })

    const claimed = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(claimed.statusCode).toBe(200)
    const body = claimed.json<{ envelope: string; views_left: number }>()
    expect(body.views_left).toBe(0)
    const envelope = decodeBase64url(body.envelope)
    expect(Buffer.from(envelope).equals(Buffer.from(secret.envelope))).toBe(true)
    const opened = openContent(
      secret.prepared.sodium,
      envelope,
      secret.id,
      secret.prepared.keys.encKey,
    )
    expect(opened.text).toBe(text)

    for (const res of [
      await claim(app, secret.id, { access_token: secret.accessToken }),
      await getMeta(app, secret.id),
    ]) {
      expect(res.statusCode).toBe(404)
      expect(res.json()).toEqual({ error: { code: 'not_found', message: NOT_FOUND_MESSAGE } })
    }
  })

  it('never consumes on GET or HEAD of the metadata, even 100 times', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    for (let i = 0; i < 50; i++) {
      expect((await getMeta(app, secret.id)).statusCode).toBe(200)
      const head = await app.inject({ method: 'HEAD', url: `/api/v1/secrets/${secret.id}` })
      expect(head.statusCode).toBe(200)
    }
    // Link previews fetch the page too.
    for (let i = 0; i < 10; i++) {
      const page = await app.inject({
        method: 'GET',
        url: `/s/${secret.id}`,
        headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0' },
      })
      expect(page.statusCode).toBe(200)
    }
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
  })

  it('counts views of a multi-view secret and deletes the ciphertext on the last one', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app, { maxViews: 3 })
    for (const left of [2, 1, 0]) {
      const res = await claim(app, secret.id, { access_token: secret.accessToken })
      expect(res.statusCode).toBe(200)
      expect(res.json<{ views_left: number }>().views_left).toBe(left)
      if (left > 0)
        expect((await getMeta(app, secret.id)).json()).toMatchObject({ views_left: left })
    }
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(404)
  })

  it('answers a wrong access token exactly like an unknown id, and keeps the secret', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    const wrong = await claim(app, secret.id, { access_token: randomToken() })
    const unknown = await claim(app, (await makeSecret()).id, { access_token: secret.accessToken })
    expect(wrong.statusCode).toBe(404)
    expect(wrong.body).toBe(unknown.body)
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
  })

  it('rejects a duplicate id with 409, including the id of a secret already read', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    const again = await createSecret(app, secret.body)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ error: { code: 'id_taken' } })
    await claim(app, secret.id, { access_token: secret.accessToken })
    expect((await createSecret(app, secret.body)).statusCode).toBe(409)
  })

  it('rejects a pass token for a secret that has no passphrase, without consuming it', async () => {
    const { app } = shared.current
    const secret = await storeSecret(app)
    const res = await claim(app, secret.id, {
      access_token: secret.accessToken,
      pass_token: randomToken(),
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ error: { code: 'bad_request' } })
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(200)
  })

  it('accepts the largest text envelope the instance allows', async () => {
    const { app } = await buildTestApp({ MAX_TEXT_BYTES: '131072' }, dialect)
    const secret = await makeSecret({ text: 'x'.repeat(110_000) })
    expect(secret.envelope.length).toBeLessThanOrEqual(131_072)
    expect((await createSecret(app, secret.body)).statusCode).toBe(201)
    const res = await claim(app, secret.id, { access_token: secret.accessToken })
    expect(decodeBase64url(res.json<{ envelope: string }>().envelope)).toEqual(secret.envelope)
  })

  it('publishes the instance limits', async () => {
    const { app } = await buildTestApp({
      ...IN_MEMORY,
      MIN_TTL: '60',
      MAX_TTL: '3600',
      DEFAULT_TTL: '600',
    })
    const res = await app.inject({ method: 'GET', url: '/api/v1/config' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      min_ttl: 60,
      max_ttl: 3600,
      default_ttl: 600,
      max_views: 100,
      max_text_bytes: 1_048_576,
      max_file_bytes: 104_857_600,
      max_total_bytes: 134_217_728,
      upload_part_bytes: 8_388_608,
      create_requires_api_key: false,
      email_notifications: false,
    })
  })
})
