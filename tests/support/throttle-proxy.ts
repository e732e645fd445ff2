import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

export interface ProxyOptions {
  /** Client-to-server bytes per second (a slow uplink); unlimited when absent. */
  readonly bytesPerSecond?: number
  /** Break the connection once, mid-body, in the upload part request of this number (1-based). */
  readonly cutPart?: number
  /** Break the connection instead of passing on the server's answer to the parts (1-based) it picks. */
  readonly dropAnswerOf?: (part: number) => boolean
}

export interface RunningProxy {
  readonly url: string
  /** Upload part requests seen so far, retries included. */
  readonly parts: () => number
  close(): Promise<void>
}

/**
 * A TCP proxy on loopback between a client and the server: it can throttle
 * what the client sends and break a connection at a chosen upload part, the
 * way a slow or flaky link does. Requests are recognised by their request
 * line (each client write of headers starts with it).
 */
export async function startProxy(
  upstreamPort: number,
  options: ProxyOptions,
): Promise<RunningProxy> {
  let parts = 0
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(upstreamPort, '127.0.0.1')
    sockets.add(client).add(upstream)
    const broken = (): void => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', broken).on('close', broken)
    upstream.on('error', broken).on('close', broken)
    let currentPart = 0
    let partBytes = 0
    const forward = throttled(upstream, options.bytesPerSecond)
    client.on('data', (chunk: Buffer) => {
      const start = chunk.subarray(0, 120).toString('latin1')
      if (/^POST \/api\/v1\/uploads\/[^ ]+\/parts /.test(start)) {
        currentPart = ++parts
        partBytes = 0
      } else if (REQUEST_LINE_RE.test(start)) {
        // Another request on a kept-alive connection: its answer is no part's.
        currentPart = 0
      } else if (currentPart !== 0) {
        partBytes += chunk.length
        if (currentPart === options.cutPart && partBytes > 512 * 1024) {
          broken()
          return
        }
      }
      client.pause()
      forward(chunk, () => client.resume())
    })
    upstream.on('data', (chunk: Buffer) => {
      if (currentPart !== 0 && options.dropAnswerOf?.(currentPart)) {
        broken()
        return
      }
      client.write(chunk)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    parts: () => parts,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

const REQUEST_LINE_RE = /^[A-Z]+ \/\S* HTTP\/1\.1\r\n/

/** Writes to `to` at most `bytesPerSecond`, in slices every 50 ms; `done` when a chunk is through. */
function throttled(to: Socket, bytesPerSecond: number | undefined) {
  return (chunk: Buffer, done: () => void): void => {
    if (bytesPerSecond === undefined) {
      to.write(chunk, () => done())
      return
    }
    const slice = Math.max(1, Math.floor(bytesPerSecond / 20))
    let at = 0
    const next = (): void => {
      if (to.destroyed) return
      to.write(chunk.subarray(at, at + slice))
      at += slice
      if (at < chunk.length) setTimeout(next, 50)
      else setTimeout(done, 50)
    }
    next()
  }
}
