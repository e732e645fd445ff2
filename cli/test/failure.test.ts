import { createServer, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  DecryptionError,
  getInstanceConfig,
  NotFoundError,
  NotYetError,
  ProtocolError,
  RateLimitedError,
  TooLargeError,
  WrongPassphraseError,
} from '@hushlink/shared'
import { CliError, EXIT } from '../src/exit.js'
import { toCliError } from '../src/failure.js'
import { idleDeadline } from '../src/server.js'

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

describe('toCliError', () => {
  it.each([
    [new WrongPassphraseError('wrong', 2), EXIT.wrongPassphrase, /2 attempts left/],
    [new WrongPassphraseError('wrong', 1), EXIT.wrongPassphrase, /1 attempt left/],
    [new WrongPassphraseError('wrong', 0), EXIT.wrongPassphrase, /last attempt/],
    [new NotFoundError(404, 'not_found', 'x'), EXIT.notFound, /never existed/],
    [new TooLargeError(413, 'payload_too_large', 'over'), EXIT.tooLarge, /too large/],
    [new RateLimitedError('slow', null), EXIT.rateLimited, /rate limited/],
    [new ApiError(503, 'unavailable', 'db down'), EXIT.unreachable, /unavailable \(HTTP 503\)/],
    [new ApiError(502, 'unexpected_response', 'proxy'), EXIT.unreachable, /unavailable/],
    [new ApiError(400, 'bad_request', 'ttl'), EXIT.unexpected, /refused \(400 bad_request\)/],
    [new ProtocolError('bad_link', 'the link is corrupted'), EXIT.corruptedLink, /corrupted/],
    [new DecryptionError('decryption_failed', 'tampered'), EXIT.corruptedLink, /tampered/],
    [new Error('boom'), EXIT.unexpected, /unexpected error: boom/],
    [
      new NotYetError('x', new Date('2030-01-31T09:00:00Z'), new Date('2030-01-31T08:00:00Z')),
      EXIT.notYetOpen,
      /^not yet open: .*\(2030-01-31T09:00:00\.000Z\); nothing was used/,
    ],
  ])('%s → exit %d', (error, exitCode, message) => {
    const mapped = toCliError(error)
    expect(mapped).toBeInstanceOf(CliError)
    expect(mapped.exitCode).toBe(exitCode)
    expect(mapped.message).toMatch(message)
    expect(mapped.cause).toBe(error)
  })

  it('uses the command’s meaning of "not found"', () => {
    const error = new NotFoundError(404, 'not_found', 'x')
    expect(toCliError(error, { notFound: 'no such receipt' }).message).toBe('no such receipt')
  })

  it('keeps a CliError as it is', () => {
    const error = new CliError(EXIT.usage, 'bad')
    expect(toCliError(error)).toBe(error)
  })

  it('names only the origin of a server that cannot be reached', async () => {
    const server = `http://127.0.0.1:${await closedPort()}/base/path`
    const error: unknown = await getInstanceConfig({ server }).catch((e: unknown) => e)
    const mapped = toCliError(error, { server })
    expect(mapped.exitCode).toBe(EXIT.unreachable)
    expect(mapped.message).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/)
    expect(mapped.message).not.toContain('/base/path')
  })

  it('maps a silent server to "unreachable" once the idle deadline fires', async () => {
    const held: Socket[] = []
    const silent = createServer((socket) => void held.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const address = silent.address()
    const server = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const deadline = idleDeadline(1)
    const started = Date.now()
    const error: unknown = await getInstanceConfig({ server, signal: deadline.signal }).catch(
      (e: unknown) => e,
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    const mapped = toCliError(error, { server })
    expect(mapped.exitCode).toBe(EXIT.unreachable)
    expect(mapped.message).toMatch(/no answer in time/)
    for (const socket of held) socket.destroy()
    silent.close()
  })
})
