import type { Executor } from '../executor.js'
import type { SecretFields } from '../records.js'
import type { SecretState } from '../schema.js'
import type { Statements } from '../queries/index.js'

/** Inserts the state row of a new secret; false when the id is taken (tombstones included). */
export async function insertSecretRow(
  db: Executor,
  s: Statements,
  secret: SecretFields,
  state: Extract<SecretState, 'active' | 'uploading'>,
  envelopeSize: number,
): Promise<boolean> {
  const inserted = await db.rows(s.insertSecret, {
    id: secret.id,
    state,
    kind: secret.kind,
    envelope_size: envelopeSize,
    header: secret.header,
    access_verifier: secret.accessVerifier,
    pass_verifier: secret.passVerifier,
    receipt_verifier: secret.receiptVerifier,
    max_views: secret.maxViews,
    max_failures: secret.maxFailures,
    created_at: secret.createdAt,
    expires_at: secret.expiresAt,
    owner: secret.owner,
  })
  return inserted.length > 0
}
