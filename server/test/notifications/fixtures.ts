import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { Webhook } from 'standardwebhooks'
import { onTestFinished, vi } from 'vitest'
import type { NotificationEvent } from '../../src/notifications/events.js'
import type { Dialect } from '../helpers/dialects.js'
import { openTestStore } from '../storage/fixtures.js'
import { openSeedDb } from './seed-db.js'

/**
 * The store (which migrates) on one fresh database, its notification tables
 * (`notifications`), and a connection of the test's own to seed the outbox.
 */
export async function openNotificationFixture(dialect: Dialect) {
  const { store, database } = await openTestStore(dialect)
  const db = await openSeedDb(database)
  // Runs before the store's own close (hooks run in reverse order).
  onTestFinished(() => db.close())
  return { store, database, db, notifications: store.notifications }
}

export function viewedEvent(overrides: Partial<NotificationEvent> = {}): NotificationEvent {
  const now = Date.UTC(2030, 0, 1)
  return {
    type: 'secret.viewed',
    secretId: 'AAAAAAAAAAAAAAAAAAAAAA',
    owner: null,
    occurredAt: now,
    createdAt: now - 60_000,
    expiresAt: now + 3_600_000,
    viewsLeft: 0,
    ...overrides,
  }
}

export interface ReceivedRequest {
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/**
 * A real HTTP receiver on loopback that records every request and answers
 * with the next status of `statuses` (the last one repeats); `null` never
 * answers at all.
 */
export async function startReceiver(statuses: readonly (number | null)[]) {
  const received: ReceivedRequest[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const status = statuses[Math.min(received.length, statuses.length - 1)] ?? null
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() })
      if (status !== null) res.writeHead(status).end('receiver says hi')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received }
}

/**
 * Verifies a received webhook with `standardwebhooks`, as of the time it was
 * signed: the app signs with its test clock, years from the real one.
 */
export function verifyReceived(secret: string, { headers, body }: ReceivedRequest): unknown {
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    vi.setSystemTime(Number(headers['webhook-timestamp']) * 1000)
    return new Webhook(secret).verify(body, {
      'webhook-id': String(headers['webhook-id']),
      'webhook-timestamp': String(headers['webhook-timestamp']),
      'webhook-signature': String(headers['webhook-signature']),
    })
  } finally {
    vi.useRealTimers()
  }
}

export interface ReceivedMail {
  readonly to: string[]
  readonly mail: ParsedMail
  readonly raw: string
}

/** An SMTP server on loopback that accepts everything and keeps what it received. */
export async function startSmtp(): Promise<{ url: string; received: ReceivedMail[] }> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              mail,
              raw: raw.toString(),
            })
            callback()
          },
          (err: Error) => callback(err),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received }
}
