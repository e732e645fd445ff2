/**
 * Upload parts are authorised before their body is read (issue 18.2): the
 * bearer format, the upload, its token, the offset and the declared length
 * are checked, and the network gate applied, while the body is still on the
 * wire; and the bytes of parts held at once are capped (UPLOAD_BUFFER_BYTES).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, buildTestApp } from './helpers/app.js'
import { issueKey } from './helpers/keys.js'
import { randomToken } from './helpers/secrets.js'
import { makeUpload, sendPart } from './helpers/uploads.js'

const PART = 8 * 1024 * 1024

interface Answer {
  readonly status: number
  readonly body: { error?: { code: string }; received?: number }
}

/**
 * Starts a part of `length` bytes, sends only `first`, and resolves with the
 * answer: it can only arrive if the server answered without the rest of the
 * body. `finish` then sends the remainder (or the connection is dropped).
 */
function startPart(
  app: FastifyInstance,
  id: string,
  headers: Record<string, string>,
  length: number,
  first: Uint8Array,
) {
  const { port } = app.server.address() as AddressInfo
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: `/api/v1/uploads/${id}/parts`,
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(length),
      ...headers,
    },
  })
  req.on('error', () => undefined)
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString()) as Answer['body'],
        }),
      )
      res.on('error', reject)
    })
  })
  req.write(first)
  return {
    answer,
    write: (more: Uint8Array) => req.write(more),
    finish: (rest: Uint8Array) => req.end(rest),
    drop: () => req.destroy(),
  }
}

async function declare(app: FastifyInstance, body: object, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/uploads', payload: body, headers })
  expect(res.statusCode).toBe(201)
}

describe('upload parts are refused before their body arrives', APP_TESTS, () => {
  it('answers a slowly streamed 8 MiB part with a wrong token at once on a private instance', async () => {
    const testApp = await buildTestApp({ CREATE_REQUIRES_API_KEY: 'true' })
    const { app } = testApp
    const key = await issueKey(testApp, 'ci', 'create')
    const upload = await makeUpload({ fileBytes: 9 * 1024 * 1024 })
    await declare(app, upload.body, { 'x-api-key': key })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const few = upload.envelope.subarray(0, 1024)
    const part = (offset: number, token: string, length = PART) =>
      startPart(
        app,
        upload.id,
        { 'upload-offset': String(offset), authorization: `Bearer ${token}` },
        length,
        few,
      )

    const cases: [ReturnType<typeof part>, number, string][] = [
      [part(0, randomToken()), 404, 'not_found'],
      [part(0, 'not-a-token'), 400, 'bad_request'],
      [part(4096, upload.uploadToken), 409, 'upload_offset_mismatch'],
      [part(0, upload.uploadToken, PART + 1), 413, 'payload_too_large'],
    ]
    for (const [started, status, code] of cases) {
      const { status: got, body } = await started.answer
      started.drop()
      expect(got).toBe(status)
      expect(body.error?.code).toBe(code)
    }
    // A part past the declared size is refused from its Content-Length.
    const small = await makeUpload({ fileBytes: 1000 })
    await declare(app, small.body, { 'x-api-key': key })
    const past = startPart(
      app,
      small.id,
      { 'upload-offset': '0', authorization: `Bearer ${small.uploadToken}` },
      small.envelope.length + 1,
      small.envelope.subarray(0, 100),
    )
    expect((await past.answer).body.error?.code).toBe('invalid_envelope')
    past.drop()
    // The right token still stores the part.
    const good = part(0, upload.uploadToken)
    good.finish(upload.envelope.subarray(few.length, PART))
    expect(await good.answer).toEqual({ status: 200, body: { received: PART, complete: false } })
  })

  it('applies the create network gate to parts', async () => {
    const { app } = await buildTestApp({ CREATE_ALLOWED_CIDRS: '10.0.0.0/8' })
    const upload = await makeUpload()
    const refusedDeclaration = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: upload.body,
    })
    expect(refusedDeclaration.statusCode).toBe(403)
    const declared = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: upload.body,
      remoteAddress: '10.1.2.3',
    })
    expect(declared.statusCode).toBe(201)
    const outside = await sendPart(app, upload.id, 0, upload.envelope, upload.uploadToken)
    expect(outside.statusCode).toBe(403)
    const inside = await app.inject({
      method: 'POST',
      url: `/api/v1/uploads/${upload.id}/parts`,
      headers: {
        'content-type': 'application/octet-stream',
        'upload-offset': '0',
        authorization: `Bearer ${upload.uploadToken}`,
      },
      payload: Buffer.from(upload.envelope),
      remoteAddress: '10.1.2.3',
    })
    expect(inside.json()).toMatchObject({ complete: true })
  })

  it('caps the bytes of parts held at once (UPLOAD_BUFFER_BYTES): one more waits its turn with 503', async () => {
    const { app } = await buildTestApp({ UPLOAD_BUFFER_BYTES: String(PART) })
    const big = await makeUpload({ fileBytes: 6 * 1024 * 1024 })
    const other = await makeUpload({ fileBytes: 3 * 1024 * 1024 })
    await declare(app, big.body)
    await declare(app, other.body)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const few = big.envelope.subarray(0, 1024)
    const held = startPart(
      app,
      big.id,
      { 'upload-offset': '0', authorization: `Bearer ${big.uploadToken}` },
      big.envelope.length,
      few,
    )
    // Once the held part is admitted, every other part waits, whatever it carries.
    let probe = await sendPart(app, other.id, 0, other.envelope, randomToken())
    for (let i = 0; i < 200 && probe.statusCode === 404; i++) {
      await new Promise((r) => setTimeout(r, 25))
      probe = await sendPart(app, other.id, 0, other.envelope, randomToken())
    }
    expect(probe.statusCode).toBe(503)
    let refused = await sendPart(app, other.id, 0, other.envelope, other.uploadToken)
    expect(refused.statusCode).toBe(503)
    expect(refused.json()).toMatchObject({ error: { code: 'unavailable' } })
    expect(refused.headers['retry-after']).toBeDefined()
    held.finish(big.envelope.subarray(few.length))
    expect((await held.answer).status).toBe(200)
    refused = await sendPart(app, other.id, 0, other.envelope, other.uploadToken)
    expect(refused.json()).toMatchObject({ complete: true })
  })
})

describe('upload parts have a deadline on progress, not on their whole time', APP_TESTS, () => {
  it('cuts off a part when no byte came for UPLOAD_STALL_TIMEOUT, not one that keeps arriving', async () => {
    // The stalled part holds the whole part budget until it is cut off.
    const { app } = await buildTestApp({
      UPLOAD_STALL_TIMEOUT: '1',
      UPLOAD_BUFFER_BYTES: String(PART),
    })
    const upload = await makeUpload({ fileBytes: 9 * 1024 * 1024 })
    await declare(app, upload.body)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const headers = { 'upload-offset': '0', authorization: `Bearer ${upload.uploadToken}` }
    const stalled = startPart(app, upload.id, headers, PART, upload.envelope.subarray(0, 100))
    const answer = await stalled.answer
    expect(answer.status).toBe(408)
    expect(answer.body.error?.code).toBe('bad_request')
    stalled.drop()
    // Its budget is given back once its connection is gone: a part is admitted again.
    let probe = await sendPart(app, upload.id, 0, upload.envelope.subarray(0, 10), randomToken())
    for (let i = 0; i < 200 && probe.statusCode === 503; i++) {
      await new Promise((r) => setTimeout(r, 25))
      probe = await sendPart(app, upload.id, 0, upload.envelope.subarray(0, 10), randomToken())
    }
    expect(probe.statusCode).toBe(404)
    // A part that keeps coming, a few bytes at a time, for several stall times.
    const slow = startPart(app, upload.id, headers, 4000, upload.envelope.subarray(0, 1000))
    for (let sent = 1000; sent < 4000; sent += 500) {
      await new Promise((r) => setTimeout(r, 400))
      slow.write(upload.envelope.subarray(sent, sent + 500))
    }
    slow.finish(new Uint8Array(0))
    expect(await slow.answer).toEqual({ status: 200, body: { received: 4000, complete: false } })
  })
})
