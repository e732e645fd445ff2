/**
 * Streamed uploads and downloads (issue 4, protocol §5.1): declare, parts in
 * order, invisible until complete, every refusal, streamed claims, and what
 * happens to the chunk rows.
 */
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { decodeBase64url, openContent } from '@hushlink/shared'
import { NOT_FOUND_MESSAGE } from '@hushlink/shared/api'
import { APP_TESTS, buildTestApp, type TestApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { claim, getMeta, randomToken, receipt, storeSecret } from './helpers/secrets.js'
import {
  claimStream,
  declareUpload,
  makeUpload,
  sendPart,
  storeUpload,
  type TestUpload,
} from './helpers/uploads.js'

function chunkRows(testApp: TestApp, id: string): number {
  const db = new BetterSqlite3(join(testApp.dir, 'db', 'hushlink.db'), { readonly: true })
  try {
    return db.prepare('select count(*) from payload_chunks where id = ?').pluck().get(id) as number
  } finally {
    db.close()
  }
}

function secretRow(testApp: TestApp, id: string): unknown {
  const db = new BetterSqlite3(join(testApp.dir, 'db', 'hushlink.db'), { readonly: true })
  try {
    return db.prepare('select state from secrets where id = ?').pluck().get(id)
  } finally {
    db.close()
  }
}

/** Waits for the write that follows a download (chunk release) to commit. */
async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20))
  expect(check()).toBe(true)
}

function expectNotFound(res: { statusCode: number; json: () => unknown }): void {
  expect(res.statusCode).toBe(404)
  expect(res.json()).toEqual({ error: { code: 'not_found', message: NOT_FOUND_MESSAGE } })
}

function opened(upload: TestUpload, envelope: Uint8Array) {
  return openContent(upload.prepared.sodium, envelope, upload.id, upload.prepared.keys.encKey)
}

describe('streamed uploads', APP_TESTS, () => {
  it('stores parts in order, invisible until the last one, then serves the envelope', async () => {
    const testApp = await buildTestApp()
    const { app } = testApp
    const upload = await makeUpload({ fileBytes: 20_000 })
    const declared = await declareUpload(app, upload.body)
    expect(declared.statusCode).toBe(201)
    expect(declared.json<{ id: string }>().id).toBe(upload.id)

    const cut = 10_000
    const first = await sendPart(
      app,
      upload.id,
      0,
      upload.envelope.subarray(0, cut),
      upload.uploadToken,
    )
    expect(first.statusCode).toBe(200)
    expect(first.json()).toEqual({ received: cut, complete: false })
    // Not a secret yet: no metadata, no claim, no receipt.
    expectNotFound(await getMeta(app, upload.id))
    expectNotFound(await claim(app, upload.id, { access_token: upload.accessToken }))
    expect((await receipt(app, 'status', upload.id, upload.receiptToken)).statusCode).toBe(404)
    expect(secretRow(testApp, upload.id)).toBe('uploading')

    const last = await sendPart(
      app,
      upload.id,
      cut,
      upload.envelope.subarray(cut),
      upload.uploadToken,
    )
    expect(last.json()).toEqual({ received: upload.envelope.length, complete: true })
    const meta = await getMeta(app, upload.id)
    expect(meta.statusCode).toBe(200)
    expect(meta.json()).toMatchObject({
      kind: 'files',
      size: upload.envelope.length,
      views_left: 1,
    })
    expect((await receipt(app, 'status', upload.id, upload.receiptToken)).json()).toMatchObject({
      state: 'active',
    })
    // A part after completion finds no open upload.
    expectNotFound(
      await sendPart(app, upload.id, upload.envelope.length, Uint8Array.of(1), upload.uploadToken),
    )

    const res = await claimStream(app, upload.id, { access_token: upload.accessToken })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/octet-stream')
    expect(res.headers['content-length']).toBe(String(upload.envelope.length))
    expect(res.headers['hushlink-views-left']).toBe('0')
    expect(res.rawPayload.equals(upload.envelope)).toBe(true)
    const content = opened(upload, res.rawPayload)
    expect(content.text).toBe('see attached')
    expect(content.files[0]?.bytes.length).toBe(20_000)
    // The last view's chunks go once its download ended.
    await eventually(() => chunkRows(testApp, upload.id) === 0)
    expectNotFound(await claimStream(app, upload.id, { access_token: upload.accessToken }))
    expect((await receipt(app, 'status', upload.id, upload.receiptToken)).json()).toMatchObject({
      state: 'viewed',
      views: 1,
    })
  })

  it('splits a large part into chunk rows and streams them back in order', async () => {
    const testApp = await buildTestApp()
    const upload = await storeUpload(testApp.app, {
      fileBytes: 3 * 1024 * 1024,
      partBytes: 8 * 1024 * 1024,
      maxViews: 2,
    })
    expect(chunkRows(testApp, upload.id)).toBe(4)
    const first = await claimStream(testApp.app, upload.id, { access_token: upload.accessToken })
    expect(first.rawPayload.equals(upload.envelope)).toBe(true)
    expect(first.headers['hushlink-views-left']).toBe('1')
    // Views are left: the chunks stay.
    await new Promise((r) => setTimeout(r, 50))
    expect(chunkRows(testApp, upload.id)).toBe(4)
    const second = await claimStream(testApp.app, upload.id, { access_token: upload.accessToken })
    expect(second.rawPayload.equals(upload.envelope)).toBe(true)
    await eventually(() => chunkRows(testApp, upload.id) === 0)
  })

  it('answers a JSON claim of a small streamed secret in JSON', async () => {
    const { app } = await buildTestApp()
    const upload = await storeUpload(app, { fileBytes: 100, partBytes: 500 })
    const res = await claim(app, upload.id, { access_token: upload.accessToken })
    expect(res.statusCode).toBe(200)
    const envelope = decodeBase64url(res.json<{ envelope: string }>().envelope)
    expect(Buffer.from(envelope).equals(upload.envelope)).toBe(true)
  })

  it('streams a JSON-created text secret too', async () => {
    const { app } = await buildTestApp()
    const secret = await storeSecret(app, { text: 'inline' })
    const res = await claimStream(app, secret.id, { access_token: secret.accessToken })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-length']).toBe(String(secret.envelope.length))
    expect(res.rawPayload.equals(Buffer.from(secret.envelope))).toBe(true)
  })

  it('refuses a JSON claim of an envelope too large for JSON (406) without spending anything', async () => {
    const { app } = await buildTestApp({ MAX_TEXT_BYTES: '4096' })
    const upload = await storeUpload(app, { fileBytes: 10_000, passphrase: 'open sesame' })
    const wrong = await claim(app, upload.id, {
      access_token: upload.accessToken,
      pass_token: randomToken(),
    })
    expect(wrong.statusCode).toBe(406)
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('not_acceptable')
    const right = { access_token: upload.accessToken, pass_token: upload.passToken ?? '' }
    expect((await claim(app, upload.id, right)).statusCode).toBe(406)
    // Neither a view nor a passphrase attempt was spent.
    const meta = await getMeta(app, upload.id)
    expect(meta.json()).toMatchObject({ views_left: 1, passphrase_required: true })
    const status = await receipt(app, 'status', upload.id, upload.receiptToken)
    expect(status.json()).toMatchObject({ failures: 0, views: 0 })
    const res = await claimStream(app, upload.id, right)
    expect(res.statusCode).toBe(200)
    expect(res.rawPayload.equals(upload.envelope)).toBe(true)
  })

  it('counts wrong passphrases on a streamed secret and burns it on the last', async () => {
    const testApp = await buildTestApp()
    const { app } = testApp
    const upload = await makeUpload({ passphrase: 'open sesame' })
    expect((await declareUpload(app, { ...upload.body, max_failures: 2 })).statusCode).toBe(201)
    expect(
      (await sendPart(app, upload.id, 0, upload.envelope, upload.uploadToken)).statusCode,
    ).toBe(200)
    const wrong = { access_token: upload.accessToken, pass_token: randomToken() }
    const once = await claimStream(app, upload.id, wrong)
    expect(once.statusCode).toBe(401)
    expect(once.json()).toMatchObject({ error: { code: 'wrong_passphrase' }, remaining: 1 })
    expect((await claimStream(app, upload.id, wrong)).statusCode).toBe(401)
    expect(chunkRows(testApp, upload.id)).toBe(0)
    expectNotFound(
      await claimStream(app, upload.id, {
        access_token: upload.accessToken,
        pass_token: upload.passToken ?? '',
      }),
    )
    expect((await receipt(app, 'status', upload.id, upload.receiptToken)).json()).toMatchObject({
      state: 'burned_failures',
    })
  })

  it('burns a streamed secret and its chunks through the receipt', async () => {
    const testApp = await buildTestApp()
    const upload = await storeUpload(testApp.app)
    expect(chunkRows(testApp, upload.id)).toBeGreaterThan(0)
    expect((await receipt(testApp.app, 'burn', upload.id, upload.receiptToken)).statusCode).toBe(
      204,
    )
    expect(chunkRows(testApp, upload.id)).toBe(0)
    expectNotFound(await claimStream(testApp.app, upload.id, { access_token: upload.accessToken }))
  })

  it('never serves an expired streamed secret; the sweeper removes it', async () => {
    const testApp = await buildTestApp()
    const upload = await storeUpload(testApp.app, { ttl: 600 })
    testApp.clock.advance(600_000)
    expectNotFound(await getMeta(testApp.app, upload.id))
    expectNotFound(await claimStream(testApp.app, upload.id, { access_token: upload.accessToken }))
    await testApp.app.sweeper.runOnce()
    expect(secretRow(testApp, upload.id)).toBeUndefined()
    expect(chunkRows(testApp, upload.id)).toBe(0)
  })

  it('gives exactly one of 8 concurrent claimers of a single-view file the stream', async () => {
    const { app } = await buildTestApp()
    const upload = await storeUpload(app, { fileBytes: 200_000, partBytes: 65_536 })
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        claimStream(app, upload.id, { access_token: upload.accessToken }),
      ),
    )
    const winners = results.filter((r) => r.statusCode === 200)
    expect(winners).toHaveLength(1)
    expect(winners[0]?.rawPayload.equals(upload.envelope)).toBe(true)
    expect(results.filter((r) => r.statusCode === 404)).toHaveLength(7)
  })
})

describeDialects('streamed upload refusals', APP_TESTS, (dialect) => {
  it('answers a wrong token, an unknown id and a wrong state with the same 404', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload()
    expect((await declareUpload(app, upload.body)).statusCode).toBe(201)
    expectNotFound(await sendPart(app, upload.id, 0, upload.envelope, randomToken()))
    const other = await makeUpload()
    expectNotFound(await sendPart(app, other.id, 0, other.envelope, other.uploadToken))
    // Declaring again is refused, whatever the state.
    const again = await declareUpload(app, upload.body)
    expect(again.statusCode).toBe(409)
    expect(again.json<{ error: { code: string } }>().error.code).toBe('id_taken')
  })

  it('reports the offset it has on a part at the wrong place (409)', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload({ fileBytes: 20_000 })
    await declareUpload(app, upload.body)
    const skipped = await sendPart(
      app,
      upload.id,
      100,
      upload.envelope.subarray(100, 200),
      upload.uploadToken,
    )
    expect(skipped.statusCode).toBe(409)
    expect(skipped.json()).toMatchObject({ error: { code: 'upload_offset_mismatch' }, received: 0 })
    expect(skipped.json<{ error: { message: string } }>().error.message).toContain('0 bytes')
    await sendPart(app, upload.id, 0, upload.envelope.subarray(0, 1000), upload.uploadToken)
    const repeated = await sendPart(
      app,
      upload.id,
      0,
      upload.envelope.subarray(0, 1000),
      upload.uploadToken,
    )
    expect(repeated.statusCode).toBe(409)
    expect(repeated.json()).toMatchObject({ received: 1000 })
  })

  it('stores exactly one of two parts racing for the same offset', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload({ fileBytes: 20_000 })
    await declareUpload(app, upload.body)
    const part = upload.envelope.subarray(0, 5000)
    const results = await Promise.all([
      sendPart(app, upload.id, 0, part, upload.uploadToken),
      sendPart(app, upload.id, 0, part, upload.uploadToken),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const rest = await sendPart(
      app,
      upload.id,
      5000,
      upload.envelope.subarray(5000),
      upload.uploadToken,
    )
    expect(rest.json()).toEqual({ received: upload.envelope.length, complete: true })
    const res = await claimStream(app, upload.id, { access_token: upload.accessToken })
    expect(res.rawPayload.equals(upload.envelope)).toBe(true)
  })

  it('refuses a part larger than 8 MiB (413) and parts past the declared size (400)', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload({ fileBytes: 20_000 })
    await declareUpload(app, upload.body)
    const huge = await sendPart(
      app,
      upload.id,
      0,
      new Uint8Array(8 * 1024 * 1024 + 1),
      upload.uploadToken,
    )
    expect(huge.statusCode).toBe(413)
    expect(huge.json<{ error: { code: string } }>().error.code).toBe('payload_too_large')
    const padded = Buffer.concat([upload.envelope, Buffer.alloc(1)])
    const past = await sendPart(app, upload.id, 0, padded, upload.uploadToken)
    expect(past.statusCode).toBe(400)
    expect(past.json<{ error: { code: string } }>().error.code).toBe('invalid_envelope')
    // The upload is still open at 0.
    const res = await sendPart(app, upload.id, 0, upload.envelope, upload.uploadToken)
    expect(res.json()).toMatchObject({ complete: true })
  })

  it('refuses parts that are not octet-stream, without an offset, or empty', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload()
    await declareUpload(app, upload.body)
    const url = `/api/v1/uploads/${upload.id}/parts`
    const auth = { authorization: `Bearer ${upload.uploadToken}` }
    const json = await app.inject({
      method: 'POST',
      url,
      headers: { ...auth, 'upload-offset': '0' },
      payload: { envelope: 'x' },
    })
    expect(json.statusCode).toBe(415)
    expect(json.json<{ error: { message: string } }>().error.message).toContain('octet-stream')
    for (const offset of ['', '-1', '1.5', 'abc', '01']) {
      const res = await sendPart(app, upload.id, offset, upload.envelope, upload.uploadToken)
      expect(res.statusCode, offset).toBe(400)
    }
    const noAuth = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/octet-stream', 'upload-offset': '0' },
      payload: Buffer.from(upload.envelope),
    })
    expect(noAuth.statusCode).toBe(400)
    const empty = await sendPart(app, upload.id, 0, new Uint8Array(0), upload.uploadToken)
    expect(empty.statusCode).toBe(400)
  })

  it('deletes an upload whose first part does not start with the declared header', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload()
    await declareUpload(app, upload.body)
    const forged = Buffer.from(upload.envelope)
    forged[60] = (forged[60] ?? 0) ^ 1
    const res = await sendPart(app, upload.id, 0, forged, upload.uploadToken)
    expect(res.statusCode).toBe(400)
    expect(res.json<{ error: { code: string } }>().error.code).toBe('invalid_envelope')
    expectNotFound(await sendPart(app, upload.id, 0, upload.envelope, upload.uploadToken))
  })

  it('refuses a declaration whose size is no padded length, too large, or mismatched', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await makeUpload()
    const code = (res: { json: <T>() => T }) => res.json<{ error: { code: string } }>().error.code
    const odd = await declareUpload(app, { ...upload.body, size: upload.body.size + 1 })
    expect(odd.statusCode).toBe(400)
    expect(code(odd)).toBe('invalid_envelope')
    const big = await declareUpload(app, { ...upload.body, size: 200 * 1024 * 1024 })
    expect(big.statusCode).toBe(413)
    expect(code(big)).toBe('payload_too_large')
    const other = await makeUpload()
    const wrongId = await declareUpload(app, { ...upload.body, id: other.id })
    expect(code(wrongId)).toBe('invalid_envelope')
    const withPass = await declareUpload(app, { ...upload.body, pass_verifier: randomToken() })
    expect(code(withPass)).toBe('invalid_envelope')
    const noVerifier: Record<string, unknown> = { ...upload.body }
    delete noVerifier.upload_verifier
    expect(code(await declareUpload(app, noVerifier))).toBe('bad_request')
    const locked = await makeUpload({ passphrase: 'pw' })
    const noPass: Record<string, unknown> = { ...locked.body }
    delete noPass.pass_verifier
    expect(code(await declareUpload(app, noPass))).toBe('invalid_envelope')
  })

  it('refuses and sweeps an upload never finished within its hour', async () => {
    const testApp = await buildTestApp({}, dialect)
    const { app, clock } = testApp
    const upload = await makeUpload({ fileBytes: 20_000 })
    await declareUpload(app, upload.body)
    await sendPart(app, upload.id, 0, upload.envelope.subarray(0, 5000), upload.uploadToken)
    clock.advance(30 * 60_000)
    await app.sweeper.runOnce()
    // The rows are looked at in the SQLite file; on PostgreSQL the answers below must do.
    if (dialect === 'sqlite') expect(secretRow(testApp, upload.id)).toBe('uploading')
    clock.advance(30 * 60_000)
    expectNotFound(
      await sendPart(app, upload.id, 5000, upload.envelope.subarray(5000), upload.uploadToken),
    )
    expectNotFound(await getMeta(app, upload.id))
    expect(await app.sweeper.runOnce()).toBeGreaterThan(0)
    if (dialect === 'sqlite') {
      expect(secretRow(testApp, upload.id)).toBeUndefined()
      expect(chunkRows(testApp, upload.id)).toBe(0)
    }
  })
})

describeDialects('streamed uploads on each engine', APP_TESTS, (dialect) => {
  it('stores a file in parts and serves it to exactly one of 8 concurrent claims', async () => {
    const { app } = await buildTestApp({}, dialect)
    const upload = await storeUpload(app, { fileBytes: 300_000, partBytes: 65_536 })
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        claimStream(app, upload.id, { access_token: upload.accessToken }),
      ),
    )
    const winners = results.filter((r) => r.statusCode === 200)
    expect(winners).toHaveLength(1)
    expect(winners[0]?.rawPayload.equals(upload.envelope)).toBe(true)
    expect(results.filter((r) => r.statusCode === 404)).toHaveLength(7)
    expectNotFound(await getMeta(app, upload.id))
  })
})
