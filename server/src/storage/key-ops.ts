import type { Executor } from './executor.js'
import type { NewApiKey } from './records.js'
import type { Statements } from './statements.js'

/** Writes of API keys, as plain data (see write-ops.ts). */
export type KeyWriteOp =
  | { readonly kind: 'createKey'; readonly key: NewApiKey }
  | { readonly kind: 'revokeKey'; readonly ref: string; readonly now: number }
  | {
      readonly kind: 'touchKey'
      readonly id: string
      readonly now: number
      readonly before: number
    }

export interface KeyWriteResults {
  /** False when an unrevoked key has the name. */
  createKey: boolean
  /** The keys revoked (by id or name): none when nothing matched. */
  revokeKey: { readonly id: string; readonly name: string }[]
  touchKey: null
}

export async function applyKeyWrite(
  db: Executor,
  s: Statements,
  op: KeyWriteOp,
): Promise<KeyWriteResults[KeyWriteOp['kind']]> {
  switch (op.kind) {
    case 'createKey': {
      const { key } = op
      const inserted = await db.rows(s.insertKey, {
        id: key.id,
        name: key.name,
        scope: key.scope,
        key_hash: key.hash,
        created_at: key.createdAt,
      })
      return inserted.length > 0
    }
    case 'revokeKey':
      return db.rows(s.revokeKey, op)
    case 'touchKey':
      await db.run(s.touchKey, op)
      return null
  }
}

const KEY_KINDS: ReadonlySet<string> = new Set<KeyWriteOp['kind']>([
  'createKey',
  'revokeKey',
  'touchKey',
])

export function isKeyWrite(op: { readonly kind: string }): op is KeyWriteOp {
  return KEY_KINDS.has(op.kind)
}
