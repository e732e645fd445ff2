import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import {
  answerRequest,
  closeRequest,
  createRequest,
  decodeBase64url,
  deriveKeys,
  encodeBase64url,
  listInbox,
  loadSodium,
  openContent,
  parseRequestLink,
  parseSecretLink,
  sealAnswerKey,
  viewRequest,
} from '@hushlink/shared'
import type { FastifyInstance } from 'fastify'
import { loadEnvelopeVectors, loadRequestVectors } from '../../shared/test/vectors.js'
import { APP_TESTS, buildTestApp, useSharedApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { issueKey } from './helpers/keys.js'
import { INJECT_BASE, injectFetch } from './helpers/requests.js'
import { makeSecret, randomToken } from './helpers/secrets.js'

const sodium = await loadSodium()

function client(app: FastifyInstance) {
  return { server: INJECT_BASE, fetch: injectFetch(app) }
}

/** Opens an answer link as the web page would: claim with the derived token, decrypt. */
async function openAnswer(app: FastifyInstance, link: string): Promise<string> {
  const { id, linkKey } = parseSecretLink(link)
  const keys = deriveKeys(sodium, linkKey, null)
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/secrets/${id}/claim`,
    payload: { access_token: encodeBase64url(keys.accessToken) },
  })
  expect(res.statusCode, res.body).toBe(200)
  const envelope = decodeBase64url(res.json<{ envelope: string }>().envelope)
  return openContent(sodium, envelope, id, keys.encKey).text
}

/** A raw answer to `requestLink`: a fresh secret and its key sealed to the link's public key. */
async function rawAnswer(requestLink: string, text = 'hunter2') {
  const link = parseRequestLink(requestLink)
  const secret = await makeSecret({ text })
  const requestToken = sodium.crypto_kdf_derive_from_key(32, 1, 'hlq1_req', link.requestKey)
  return {
    secret,
    body: {
      request_token: encodeBase64url(requestToken),
      sealed_key: encodeBase64url(sealAnswerKey(sodium, secret.prepared.linkKey, link.publicKey)),
      secret: secret.body,
    },
  }
}

function postAnswer(app: FastifyInstance, id: string, body: object) {
  return app.inject({ method: 'POST', url: `/api/v1/requests/${id}/answers`, payload: body })
}

describeDialects('requests for secrets (protocol §8)', APP_TESTS, (dialect) => {
  const shared = useSharedApp({}, dialect)

  it('request → note → answer → inbox → open once; a second answer to a one-time request is refused', async () => {
    const { app } = shared.current
    const c = client(app)
    const made = await createRequest({ ...c, note: 'the staging DB password, please', ttl: 3600 })
    const viewed = await viewRequest({ ...c, requestLink: made.requestLink })
    expect(viewed).toMatchObject({ note: 'the staging DB password, please', maxAnswers: 1 })
    // Viewing consumes nothing.
    await viewRequest({ ...c, requestLink: made.requestLink })

    const answered = await answerRequest({
      ...c,
      requestLink: made.requestLink,
      text: 'pg://staging:s3cr3t@db',
      ttl: 600,
    })
    const inbox = await listInbox({ ...c, inboxLink: made.inboxLink })
    expect(inbox.state).toBe('closed')
    expect(inbox.items.map((i) => i.id)).toEqual([answered.id])
    // Listing twice consumes nothing either.
    expect((await listInbox({ ...c, inboxLink: made.inboxLink })).items).toHaveLength(1)

    const [item] = inbox.items
    expect(await openAnswer(app, item?.link ?? '')).toBe('pg://staging:s3cr3t@db')
    expect((await listInbox({ ...c, inboxLink: made.inboxLink })).items).toEqual([])

    const second = await postAnswer(app, made.id, (await rawAnswer(made.requestLink)).body)
    expect(second.statusCode).toBe(409)
    expect(second.json()).toMatchObject({ error: { code: 'request_closed' } })
    await expect(viewRequest({ ...c, requestLink: made.requestLink })).rejects.toMatchObject({
      status: 409,
      code: 'request_closed',
    })
  })

  it('a drop box of 3 takes exactly 3 of 5 concurrent answers', async () => {
    const { app } = shared.current
    const c = client(app)
    for (let round = 0; round < 3; round++) {
      const made = await createRequest({ ...c, note: 'drop it here', ttl: 3600, maxAnswers: 3 })
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => rawAnswer(made.requestLink)),
      )
      const results = await Promise.all(answers.map((a) => postAnswer(app, made.id, a.body)))
      const statuses = results.map((r) => r.statusCode).sort()
      expect(statuses).toEqual([201, 201, 201, 409, 409])
      const accepted = answers.filter((_, i) => results[i]?.statusCode === 201)
      const inbox = await listInbox({ ...c, inboxLink: made.inboxLink })
      expect(inbox).toMatchObject({ state: 'closed', answers: 3, maxAnswers: 3 })
      expect(inbox.items.map((i) => i.id).sort()).toEqual(accepted.map((a) => a.secret.id).sort())
      // The refused answers left no secret behind.
      for (const [i, a] of answers.entries()) {
        const meta = await app.inject({ method: 'GET', url: `/api/v1/secrets/${a.secret.id}` })
        expect(meta.statusCode).toBe(results[i]?.statusCode === 201 ? 200 : 404)
      }
    }
  })

  it('bad input gets a clear 4xx and changes nothing', async () => {
    const { app } = shared.current
    const c = client(app)
    const made = await createRequest({ ...c, note: 'x', ttl: 3600, maxAnswers: 2 })
    const good = await rawAnswer(made.requestLink)
    const cases: [object, number, string][] = [
      [{ ...good.body, sealed_key: good.body.sealed_key.slice(0, -4) }, 400, 'bad_request'],
      [{ ...good.body, request_token: randomToken() }, 404, 'not_found'],
      [
        { ...good.body, secret: { ...good.body.secret, envelope: 'AAAA' } },
        400,
        'invalid_envelope',
      ],
      [{ ...good.body, extra: 1 }, 400, 'bad_request'],
    ]
    for (const [body, status, code] of cases) {
      const res = await postAnswer(app, made.id, body)
      expect(res.statusCode, res.body).toBe(status)
      expect(res.json()).toMatchObject({ error: { code } })
    }
    expect((await listInbox({ ...c, inboxLink: made.inboxLink })).answers).toBe(0)

    expect((await postAnswer(app, made.id, good.body)).statusCode).toBe(201)
    // A replayed answer id: 409 id_taken, and the count does not move.
    const replay = await postAnswer(app, made.id, good.body)
    expect(replay.statusCode).toBe(409)
    expect(replay.json()).toMatchObject({ error: { code: 'id_taken' } })
    expect((await listInbox({ ...c, inboxLink: made.inboxLink })).answers).toBe(1)

    // Closed early: no more answers, the one it has stays.
    await closeRequest({ ...c, inboxLink: made.inboxLink })
    await closeRequest({ ...c, inboxLink: made.inboxLink })
    const late = await postAnswer(app, made.id, (await rawAnswer(made.requestLink)).body)
    expect(late.json()).toMatchObject({ error: { code: 'request_closed' } })
    const inbox = await listInbox({ ...c, inboxLink: made.inboxLink })
    expect(inbox).toMatchObject({ state: 'closed', answers: 1 })
    expect(inbox.items).toHaveLength(1)

    const base = {
      id: encodeBase64url(randomBytes(16)),
      ttl: 3600,
      request_verifier: randomToken(),
      inbox_verifier: randomToken(),
    }
    for (const note of [
      encodeBase64url(randomBytes(100)),
      encodeBase64url(randomBytes(24 + 16 + 1280)),
      'not base64!',
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/requests',
        payload: { ...base, note },
      })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
    const tooMany = await app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      payload: { ...base, note: encodeBase64url(randomBytes(296)), max_answers: 101 },
    })
    expect(tooMany.statusCode).toBe(400)
    const unknown = await app.inject({
      method: 'POST',
      url: `/api/v1/requests/${base.id}/inbox`,
      payload: { inbox_token: randomToken() },
    })
    expect(unknown.statusCode).toBe(404)
  })

  it('checks the shared request vectors: the note, the verifiers and the sealed key', async () => {
    const { app } = shared.current
    const envelopes = loadEnvelopeVectors()
    for (const v of loadRequestVectors()) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/requests',
        payload: {
          id: v.id,
          note: v.note,
          ttl: 3600,
          request_verifier: v.request_verifier,
          inbox_verifier: v.inbox_verifier,
        },
      })
      expect(created.statusCode, created.body).toBe(201)
      const view = await app.inject({
        method: 'POST',
        url: `/api/v1/requests/${v.id}/view`,
        payload: { request_token: v.request_token },
      })
      expect(view.json<{ note: string }>().note).toBe(v.note)
      const e = envelopes.find((x) => x.name === v.answer_vector)
      if (!e) throw new Error(`no envelope vector ${v.answer_vector}`)
      const answer = await postAnswer(app, v.id, {
        request_token: v.request_token,
        sealed_key: v.sealed_key,
        secret: {
          id: e.id,
          envelope: e.envelope,
          ttl: 600,
          access_verifier: e.access_verifier,
          ...(e.pass_verifier === null ? {} : { pass_verifier: e.pass_verifier }),
        },
      })
      expect(answer.statusCode, answer.body).toBe(201)
      const inbox = await app.inject({
        method: 'POST',
        url: `/api/v1/requests/${v.id}/inbox`,
        payload: { inbox_token: v.inbox_token },
      })
      expect(inbox.json<{ items: { sealed_key: string; passphrase: boolean }[] }>().items).toEqual([
        expect.objectContaining({ sealed_key: v.sealed_key, passphrase: e.pass_verifier !== null }),
      ])
    }
  })
})

describeDialects('requests: keys, expiry and the sweeper', APP_TESTS, (dialect) => {
  it('a private instance needs a key to ask, none to answer', async () => {
    const testApp = await buildTestApp({ CREATE_REQUIRES_API_KEY: 'true' }, dialect)
    const { app } = testApp
    const c = client(app)
    await expect(createRequest({ ...c, note: 'n', ttl: 3600 })).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
    })
    const key = await issueKey(testApp, 'support', 'create')
    const made = await createRequest({ ...c, note: 'n', ttl: 3600, apiKey: key })
    await answerRequest({ ...c, requestLink: made.requestLink, text: 'from a stranger', ttl: 600 })
    expect((await listInbox({ ...c, inboxLink: made.inboxLink })).items).toHaveLength(1)
  })

  it('answers are limited by RATE_LIMIT_CREATE, per address, like creates', async () => {
    const { app } = await buildTestApp({ RATE_LIMIT_CREATE: '3' }, dialect)
    const c = client(app)
    const made = await createRequest({ ...c, note: 'n', ttl: 3600, maxAnswers: 5 })
    const answers = await Promise.all([1, 2, 3, 4].map(() => rawAnswer(made.requestLink)))
    const statuses = []
    for (const a of answers) statuses.push((await postAnswer(app, made.id, a.body)).statusCode)
    expect(statuses).toEqual([201, 201, 201, 429])
    const limited = await postAnswer(app, made.id, (await rawAnswer(made.requestLink)).body)
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect((await listInbox({ ...c, inboxLink: made.inboxLink })).answers).toBe(3)
  })

  it("answers outlive their request's expiry, then the sweeper deletes the request", async () => {
    const { app, clock } = await buildTestApp({}, dialect)
    const c = client(app)
    const made = await createRequest({ ...c, note: 'n', ttl: 300, maxAnswers: 2 })
    await answerRequest({ ...c, requestLink: made.requestLink, text: 'long', ttl: 3600 })
    clock.advance(301_000)
    await expect(viewRequest({ ...c, requestLink: made.requestLink })).rejects.toMatchObject({
      status: 404,
    })
    const late = await rawAnswer(made.requestLink)
    expect((await postAnswer(app, made.id, late.body)).statusCode).toBe(404)
    await app.sweeper.runOnce()
    const inbox = await listInbox({ ...c, inboxLink: made.inboxLink })
    expect(inbox.state).toBe('expired')
    expect(inbox.items).toHaveLength(1)
    clock.advance(3600_000)
    await app.sweeper.runOnce()
    await expect(listInbox({ ...c, inboxLink: made.inboxLink })).rejects.toMatchObject({
      status: 404,
    })
  })
})

describeDialects('requests: the admin listing', APP_TESTS, (dialect) => {
  it('lists requests newest first with counts, never the note or a verifier', async () => {
    const testApp = await buildTestApp({}, dialect)
    const { app, clock } = testApp
    const c = client(app)
    const first = await createRequest({ ...c, note: 'first note', ttl: 3600, maxAnswers: 2 })
    clock.advance(1000)
    const second = await createRequest({ ...c, note: 'second note', ttl: 3600 })
    await answerRequest({ ...c, requestLink: first.requestLink, text: 'a', ttl: 600 })
    const key = await issueKey(testApp, 'ops', 'admin')
    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/admin/requests?limit=1',
      headers: { 'x-api-key': key },
    })
    expect(page.statusCode, page.body).toBe(200)
    const body = page.json<{ items: { id: string }[]; next_cursor: string }>()
    expect(body.items.map((i) => i.id)).toEqual([second.id])
    const next = await app.inject({
      method: 'GET',
      url: `/api/v1/admin/requests?cursor=${body.next_cursor}`,
      headers: { 'x-api-key': key },
    })
    expect(next.json()).toEqual({
      items: [
        {
          id: first.id,
          state: 'open',
          max_answers: 2,
          answers: 1,
          created_at: expect.any(String) as string,
          expires_at: expect.any(String) as string,
          owner: null,
        },
      ],
      next_cursor: null,
    })
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/admin/requests' })
    expect(anonymous.statusCode).toBe(401)
  })
})
