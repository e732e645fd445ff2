/**
 * Issue 18.5: a file goes up over a slow link and a flaky one. The server
 * cuts a part off only when it stops making progress (not after the
 * whole-request deadline), and the SDK, which the web page and the CLI use,
 * sends a failed part again and carries on from what the server has after a
 * 409 upload_offset_mismatch.
 */
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSecret, revealSecret, type FileSink } from '@hushlink/shared'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { startProxy, type ProxyOptions } from '../support/throttle-proxy.js'

let server: RunningServer

/**
 * The whole-request deadline of this file's server, shortest allowed (30 s by
 * default): the slow link below takes three of them for one part, as 512 kbit/s
 * takes two of the default for a 4 MiB part, in a sixth of the time.
 */
const REQUEST_TIMEOUT_S = 5
/** 2 Mbit/s: the 4 MiB part needs 16 s. */
const SLOW_LINK_BYTES_PER_SECOND = 256 * 1024

beforeAll(async () => {
  server = await startServer({
    env: { ...PERMISSIVE_LIMITS, LOG_LEVEL: 'warn', REQUEST_TIMEOUT: String(REQUEST_TIMEOUT_S) },
  })
})

afterAll(async () => {
  await server.stop()
})

const FILE_BYTES = 5 * 1024 * 1024

async function upload(via: string, bytes: Uint8Array) {
  return createSecret({
    server: via,
    text: 'attached',
    files: [{ name: 'big.bin', type: 'application/octet-stream', size: bytes.length, data: bytes }],
    ttl: 3600,
  })
}

/**
 * Uploads `size` random bytes through a proxy with `options`, checks they come
 * back intact, and returns how many part requests the proxy saw.
 */
async function partsThrough(options: ProxyOptions, size = FILE_BYTES): Promise<number> {
  const proxy = await startProxy(server.port, options)
  try {
    const bytes = randomBytes(size)
    const created = await upload(proxy.url, bytes)
    const parts = proxy.parts()
    expect((await download(created.link)).equals(bytes)).toBe(true)
    return parts
  } finally {
    await proxy.close()
  }
}

async function download(link: string): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  const sink: FileSink = {
    write: (chunk) => void chunks.push(chunk),
    close: () => undefined,
    abort: () => undefined,
  }
  await revealSecret({
    link: link.replace(/^http:\/\/127\.0\.0\.1:\d+/, server.url),
    onFile: () => sink,
  })
  return Buffer.concat(chunks)
}

/**
 * Sends `head` and then one byte every 250 ms until the server closes the
 * connection; resolves with what it answered and after how many seconds.
 */
function trickle(head: string): Promise<{ answer: string; seconds: number }> {
  const started = performance.now()
  const socket = connect(server.port, '127.0.0.1', () => socket.write(head))
  const timer = setInterval(() => socket.writable && socket.write('a'), 250)
  let answer = ''
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')))
  socket.on('error', () => undefined)
  return new Promise((resolve) =>
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ answer, seconds: (performance.now() - started) / 1000 })
    }),
  )
}

describe('uploads over slow and flaky links', () => {
  it('uploads 5 MiB at 2 Mbit/s: a 4 MiB part takes three request deadlines and still arrives', async () => {
    // Any other body that keeps trickling in is cut off at the deadline: it is really this short here.
    const create = trickle(
      'POST /api/v1/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100000\r\n\r\n{"id":"',
    )
    const proxy = await startProxy(server.port, { bytesPerSecond: SLOW_LINK_BYTES_PER_SECOND })
    try {
      const bytes = randomBytes(FILE_BYTES)
      const started = performance.now()
      const created = await upload(proxy.url, bytes)
      expect((performance.now() - started) / 1000).toBeGreaterThan(3 * REQUEST_TIMEOUT_S)
      // Two parts, each sent once: the slow one was not cut off.
      expect(proxy.parts()).toBe(2)
      expect((await download(created.link)).equals(bytes)).toBe(true)
    } finally {
      await proxy.close()
    }
    const cut = await create
    expect(cut.answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(cut.seconds).toBeLessThan(3 * REQUEST_TIMEOUT_S)
  }, 120_000)

  it('sends a part cut off mid-way again, and skips a part whose answer was lost (409)', async () => {
    const parts = await partsThrough(
      { cutPart: 1, dropAnswerOf: (part) => part === 2 },
      FILE_BYTES + 1024 * 1024,
    )
    // Part 1 cut, sent again and stored with its answer lost, asked again (409), then the rest.
    expect(parts).toBeGreaterThanOrEqual(4)
  }, 60_000)

  it('finishes when the answer to the last part was lost', async () => {
    expect(await partsThrough({ dropAnswerOf: (part) => part === 2 })).toBeGreaterThanOrEqual(3)
  }, 60_000)

  it('finishes when the answers to the last part and to every retry of it are lost', async () => {
    // A retry of a part the server already completed is refused before its body is read, and the
    // connection closed: a client still sending may see a reset, not the 404 (CI did, under load).
    expect(await partsThrough({ dropAnswerOf: (part) => part >= 2 })).toBe(3)
  }, 60_000)
})
