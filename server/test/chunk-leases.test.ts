import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from './helpers/app.js'
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from './helpers/dialects.js'
import { claimStream, storeUpload } from './helpers/uploads.js'

const schemas: TestSchema[] = []
afterAll(() => Promise.all(schemas.map((s) => s.drop())))

async function chunkRows(schema: TestSchema, id: string): Promise<number> {
  const client = new pg.Client({ connectionString: schema.url })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      'select count(*) as n from payload_chunks where id = $1',
      [id],
    )
    return Number(rows[0]?.n)
  } finally {
    await client.end()
  }
}

/** A streamed claim over real HTTP whose body is read only when asked: the download stays open. */
async function openDownload(
  { app }: TestApp,
  id: string,
  accessToken: string,
): Promise<{ status: number; finish(): Promise<Buffer> }> {
  const { port } = app.server.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/v1/secrets/${id}/claim`,
        headers: { 'content-type': 'application/json', accept: 'application/octet-stream' },
      },
      (res) => {
        res.pause()
        resolve({
          status: res.statusCode ?? 0,
          finish: () =>
            new Promise((done, fail) => {
              const parts: Buffer[] = []
              res.on('data', (part: Buffer) => parts.push(part))
              res.on('end', () => done(Buffer.concat(parts)))
              res.on('error', fail)
              res.on('aborted', () => fail(new Error('the download was cut off')))
              res.resume()
            }),
        })
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify({ access_token: accessToken }))
  })
}

describe.skipIf(!TEST_DATABASE_URL)('chunk leases across replicas (issue 18.9)', () => {
  it("replica A's last-view download leaves the chunks replica B is still streaming", async () => {
    const schema = await createTestSchema()
    schemas.push(schema)
    const env = { DATABASE_URL: schema.url }
    const a = await buildTestApp(env)
    const b = await buildTestApp(env)
    await b.app.listen({ host: '127.0.0.1', port: 0 })
    // 12 MiB: more than the loopback socket buffers hold, so B's download stays mid-way.
    const upload = await storeUpload(a.app, {
      fileBytes: 12 * 1024 * 1024,
      maxViews: 3,
      partBytes: 4 * 1024 * 1024,
    })

    const first = await openDownload(b, upload.id, upload.accessToken)
    expect(first.status).toBe(200)
    for (const viewsLeft of ['1', '0']) {
      const res = await claimStream(a.app, upload.id, { access_token: upload.accessToken })
      expect(res.statusCode).toBe(200)
      expect(res.headers['hushlink-views-left']).toBe(viewsLeft)
      expect(Buffer.compare(res.rawPayload, Buffer.from(upload.envelope))).toBe(0)
    }
    // A's last download has ended; B's first one is still open and must get every byte.
    expect(await chunkRows(schema, upload.id)).toBeGreaterThan(0)
    const body = await first.finish()
    expect(Buffer.compare(body, Buffer.from(upload.envelope))).toBe(0)
    // The last lease ended: the chunks go now, not an hour later with the sweeper.
    await expect.poll(() => chunkRows(schema, upload.id), { timeout: 10_000 }).toBe(0)
  }, 120_000)
})
