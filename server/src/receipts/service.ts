import type { ReceiptLinkStatus, ReceiptState, ReceiptStatusResponse } from '@hushlink/shared/api'
import type { Clock } from '../clock.js'
import { HttpError } from '../errors.js'
import type { SecretStore } from '../storage/index.js'
import type { ReceiptLinkRecord, ReceiptRecord } from '../storage/store.js'
import { digestToken, matchesVerifier } from '../verifiers.js'
import { toBase64url, toIsoTime } from '../wire.js'

export interface ReceiptService {
  status(id: string, receiptToken: string): Promise<ReceiptStatusResponse>
  /**
   * Idempotent: burning a secret that is already gone succeeds. With `link`,
   * only that link of a fan-out secret (the secret too if it was the last).
   */
  burn(id: string, receiptToken: string, link?: number): Promise<void>
}

export interface ReceiptServiceOptions {
  readonly store: SecretStore
  readonly clock: Clock
}

const RECEIPT_NOT_FOUND =
  'This receipt is not available: the link is wrong, or the secret expired and was removed.'

/**
 * The creator's view of a secret. The receipt token can read the state and
 * burn the secret, never read it; the state row outlives the ciphertext until
 * the original expiry, so a receipt still answers after the secret was opened.
 */
export function createReceiptService({ store, clock }: ReceiptServiceOptions): ReceiptService {
  async function authorised(id: string, receiptToken: string): Promise<SecretRecord> {
    const digest = digestToken(receiptToken, 'receipt_token')
    const record = await store.findReceipt(id)
    // An upload that never completed is no secret yet: nothing to report or burn.
    if (
      !record ||
      record.state === 'uploading' ||
      !matchesVerifier(digest, record.receiptVerifier)
    ) {
      throw new HttpError(404, 'not_found', RECEIPT_NOT_FOUND)
    }
    return { ...record, state: record.state }
  }

  return {
    async status(id, receiptToken) {
      const record = await authorised(id, receiptToken)
      const state = stateAt(record, clock.now())
      const links = await store.findLinks(id)
      return {
        state,
        created_at: toIsoTime(record.createdAt),
        expires_at: toIsoTime(record.expiresAt),
        max_views: record.maxViews,
        views: record.views,
        ...(record.claimedAt === null ? {} : { claimed_at: toIsoTime(record.claimedAt) }),
        failures: record.failures,
        ...(record.notBefore === null ? {} : { opens_at: toIsoTime(record.notBefore) }),
        ...(links.length === 0 ? {} : { links: links.map((link) => linkStatus(link, state)) }),
      }
    },

    async burn(id, receiptToken, link) {
      await authorised(id, receiptToken)
      if (link === undefined) await store.burn(id, clock.now())
      else if (await store.findLink(id, link)) await store.burnLink(id, link, clock.now())
      else throw new HttpError(404, 'not_found', 'This secret has no such link.')
    },
  }
}

/** The state row of a secret whose upload, if any, completed. */
type SecretRecord = ReceiptRecord & {
  readonly state: Exclude<ReceiptRecord['state'], 'uploading'>
}

/**
 * A link that ended says how; one still waiting shares its secret's end
 * (expired, burned with it, or burned by wrong passphrases).
 */
function linkStatus(link: ReceiptLinkRecord, secret: ReceiptState): ReceiptLinkStatus {
  return {
    link: link.index,
    state: link.state === 'active' && secret !== 'viewed' ? secret : link.state,
    views: link.views,
    max_views: link.maxViews,
    ...(link.openedAt === null ? {} : { opened_at: toIsoTime(link.openedAt) }),
    ...(link.label === null ? {} : { label: toBase64url(link.label) }),
  }
}

/** A final state says what happened; `expired` only describes a secret nobody finished. */
function stateAt(record: SecretRecord, now: number): ReceiptState {
  if (record.state === 'active') return record.expiresAt > now ? 'active' : 'expired'
  return record.state
}
