/**
 * Issue 18.5: a file goes up over a slow link and a flaky one. The server
 * cuts a part off only when it stops making progress (not after 30 s), and
 * the SDK, which the web page and the CLI use, sends a failed part again and
 * carries on from what the server has after a 409 upload_offset_mismatch.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSecret, revealSecret, type FileSink } from '@hushlink/shared'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { startProxy } from '../support/throttle-proxy.js'

let server: RunningServer

beforeAll(async () => {
  server = await startServer({ env: { ...PERMISSIVE_LIMITS, LOG_LEVEL: 'warn' } })
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

describe('uploads over slow and flaky links', () => {
  it('uploads 5 MiB at 512 kbit/s: a 4 MiB part takes over a minute and still arrives', async () => {
    const proxy = await startProxy(server.port, { bytesPerSecond: 64 * 1024 })
    try {
      const bytes = randomBytes(FILE_BYTES)
      const created = await upload(proxy.url, bytes)
      // Two parts, each sent once: the slow one was not cut off.
      expect(proxy.parts()).toBe(2)
      expect((await download(created.link)).equals(bytes)).toBe(true)
    } finally {
      await proxy.close()
    }
  }, 240_000)

  it('sends a part cut off mid-way again, and skips a part whose answer was lost (409)', async () => {
    const proxy = await startProxy(server.port, { cutPart: 1, dropAnswerOfPart: 2 })
    try {
      const bytes = randomBytes(FILE_BYTES + 1024 * 1024)
      const created = await upload(proxy.url, bytes)
      // Part 1 cut, sent again and stored with its answer lost, asked again (409), then the rest.
      expect(proxy.parts()).toBeGreaterThanOrEqual(4)
      expect((await download(created.link)).equals(bytes)).toBe(true)
    } finally {
      await proxy.close()
    }
  }, 60_000)

  it('finishes when the answer to the last part was lost', async () => {
    const proxy = await startProxy(server.port, { dropAnswerOfPart: 2 })
    try {
      const bytes = randomBytes(FILE_BYTES)
      const created = await upload(proxy.url, bytes)
      expect(proxy.parts()).toBeGreaterThanOrEqual(3)
      expect((await download(created.link)).equals(bytes)).toBe(true)
    } finally {
      await proxy.close()
    }
  }, 60_000)
})
