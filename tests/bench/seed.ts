import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync } from 'node:fs'
import { Database } from '../support/deps.js'

export interface SeedOptions {
  readonly rows: number
  /** expires_at of every row, ms since the epoch. */
  readonly expiresAt: number
  /** Size of each stored envelope, bytes (the benchmark's real envelope size). */
  readonly envelopeBytes: number
}

const HEADER_BYTES = 84
const BATCH = 50_000

/**
 * Writes `rows` active secrets straight into a database the server has
 * already migrated (it must not be running): the columns are the server's own
 * (server/src/storage/migrations), so a schema change makes this fail loudly
 * instead of seeding something else. Ids are random like real ones, so the
 * primary-key index has its real shape; payloads are random bytes of the real
 * size, never read.
 */
export function seedSecrets(file: string, options: SeedOptions): void {
  const db = new Database(file)
  try {
    // A throwaway bulk load: no journal, no fsync; the server's WAL mode is restored at the end.
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('cache_size = -262144')
    const secret = db.prepare(
      `INSERT INTO secrets (id, state, kind, envelope_size, header, access_verifier,
         pass_verifier, receipt_verifier, max_views, views, fail_count, max_failures,
         created_at, expires_at, claimed_at, state_at)
       VALUES (?, 'active', 1, ?, ?, ?, NULL, ?, 1, 0, 0, 5, ?, ?, NULL, NULL)`,
    )
    const payload = db.prepare('INSERT INTO payloads (id, envelope) VALUES (?, ?)')
    // Payload bytes are slices of one random block: incompressible, and cheap to make.
    const noise = randomBytes(1 << 20)
    const insertBatch = db.transaction((count: number, base: number) => {
      const ids = randomBytes(16 * count)
      const verifiers = randomBytes(64 * count)
      const now = Date.now()
      for (let i = 0; i < count; i++) {
        const id = ids.subarray(16 * i, 16 * i + 16).toString('base64url')
        const offset = ((base + i) * 4099) % (noise.length - options.envelopeBytes)
        const envelope = noise.subarray(offset, offset + options.envelopeBytes)
        secret.run(
          id,
          options.envelopeBytes,
          envelope.subarray(0, HEADER_BYTES),
          verifiers.subarray(64 * i, 64 * i + 32),
          verifiers.subarray(64 * i + 32, 64 * i + 64),
          now,
          options.expiresAt,
        )
        payload.run(id, envelope)
      }
    })
    for (let done = 0; done < options.rows; done += BATCH) {
      insertBatch(Math.min(BATCH, options.rows - done), done)
    }
    db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
  flushToDisk(file)
}

/**
 * Bulk writes skip fsync; the gigabytes they leave dirty would otherwise be
 * written back during the server's first checkpoint and charged to it.
 */
export function flushToDisk(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
