import type { OverQuota, StorageQuota } from '../records.js'
// From the schema, not the queries: the writer thread must not load kysely (~10 MB resident).
import { INSTANCE_SCOPE } from '../schema.js'
import type { WriteContext } from './context.js'

/** A limit no store reaches: the running totals are kept whether or not a quota is set. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER

/** The limits a reservation is checked against; a store without a quota has none it can reach. */
export interface Limits {
  readonly instance: number
  readonly owner: number
}

export function limitsOf(quota: StorageQuota | undefined): Limits {
  return { instance: quota?.instance ?? NO_LIMIT, owner: quota?.owner ?? NO_LIMIT }
}

/** The scope whose limit `bytes` passes on its own: refused before any total is read. */
export function tooLarge(owner: string | null, bytes: number, limits: Limits): OverQuota | null {
  if (bytes > limits.instance) return { overQuota: 'instance', limit: limits.instance }
  if (owner !== null && bytes > limits.owner) return { overQuota: 'owner', limit: limits.owner }
  return null
}

/**
 * Which totals took the bytes: the instance's, and the owner's (null: no
 * owner; not asked when the instance refused).
 */
export interface Reserved {
  readonly instance: boolean
  readonly owner: boolean | null
}

/**
 * Reserves `bytes` for the instance and the owner in the write's transaction,
 * before anything of the secret is stored; the refused scope, or null when
 * both had room (then both totals count the bytes).
 */
async function reserve(
  tx: WriteContext,
  owner: string | null,
  bytes: number,
  limits: Limits,
): Promise<OverQuota | null> {
  const refused = tooLarge(owner, bytes, limits)
  if (refused) return refused
  const { db, s } = tx
  const [total] = await db.rows(s.reserveUsage, {
    scope: INSTANCE_SCOPE,
    bytes,
    limit: limits.instance,
  })
  const [own] =
    total && owner !== null
      ? await db.rows(s.reserveUsage, { scope: owner, bytes, limit: limits.owner })
      : []
  return settle(tx, bytes, limits, {
    instance: total !== undefined,
    owner: owner === null ? null : own !== undefined,
  })
}

/** The refused scope, if any; the bytes the instance took for a refused owner go back. */
async function settle(
  tx: WriteContext,
  bytes: number,
  limits: Limits,
  reserved: Reserved,
): Promise<OverQuota | null> {
  if (!reserved.instance) return { overQuota: 'instance', limit: limits.instance }
  if (reserved.owner !== false) return null
  await tx.db.run(tx.s.releaseUsage, { owner: null, bytes })
  return { overQuota: 'owner', limit: limits.owner }
}

/**
 * Reserves the bytes of the secret just inserted in this transaction, or
 * deletes it again when a quota refuses. Reserving last keeps the row lock on
 * the shared total (PostgreSQL: one transaction per write) held only until
 * the commit, not across the insert of the ciphertext. With `reserved`, the
 * totals were already asked (the one-trip create, queries/one-trip.ts): only
 * a refusal is settled here.
 */
export async function reserveInserted(
  tx: WriteContext,
  secret: { readonly id: string; readonly owner: string | null; readonly quota?: StorageQuota },
  bytes: number,
  reserved?: Reserved,
): Promise<OverQuota | null> {
  const limits = limitsOf(secret.quota)
  const refused = reserved
    ? await settle(tx, bytes, limits, reserved)
    : await reserve(tx, secret.owner, bytes, limits)
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
