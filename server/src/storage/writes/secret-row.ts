import { rowOf } from '../casing.js'
import type { Executor } from '../executor.js'
import type { WriteContext } from './context.js'
import type { Statements } from '../queries/index.js'
import type { NewSecret, SecretFields } from '../records.js'
import { SECRET_INSERT_COLUMNS, type NewSecretRow, type SecretState } from '../schema.js'

const toRow = rowOf<NewSecretRow>(SECRET_INSERT_COLUMNS)

type NewState = Extract<SecretState, 'active' | 'uploading'>

/** The state row of a new secret, as the insert statements take it. */
export function secretRow(
  secret: SecretFields,
  state: NewState,
  envelopeSize: number,
): NewSecretRow {
  return toRow({ ...secret, state, envelopeSize })
}

/** Inserts the state row of a new secret; false when the id is taken (tombstones included). */
export async function insertSecretRow(
  db: Executor,
  s: Statements,
  secret: SecretFields,
  state: NewState,
  envelopeSize: number,
): Promise<boolean> {
  const inserted = await db.rows(s.insertSecret, secretRow(secret, state, envelopeSize))
  if (inserted.length === 0) return false
  for (const [i, link] of (secret.links ?? []).entries()) {
    await db.run(s.insertLink, {
      id: secret.id,
      idx: i + 1,
      verifier: link.verifier,
      label: link.label,
      max_views: link.maxViews,
    })
  }
  return true
}

/** The `created` event of a secret whose ciphertext is stored whole (a JSON create or an answer). */
export function emitCreated(tx: WriteContext, secret: NewSecret): void {
  tx.emit({
    type: 'created',
    id: secret.id,
    at: secret.createdAt,
    expiresAt: secret.expiresAt,
    size: secret.envelope.length,
  })
}
