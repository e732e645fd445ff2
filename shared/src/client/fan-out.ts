import type { ReceiptLinkStatus, ReceiptState } from '../api/types.js'
import { decodeBase64url } from '../encoding.js'
import { labelKey, openLabel } from '../fanout/keys.js'
import { prepareLinks, type FanOutLinkInfo } from '../fanout/prepare.js'
import { formatReceiptLink, parseReceiptLink } from '../link.js'
import { loadSodium } from '../sodium.js'
import { prepareSecretFor, uploadSecret, type CreateOptions } from './create.js'
import { getReceiptStatus, type ReceiptOptions } from './receipts.js'

export interface CreatedFanOutSecret {
  readonly id: string
  /** One link per recipient, in the order of `recipients`. */
  readonly links: readonly FanOutLinkInfo[]
  /** Shows each link's state and label, burns one or all. */
  readonly receiptLink: string
  readonly expiresAt: string
}

/**
 * Creates one secret with a link per recipient (docs/protocol.md §10): the
 * payload is sealed and stored once; each link has its own access token and
 * `maxViews`. `recipients` holds each link's label, or null for none (2–50).
 */
export async function createFanOutSecret(
  options: CreateOptions & { readonly recipients: readonly (string | null)[] },
): Promise<CreatedFanOutSecret> {
  const prepared = await prepareSecretFor(options)
  const { links, declarations } = prepareLinks(prepared, options.server, options.recipients)
  const created = await uploadSecret(options, prepared, declarations)
  return {
    id: created.id,
    links,
    receiptLink: formatReceiptLink(options.server, prepared.id, prepared.receiptToken),
    expiresAt: created.expires_at,
  }
}

/** One link as its creator's receipt shows it, its label opened. */
export interface LinkStatus {
  readonly index: number
  readonly label: string | null
  /** `active`: waiting to be opened. */
  readonly state: ReceiptState
  readonly views: number
  readonly maxViews: number
  readonly openedAt: string | null
}

/**
 * The links of a fan-out secret with their labels opened by the receipt
 * link's key; empty for an ordinary secret. A label that does not open
 * (altered on the server) is `bad_label`.
 */
export async function getLinkStatuses(options: ReceiptOptions): Promise<LinkStatus[]> {
  const status = await getReceiptStatus(options)
  return openLinkLabels(options.receiptLink, status.links ?? [])
}

/** The receipt's links with their labels opened by the receipt link's key. */
export async function openLinkLabels(
  receiptLink: string,
  links: readonly ReceiptLinkStatus[],
): Promise<LinkStatus[]> {
  const receipt = parseReceiptLink(receiptLink)
  const sodium = await loadSodium()
  const key = labelKey(sodium, receipt.receiptToken)
  const idBytes = decodeBase64url(receipt.id)
  return links.map((link) => ({
    index: link.link,
    label:
      link.label === undefined
        ? null
        : openLabel(sodium, key, idBytes, link.link, decodeBase64url(link.label)),
    state: link.state,
    views: link.views,
    maxViews: link.max_views,
    openedAt: link.opened_at ?? null,
  }))
}
