import { existsSync, readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { expect, it } from 'vitest'
import { prepareLinks } from '@hushlink/shared'
import type { ReceiptStatusResponse } from '@hushlink/shared/api'
import { useSharedApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { linkTokensOf, makeFanOut, type TestFanOut } from './helpers/fan-out.js'
import { declareUpload, makeUpload, sendPart } from './helpers/uploads.js'
import { issueKey } from './helpers/keys.js'
import { rawRows } from './helpers/raw-rows.js'
import { claim, createSecret, getMeta, randomToken, storeSecret } from './helpers/secrets.js'

const LABELS = ['Alice Quokka', 'Bob Pangolin', null, 'Dora Axolotl', 'Eve Narwhal'] as const

async function storeFanOut(
  app: FastifyInstance,
  labels: readonly (string | null)[] = LABELS,
  maxViews?: number,
): Promise<TestFanOut> {
  const secret = await makeFanOut(labels, maxViews === undefined ? {} : { maxViews })
  const res = await createSecret(app, secret.body)
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`)
  return secret
}

function claimLink(app: FastifyInstance, secret: TestFanOut, index: number) {
  return claim(app, secret.id, { access_token: secret.linkTokens[index - 1] ?? '', link: index })
}

async function status(
  app: FastifyInstance,
  secret: Pick<TestFanOut, 'id' | 'receiptToken'>,
): Promise<ReceiptStatusResponse> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/receipts/${secret.id}/status`,
    payload: { receipt_token: secret.receiptToken },
  })
  expect(res.statusCode).toBe(200)
  return res.json()
}

function burn(app: FastifyInstance, secret: TestFanOut, link?: number) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/receipts/${secret.id}/burn`,
    payload: { receipt_token: secret.receiptToken, ...(link === undefined ? {} : { link }) },
  })
}

describeDialects('fan-out: one link per recipient', { timeout: 60_000 }, (dialect) => {
  const shared = useSharedApp({}, dialect)
  const payloadRows = async (id: string) =>
    (await rawRows(shared.current.config.database, 'select id from payloads where id = $1', [id]))
      .length

  it('5 links × 16 concurrent claimers each: every link opens exactly once, then the payload is gone', async () => {
    const { app } = shared.current
    for (let round = 0; round < 3; round++) {
      const secret = await storeFanOut(app)
      const results = await Promise.all(
        [1, 2, 3, 4, 5].flatMap((index) =>
          Array.from({ length: 16 }, async () => ({
            index,
            res: await claimLink(app, secret, index),
          })),
        ),
      )
      const wins = results.filter((r) => r.res.statusCode === 200)
      expect(wins.map((r) => r.index).sort()).toEqual([1, 2, 3, 4, 5])
      expect(results.filter((r) => r.res.statusCode === 404)).toHaveLength(5 * 15)
      expect(wins.map((r) => r.res.json<{ views_left: number }>().views_left)).toEqual([
        0, 0, 0, 0, 0,
      ])
      expect(await payloadRows(secret.id)).toBe(0)
      const receipt = await status(app, secret)
      expect(receipt).toMatchObject({ state: 'viewed', views: 5, max_views: 5 })
      expect(receipt.links?.map((l) => [l.link, l.state, l.views])).toEqual(
        [1, 2, 3, 4, 5].map((i) => [i, 'viewed', 1]),
      )
      expect(receipt.links?.every((l) => l.opened_at !== undefined)).toBe(true)
    }
  })

  it('each link has its own views; the metadata of a link says what it has left', async () => {
    const { app } = shared.current
    const secret = await storeFanOut(app, ['a', 'b'], 2)
    const meta = await app.inject({ method: 'GET', url: `/api/v1/secrets/${secret.id}?link=1` })
    expect(meta.json()).toMatchObject({ views_left: 2 })
    expect((await claimLink(app, secret, 1)).json()).toMatchObject({ views_left: 1 })
    expect((await claimLink(app, secret, 1)).json()).toMatchObject({ views_left: 0 })
    expect((await claimLink(app, secret, 1)).statusCode).toBe(404)
    const done = await app.inject({ method: 'GET', url: `/api/v1/secrets/${secret.id}?link=1` })
    expect(done.statusCode).toBe(404)
    expect(await payloadRows(secret.id)).toBe(1)
    expect((await claimLink(app, secret, 2)).json()).toMatchObject({ views_left: 1 })
    expect((await claimLink(app, secret, 2)).json()).toMatchObject({ views_left: 0 })
    expect(await payloadRows(secret.id)).toBe(0)
    expect((await status(app, secret)).state).toBe('viewed')
  })

  it('a link opens only with its own token, and a fan-out secret only through a link', async () => {
    const { app } = shared.current
    const secret = await storeFanOut(app)
    // Bob's token on Alice's link, the envelope's own token, a random one, no link at all.
    expect(
      (await claim(app, secret.id, { access_token: secret.linkTokens[1] ?? '', link: 1 }))
        .statusCode,
    ).toBe(404)
    expect(
      (await claim(app, secret.id, { access_token: secret.accessToken, link: 1 })).statusCode,
    ).toBe(404)
    expect((await claim(app, secret.id, { access_token: randomToken(), link: 1 })).statusCode).toBe(
      404,
    )
    expect((await claim(app, secret.id, { access_token: secret.accessToken })).statusCode).toBe(404)
    expect(
      (await claim(app, secret.id, { access_token: secret.linkTokens[0] ?? '' })).statusCode,
    ).toBe(404)
    // A link number the secret does not have.
    const six = await claim(app, secret.id, { access_token: secret.linkTokens[0] ?? '', link: 6 })
    expect(six.statusCode).toBe(404)
    // An ordinary secret has no links.
    const plain = await storeSecret(app)
    expect(
      (await claim(app, plain.id, { access_token: plain.accessToken, link: 1 })).statusCode,
    ).toBe(404)
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/secrets/${plain.id}?link=1` })).statusCode,
    ).toBe(404)
    expect((await claim(app, plain.id, { access_token: plain.accessToken })).statusCode).toBe(200)
    // Nothing above spent a view.
    expect((await claimLink(app, secret, 1)).statusCode).toBe(200)
    expect((await status(app, secret)).views).toBe(1)
  })

  it('burning one link leaves the others working; burn all ends the rest; the payload goes', async () => {
    const { app } = shared.current
    const secret = await storeFanOut(app)
    expect((await burn(app, secret, 2)).statusCode).toBe(204)
    expect((await burn(app, secret, 2)).statusCode).toBe(204) // idempotent
    expect((await claimLink(app, secret, 2)).statusCode).toBe(404)
    expect((await claimLink(app, secret, 1)).statusCode).toBe(200)
    expect((await claimLink(app, secret, 3)).statusCode).toBe(200)
    expect(await payloadRows(secret.id)).toBe(1)
    expect((await burn(app, secret)).statusCode).toBe(204)
    expect((await claimLink(app, secret, 4)).statusCode).toBe(404)
    expect((await claimLink(app, secret, 5)).statusCode).toBe(404)
    expect(await payloadRows(secret.id)).toBe(0)
    const receipt = await status(app, secret)
    expect(receipt.state).toBe('burned')
    expect(receipt.links?.map((l) => l.state)).toEqual([
      'viewed',
      'burned',
      'viewed',
      'burned',
      'burned',
    ])
    // A link the secret does not have is refused, not ignored.
    expect((await burn(app, secret, 9)).statusCode).toBe(404)
  })

  it('the payload goes with the last link, whether it is used up or burned', async () => {
    const { app } = shared.current
    const used = await storeFanOut(app, [null, null, null])
    await burn(app, used, 1)
    await burn(app, used, 3)
    expect(await payloadRows(used.id)).toBe(1)
    expect((await claimLink(app, used, 2)).statusCode).toBe(200)
    expect(await payloadRows(used.id)).toBe(0)
    expect((await status(app, used)).state).toBe('viewed')

    const burned = await storeFanOut(app, [null, null])
    expect((await claimLink(app, burned, 1)).statusCode).toBe(200)
    expect(await payloadRows(burned.id)).toBe(1)
    expect((await burn(app, burned, 2)).statusCode).toBe(204)
    expect(await payloadRows(burned.id)).toBe(0)
    expect((await status(app, burned)).state).toBe('burned')
  })

  it('concurrent burns and claims of every link leave no payload behind', async () => {
    const { app } = shared.current
    for (let round = 0; round < 5; round++) {
      const secret = await storeFanOut(app)
      await Promise.all(
        [1, 2, 3, 4, 5].flatMap((index) => [
          ...Array.from({ length: 4 }, () => claimLink(app, secret, index)),
          burn(app, secret, index),
        ]),
      )
      expect(await payloadRows(secret.id)).toBe(0)
      const receipt = await status(app, secret)
      expect(['viewed', 'burned']).toContain(receipt.state)
      expect(receipt.links?.every((l) => l.state !== 'active')).toBe(true)
    }
  })

  it('stores labels only sealed: no row holds one in clear', async () => {
    const { app, config } = shared.current
    const secret = await storeFanOut(app)
    const rows = await rawRows(
      config.database,
      'select idx, label from secret_links where secret_id = $1 order by idx',
      [secret.id],
    )
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      const label = row.label as Uint8Array | null
      if (row.idx === 3) expect(label).toBeNull()
      else expect(label?.length).toBe(104)
    }
    const everything = JSON.stringify(
      await rawRows(config.database, 'select * from secret_links where secret_id = $1', [
        secret.id,
      ]),
      (_key, value: unknown) =>
        value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
    )
    for (const label of LABELS) if (label) expect(everything).not.toContain(label)
    // The whole SQLite file and its journal too: nothing anywhere in clear.
    if (config.database.kind === 'sqlite') {
      for (const file of [config.database.path, `${config.database.path}-wal`]) {
        if (!existsSync(file)) continue
        const bytes = readFileSync(file).toString('latin1')
        for (const label of LABELS) if (label) expect(bytes).not.toContain(label)
      }
    }
    // The receipt hands the sealed labels back to their holder.
    const receipt = await status(app, secret)
    expect(receipt.links?.map((l) => l.label === undefined)).toEqual([
      false,
      false,
      true,
      false,
      false,
    ])
  })

  it('refuses bad link declarations with a 400 and stores nothing', async () => {
    const { app } = shared.current
    const secret = await makeFanOut(['a', 'b', 'c'])
    const links = secret.body.links ?? []
    const many = await makeFanOut(Array.from({ length: 50 }, () => null))
    const fiftyOne = [...(many.body.links ?? []), { verifier: randomToken() }]
    const bad = [
      { ...secret.body, links: fiftyOne },
      { ...secret.body, links: links.slice(0, 1) },
      { ...secret.body, links: [] },
      { ...secret.body, links: [links[0], links[1], links[0]] },
      { ...secret.body, links: [links[0], { verifier: links[0]?.verifier }] },
      { ...secret.body, links: [links[0], { verifier: secret.body.access_verifier }] },
      { ...secret.body, links: [links[0], { ...links[1], label: `${links[0]?.label ?? ''}AAAA` }] },
      { ...secret.body, links: [links[0], { ...links[1], label: 'x'.repeat(139) + '!' }] },
      { ...secret.body, links: [links[0], { verifier: 'short' }] },
      { ...secret.body, links: [links[0], { ...links[1], extra: 1 }] },
      { ...secret.body, receipt_verifier: undefined },
    ]
    for (const body of bad) {
      const res = await createSecret(app, body)
      expect(res.statusCode, JSON.stringify(body.links?.length)).toBe(400)
      expect(res.json<{ error: { code: string; message: string } }>().error.code).toBe(
        'bad_request',
      )
    }
    expect((await getMeta(app, secret.id)).statusCode).toBe(404)
    expect((await createSecret(app, secret.body)).statusCode).toBe(201)
    expect((await createSecret(app, many.body)).statusCode).toBe(201)
  })

  it('a wrong passphrase on one link counts against the secret; the right one opens it', async () => {
    const { app } = shared.current
    const secret = await makeFanOut(['a', 'b'], { passphrase: 'right horse' })
    expect((await createSecret(app, secret.body)).statusCode).toBe(201)
    const wrong = await claim(app, secret.id, {
      access_token: secret.linkTokens[0] ?? '',
      pass_token: randomToken(),
      link: 1,
    })
    expect(wrong.statusCode).toBe(401)
    const right = await claim(app, secret.id, {
      access_token: secret.linkTokens[1] ?? '',
      pass_token: secret.passToken ?? '',
      link: 2,
    })
    expect(right.statusCode).toBe(200)
    expect((await status(app, secret)).failures).toBe(1)
  })

  it('a streamed upload takes links too: each link downloads the chunked envelope, the chunks go after the last', async () => {
    const { app, config } = shared.current
    const upload = await makeUpload({ fileBytes: 200_000 })
    const { links, declarations } = prepareLinks(upload.prepared, 'https://h.example', ['x', null])
    const declared = await declareUpload(app, { ...upload.body, links: declarations })
    expect(declared.statusCode, declared.body).toBe(201)
    expect((await sendPart(app, upload.id, 0, upload.envelope, upload.uploadToken)).json()).toEqual(
      {
        received: upload.envelope.length,
        complete: true,
      },
    )
    const tokens = linkTokensOf(upload.prepared.sodium, links)
    for (const [i, token] of tokens.entries()) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/secrets/${upload.id}/claim`,
        headers: { accept: 'application/octet-stream' },
        payload: { access_token: token, link: i + 1 },
      })
      expect(res.statusCode).toBe(200)
      expect(Buffer.compare(res.rawPayload, Buffer.from(upload.envelope))).toBe(0)
    }
    const chunks = () =>
      rawRows(config.database, 'select seq from payload_chunks where id = $1', [upload.id])
    await expect.poll(async () => (await chunks()).length).toBe(0)
    expect((await status(app, upload)).state).toBe('viewed')
  })

  it("the admin API keeps a fan-out secret's views per link: max_views cannot be amended", async () => {
    const testApp = shared.current
    const key = await issueKey(testApp, `admin-${Math.random()}`, 'admin')
    const secret = await storeFanOut(testApp.app, ['a', 'b'])
    const patch = (body: object) =>
      testApp.app.inject({
        method: 'PATCH',
        url: `/api/v1/admin/secrets/${secret.id}`,
        headers: { 'x-api-key': key },
        payload: body,
      })
    const refused = await patch({ max_views: 9 })
    expect(refused.statusCode).toBe(400)
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('bad_request')
    expect((await patch({ ttl: 600 })).statusCode).toBe(200)
    expect((await claimLink(testApp.app, secret, 1)).statusCode).toBe(200)
    expect((await claimLink(testApp.app, secret, 2)).statusCode).toBe(200)
    expect(await payloadRows(secret.id)).toBe(0)
  })
})
