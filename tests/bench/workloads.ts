import type autocannon from 'autocannon'
import { fire, summarize, type RawRun, type RunStats } from './cannon.js'
import type { PoolEntry } from './pool.js'

export const CONNECTIONS = 50
const JSON_BODY = { 'content-type': 'application/json' }

export interface Measured {
  readonly stats: RunStats
  readonly raw: RawRun
}

function measure(raw: RawRun): Measured {
  return { stats: summarize(raw), raw }
}

/** POST /api/v1/secrets once per entry; returns the entries that were acknowledged. */
export async function createLoad(
  url: string,
  entries: readonly PoolEntry[],
  duration: number,
): Promise<Measured & { created: PoolEntry[] }> {
  const byId = new Map(entries.map((e) => [e.id, e]))
  const created: PoolEntry[] = []
  let next = 0
  const raw = await fire({
    url,
    connections: CONNECTIONS,
    duration,
    maxRequests: entries.length,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/secrets',
        headers: JSON_BODY,
        setupRequest: (req) => ({ ...req, body: (entries[next++] as PoolEntry).body }),
        onResponse: (status, body) => {
          if (status !== 201) return
          const entry = byId.get((JSON.parse(body) as { id: string }).id)
          if (entry) created.push(entry)
        },
      },
    ],
  })
  return { ...measure(raw), created }
}

/** GET /api/v1/secrets/:id over existing secrets, round robin, for `duration` seconds. */
export async function metadataLoad(
  url: string,
  entries: readonly PoolEntry[],
  duration: number,
): Promise<Measured> {
  if (entries.length === 0) throw new Error('no secrets to read')
  let next = 0
  const raw = await fire({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/secrets/${(entries[next++ % entries.length] as PoolEntry).id}`,
        }),
      },
    ],
  })
  return measure(raw)
}

/** POST /api/v1/secrets/:id/claim once per entry (each a distinct secret). */
export async function claimLoad(
  url: string,
  entries: readonly PoolEntry[],
  duration: number,
): Promise<Measured> {
  let next = 0
  const raw = await fire({
    url,
    connections: CONNECTIONS,
    duration,
    maxRequests: entries.length,
    requests: [claimRequest(() => entries[next++] as PoolEntry)],
  })
  return measure(raw)
}

function claimRequest(
  entryOf: (context: Record<string, unknown>) => PoolEntry,
): autocannon.Request {
  return {
    method: 'POST',
    headers: JSON_BODY,
    setupRequest: (req, context) => {
      const entry = entryOf(context as Record<string, unknown>)
      return {
        ...req,
        path: `/api/v1/secrets/${entry.id}/claim`,
        body: `{"access_token":"${entry.accessToken}"}`,
      }
    },
  }
}

/**
 * A secret's whole life per connection: create, read its metadata, claim it;
 * at a fixed offered rate, until `stopWhen` or the entries run out.
 */
export async function lifecycleLoad(
  url: string,
  entries: readonly PoolEntry[],
  options: { rate: number; maxSeconds: number; stopWhen: (elapsedMs: number) => boolean },
): Promise<RawRun> {
  let next = 0
  const current = (context: Record<string, unknown>) => context.entry as PoolEntry
  return fire({
    url,
    connections: CONNECTIONS,
    duration: options.maxSeconds,
    rate: options.rate,
    // Each connection may start one more cycle than its share: leave room for that.
    maxRequests: Math.max(0, entries.length - CONNECTIONS) * 3,
    stopWhen: options.stopWhen,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/secrets',
        headers: JSON_BODY,
        setupRequest: (req, context) => {
          const entry = entries[next++] as PoolEntry
          ;(context as Record<string, unknown>).entry = entry
          return { ...req, body: entry.body }
        },
      },
      {
        method: 'GET',
        setupRequest: (req, context) => ({
          ...req,
          path: `/api/v1/secrets/${current(context as Record<string, unknown>).id}`,
        }),
      },
      claimRequest(current),
    ],
  })
}
