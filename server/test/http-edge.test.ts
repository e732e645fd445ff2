import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, buildTestApp, IN_MEMORY } from './helpers/app.js'

interface RawResponse {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
}

/** Sends bytes as they are, without a client that would fix them up, and reads the reply. */
function rawRequest(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const [head = '', body = ''] = text.split('\r\n\r\n', 2)
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const at = line.indexOf(':')
        headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim()
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body })
    })
    socket.end(request)
  })
}

describe('HTTP edge cases over a real socket', APP_TESTS, () => {
  it('answers malformed HTTP and oversized headers with JSON, then keeps serving', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo

    const huge = await rawRequest(
      port,
      `GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
    )
    expect(huge.status).toBe(431)
    expect(JSON.parse(huge.body)).toMatchObject({ error: { code: 'headers_too_large' } })
    expect(huge.headers['content-type']).toMatch(/^application\/json/)
    expect(huge.headers['x-content-type-options']).toBe('nosniff')

    for (const garbage of [
      'NONSENSE\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'GET /health HTTP/1.1\r\nHost x\r\n\r\n',
    ]) {
      const res = await rawRequest(port, garbage)
      expect(res.status, garbage).toBe(400)
      expect(JSON.parse(res.body), garbage).toMatchObject({ error: { code: 'bad_request' } })
    }

    const ok = await rawRequest(
      port,
      'GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    )
    expect(ok.status).toBe(200)
  })

  it('never serves a file outside assets/', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    for (const path of [
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/assets/..%2findex.html',
      '/assets/../../../../etc/passwd',
      '/assets/.hidden',
    ]) {
      const res = await rawRequest(
        port,
        `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      )
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(res.status, path).toBeLessThan(500)
      expect(res.headers['cache-control'], path).toBe('no-store')
      expect(res.body, path).not.toContain('<!doctype')
      expect(res.body, path).not.toContain('root:')
    }
  })
})
