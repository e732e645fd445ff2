import { execFile } from 'node:child_process'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { ADMIN_MAIN } from './api-keys.js'
import { REPO_ROOT } from './server.js'

/** One request the receiver got, and whether it answered 200 to it. */
export interface Attempt {
  readonly id: string
  readonly timestamp: string
  readonly signature: string
  readonly body: string
  answered: boolean
}

/**
 * A real HTTP receiver on loopback that records every attempt. While `hold`
 * is set it answers nothing (a delivery in flight stays in flight); otherwise
 * it answers 200.
 */
export async function startWebhookReceiver(options: { hold: boolean }) {
  const attempts: Attempt[] = []
  const held: ServerResponse[] = []
  const state = { hold: options.hold }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const attempt: Attempt = {
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body: Buffer.concat(chunks).toString(),
        answered: false,
      }
      attempts.push(attempt)
      if (state.hold) return void held.push(res)
      attempt.answered = true
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    attempts,
    /** From now on every request is answered 200. */
    release() {
      state.hold = false
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** `hushlink-admin webhooks add URL` from the build; resolves to the signing secret it prints once. */
export async function addWebhook(databaseUrl: string, url: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [ADMIN_MAIN, 'webhooks', 'add', url, '--events', 'secret.viewed'],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: databaseUrl,
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
    },
  )
  const secret = stdout.trim()
  if (!/^whsec_[A-Za-z0-9+/=]+$/.test(secret)) throw new Error('webhooks add printed no secret')
  return secret
}

/** Attempts grouped by delivery id (`webhook-id`). */
export function byDeliveryId(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const groups = new Map<string, Attempt[]>()
  for (const a of attempts) groups.set(a.id, [...(groups.get(a.id) ?? []), a])
  return groups
}

/** The secret a webhook reports, from its JSON body. */
export function secretIdOf(attempt: Attempt): string {
  return (JSON.parse(attempt.body) as { data: { secret_id: string } }).data.secret_id
}
