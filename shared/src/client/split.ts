import { formatReceiptLink } from '../link.js'
import { formatShareLink, type SplitPolicy } from '../split/share-link.js'
import { splitLinkKey } from '../split/shares.js'
import { prepareSecretFor, uploadSecret, type CreateOptions } from './create.js'

export interface CreatedSplitSecret {
  readonly id: string
  /** One link per share, in share order; any `threshold` of them open the secret. */
  readonly shareLinks: readonly string[]
  readonly threshold: number
  readonly receiptLink: string
  readonly expiresAt: string
}

/**
 * Creates one ordinary secret and splits its link key into share links
 * (docs/protocol.md §7). The split is made before anything is uploaded, and
 * no whole link is returned: only `threshold` holders together can open it.
 */
export async function createSplitSecret(
  options: CreateOptions & { readonly split: SplitPolicy },
): Promise<CreatedSplitSecret> {
  const prepared = await prepareSecretFor(options)
  const target = {
    base: options.server,
    id: prepared.id,
    linkKey: prepared.linkKey,
    passphrase: prepared.kdf !== null,
  }
  const shares = await splitLinkKey(target, options.split)
  const created = await uploadSecret(options, prepared)
  return {
    id: created.id,
    shareLinks: shares.map(formatShareLink),
    threshold: options.split.threshold,
    receiptLink: formatReceiptLink(options.server, prepared.id, prepared.receiptToken),
    expiresAt: created.expires_at,
  }
}
