import { Database } from './deps.js'
import { databaseFile } from './server.js'

/**
 * Changes one stored chunk row of a secret in a SQLite server's database, as
 * a failing disk or an attacker with the database could.
 */
export function editStoredChunk(
  dataDir: string,
  id: string,
  seq: number,
  edit: (data: Buffer) => Buffer,
): void {
  const db = new Database(databaseFile(dataDir))
  try {
    db.pragma('busy_timeout = 5000')
    const row = db
      .prepare('select data from payload_chunks where id = ? and seq = ?')
      .get(id, seq) as { data: Buffer } | undefined
    if (!row) throw new Error(`no chunk ${seq}`)
    db.prepare('update payload_chunks set data = ? where id = ? and seq = ?').run(
      edit(Buffer.from(row.data)),
      id,
      seq,
    )
  } finally {
    db.close()
  }
}

/** Flips one bit of a stored chunk. */
export function flipBit(data: Buffer, at = 1000): Buffer {
  data[at] = (data[at] ?? 0) ^ 0x01
  return data
}
