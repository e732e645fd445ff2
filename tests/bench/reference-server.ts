/**
 * The floor of this stack: Fastify + better-sqlite3 with prepared statements,
 * WAL with synchronous=NORMAL (what most deployments run), no validation, no
 * logging, no headers. It stores the request's envelope string as-is and
 * claims by deleting it atomically (`DELETE … RETURNING`). `pnpm bench`
 * measures the real server against it.
 *
 * REFERENCE_MODE=broken makes claim the classic read-then-delete (read, an
 * await as any async driver has, then delete): the fault harness's control
 * experiment shows its race detector catches that.
 *
 * Run: node --import tsx tests/bench/reference-server.ts
 * Env: HOST, PORT, DATABASE_PATH, REFERENCE_MODE (atomic | broken).
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { Database, fastify } from '../support/deps.js'

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? '8081')
const file = process.env.DATABASE_PATH ?? 'reference.db'
const broken = process.env.REFERENCE_MODE === 'broken'

const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.pragma('busy_timeout = 5000')
db.exec(`CREATE TABLE IF NOT EXISTS secrets (
  id TEXT PRIMARY KEY,
  envelope TEXT NOT NULL,
  expires_at INTEGER NOT NULL
)`)

const insert = db.prepare('INSERT INTO secrets (id, envelope, expires_at) VALUES (?, ?, ?)')
const meta = db.prepare<[string, number], { expires_at: number; size: number }>(
  'SELECT expires_at, length(envelope) AS size FROM secrets WHERE id = ? AND expires_at > ?',
)
const take = db.prepare<[string, number], { envelope: string }>(
  'DELETE FROM secrets WHERE id = ? AND expires_at > ? RETURNING envelope',
)
const read = db.prepare<[string, number], { envelope: string }>(
  'SELECT envelope FROM secrets WHERE id = ? AND expires_at > ?',
)
const remove = db.prepare('DELETE FROM secrets WHERE id = ?')

interface CreateBody {
  id: string
  envelope: string
  ttl: number
}

const notFound = { error: { code: 'not_found', message: 'not found' } }
const app = fastify()

app.get('/health', () => ({ status: 'ok' }))

app.post<{ Body: CreateBody }>('/api/v1/secrets', (req, reply) => {
  const { id, envelope, ttl } = req.body
  const expiresAt = Date.now() + ttl * 1000
  try {
    insert.run(id, envelope, expiresAt)
  } catch {
    return reply.code(409).send({ error: { code: 'id_taken', message: 'id taken' } })
  }
  return reply.code(201).send({ id, expires_at: new Date(expiresAt).toISOString() })
})

app.get<{ Params: { id: string } }>('/api/v1/secrets/:id', (req, reply) => {
  const row = meta.get(req.params.id, Date.now())
  if (!row) return reply.code(404).send(notFound)
  return {
    id: req.params.id,
    expires_at: new Date(row.expires_at).toISOString(),
    views_left: 1,
    passphrase_required: false,
    kind: 'text',
    size: row.size,
  }
})

app.post<{ Params: { id: string } }>('/api/v1/secrets/:id/claim', async (req, reply) => {
  const row = broken ? await readThenDelete(req.params.id) : take.get(req.params.id, Date.now())
  if (!row) return reply.code(404).send(notFound)
  return { envelope: row.envelope, views_left: 0 }
})

/** The bug this harness must catch: whoever read before the delete also "wins". */
async function readThenDelete(id: string): Promise<{ envelope: string } | undefined> {
  const row = read.get(id, Date.now())
  await yieldToEventLoop()
  remove.run(id)
  return row
}

process.on('SIGTERM', () => {
  void app.close().then(() => {
    db.close()
    process.exit(0)
  })
})

await app.listen({ host, port })
