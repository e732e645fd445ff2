import type { OverQuota, StorageQuota } from '../records.js'
// From the schema, not the queries: the writer thread must not load kysely (~10 MB resident).
import { INSTANCE_SCOPE } from '../schema.js'
import type { WriteContext } from './context.js'

/** A limit no store reaches: the running totals are kept whether or not a quota is set. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER

/**
 * Reserves `bytes` for the instance and the owner in the write's transaction,
 * before anything of the secret is stored; the refused scope, or null when
 * both had room (then both totals count the bytes).
 */
async function reserve(
  tx: WriteContext,
  owner: string | null,
  bytes: number,
  quota: StorageQuota | undefined,
): Promise<OverQuota | null> {
  const instance = quota?.instance ?? NO_LIMIT
  const ownerLimit = quota?.owner ?? NO_LIMIT
  const overInstance = { overQuota: 'instance', limit: instance } as const
  const overOwner = { overQuota: 'owner', limit: ownerLimit } as const
  if (bytes > instance) return overInstance
  if (owner !== null && bytes > ownerLimit) return overOwner
  const { db, s } = tx
  const [total] = await db.rows(s.reserveUsage, { scope: INSTANCE_SCOPE, bytes, limit: instance })
  if (!total) return overInstance
  if (owner === null) return null
  const [own] = await db.rows(s.reserveUsage, { scope: owner, bytes, limit: ownerLimit })
  if (own) return null
  await db.run(s.releaseUsage, { owner: null, bytes })
  return overOwner
}

/**
 * Reserves the bytes of the secret just inserted in this transaction, or
 * deletes it again when a quota refuses. Reserving last keeps the row lock on
 * the shared total (PostgreSQL: one transaction per write) held only until
 * the commit, not across the insert of the ciphertext.
 */
export async function reserveInserted(
  tx: WriteContext,
  secret: { readonly id: string; readonly owner: string | null; readonly quota?: StorageQuota },
  bytes: number,
): Promise<OverQuota | null> {
  const refused = await reserve(tx, secret.owner, bytes, secret.quota)
  if (refused) await tx.db.run(tx.s.forgetSecret, { id: secret.id })
  return refused
}

/** Gives back what secrets reserved, summed per owner (a sweep frees many at once). */
export async function release(
  { db, s }: WriteContext,
  freed: readonly { readonly owner: string | null; readonly envelope_size: number }[],
): Promise<void> {
  const byOwner = new Map<string | null, number>()
  for (const row of freed)
    byOwner.set(row.owner, (byOwner.get(row.owner) ?? 0) + Number(row.envelope_size))
  for (const [owner, bytes] of byOwner) await db.run(s.releaseUsage, { owner, bytes })
}

/** Gives back what the secret `id` reserved: its ciphertext is gone (claimed, burned). */
export async function releaseSecret(tx: WriteContext, id: string): Promise<void> {
  await release(tx, await tx.db.rows(tx.s.secretUsage, { id }))
}
