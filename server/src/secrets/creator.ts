import type { StorageQuota } from '../storage/index.js'

/** Who creates a secret (or declares an upload), and what that owner's secrets may hold. */
export interface Creator {
  /** Name of the API key used, or the signed-in user; null for anyone. */
  readonly owner: string | null
  /** The API key's own storage quota in bytes; null: the instance's default for owners. */
  readonly quotaBytes: number | null
}

/** The limits of a create: the key's own quota, when it has one, before MAX_STORED_BYTES_PER_KEY. */
export function quotaFor(creator: Creator, defaults: StorageQuota): StorageQuota {
  return { instance: defaults.instance, owner: creator.quotaBytes ?? defaults.owner }
}
