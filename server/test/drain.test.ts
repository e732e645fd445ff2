import { connect, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { buildTestApp, IN_MEMORY } from './helpers/app.js'
import { makeSecret } from './helpers/secrets.js'

/** Reads everything the server sends until it closes the connection. */
function readAll(socket: ReturnType<typeof connect>): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}

async function listening(env: Record<string, string>) {
  const testApp = await buildTestApp(env)
  await testApp.app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = testApp.app.server.address() as AddressInfo
  const socket = connect(port, '127.0.0.1')
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
  return { ...testApp, socket, answer: readAll(socket) }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('requests during shutdown', () => {
  it('a create in flight when the app closes completes, then its connection closes', async () => {
    const { app, dir, socket, answer } = await listening({})
    const secret = await makeSecret()
    const body = JSON.stringify(secret.body)
    socket.write(
      `POST /api/v1/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, 100)}`,
    )
    await pause(50)
    const closed = app.close()
    await pause(50)
    socket.write(body.slice(100))

    const [head = '', reply = ''] = (await answer).split('\r\n\r\n')
    await closed
    expect(head).toMatch(/^HTTP\/1\.1 201 /)
    expect(head).toMatch(/^connection: close$/im)
    expect(JSON.parse(reply)).toMatchObject({ id: secret.id })
    // Acknowledged during shutdown, and committed before the database closed.
    const db = new Sqlite(join(dir, 'db', 'hushlink.db'), { readonly: true })
    expect(db.prepare('select count(*) from payloads where id = ?').pluck().get(secret.id)).toBe(1)
    db.close()
  }, 30_000)

  it('a request that arrives while the app closes gets the uniform 503 and a closed connection', async () => {
    const { app, socket, answer } = await listening(IN_MEMORY)

    // Half a request: the connection is busy, so closing does not drop it.
    socket.write('GET /api/v1/config HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    await pause(50)
    const closed = app.close()
    await pause(50)
    socket.write('Accept: application/json\r\n\r\n')

    const text = await answer
    await closed
    const [head = '', body = ''] = text.split('\r\n\r\n')
    expect(head).toMatch(/^HTTP\/1\.1 503 /)
    expect(head).toMatch(/^retry-after: 1$/im)
    expect(head).toMatch(/^connection: close$/im)
    expect(head).toMatch(/^cache-control: no-store$/im)
    expect(JSON.parse(body)).toEqual({
      error: { code: 'unavailable', message: 'The server is restarting; retry in a moment.' },
    })
  })
})
