import { combine, split } from 'shamir-secret-sharing'
import { LINK_KEY_BYTES } from '../crypto/keys.js'
import { concatBytes, decodeBase64url, encodeUtf8 } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import type { SecretLink } from '../link.js'
import { loadSodium, type Sodium } from '../sodium.js'
import {
  isSplitPolicy,
  parseShareLink,
  SHARE_BYTES,
  SHARE_TAG_BYTES,
  type ShareLink,
  type SplitPolicy,
} from './share-link.js'

const TAG_LABEL = encodeUtf8('hushlink/v1/share')

/** What a share link binds, besides its own bytes: same for all shares of one split. */
export interface SplitTarget {
  readonly base: string
  readonly id: string
  readonly linkKey: Uint8Array
  readonly passphrase: boolean
}

/**
 * The binding tag: BLAKE2b-128 keyed with the link key over the label, the
 * id and the split's parameters, cut to 8 bytes. Equal on every share of one
 * split, so shares of another secret are told apart before combining; and
 * recomputed from the rebuilt key, so a wrong combination never reaches the server.
 */
export function shareTag(sodium: Sodium, target: SplitTarget, policy: SplitPolicy): Uint8Array {
  const input = concatBytes([
    TAG_LABEL,
    decodeBase64url(target.id),
    Uint8Array.of(policy.threshold, policy.shares, target.passphrase ? 1 : 0),
  ])
  return sodium.crypto_generichash(16, input, target.linkKey).subarray(0, SHARE_TAG_BYTES)
}

/** Splits the link key with Shamir's scheme (the audited `shamir-secret-sharing`): one link per share. */
export async function splitLinkKey(target: SplitTarget, policy: SplitPolicy): Promise<ShareLink[]> {
  if (!isSplitPolicy(policy)) {
    throw new RangeError('a split needs 2 ≤ threshold ≤ shares ≤ 10 (whole numbers)')
  }
  const tag = shareTag(await loadSodium(), target, policy)
  const shares = await split(target.linkKey, policy.shares, policy.threshold)
  return shares.map((share, i) => ({
    base: target.base,
    id: target.id,
    threshold: policy.threshold,
    total: policy.shares,
    index: i + 1,
    tag,
    share,
    passphrase: target.passphrase,
  }))
}

/**
 * Shares gathered one by one (the web page adds them as they are pasted).
 * Each is checked against the first before it is kept, so a share of
 * another secret, a duplicate or a malformed one is refused on its own,
 * and nothing is ever sent to the server.
 */
export class ShareSet {
  readonly #shares: ShareLink[]

  /** Starts from one share, which says which secret and how many shares are needed. */
  constructor(first: string | ShareLink) {
    this.#shares = [typeof first === 'string' ? parseShareLink(first) : first]
  }

  get first(): ShareLink {
    return this.#shares[0] as ShareLink
  }

  get shares(): readonly ShareLink[] {
    return this.#shares
  }

  get count(): number {
    return this.#shares.length
  }

  /** How many more distinct shares are needed. */
  get missing(): number {
    return Math.max(0, this.first.threshold - this.#shares.length)
  }

  /** Parses and checks a share link; throws ProtocolError and keeps nothing when it does not fit. */
  add(link: string | ShareLink): ShareLink {
    const share = typeof link === 'string' ? parseShareLink(link) : link
    const first = this.first
    if (share.base !== first.base || share.id !== first.id) {
      throw new ProtocolError('share_mismatch', 'this share belongs to another secret')
    }
    if (
      share.threshold !== first.threshold ||
      share.total !== first.total ||
      share.passphrase !== first.passphrase ||
      !sameBytes(share.tag, first.tag)
    ) {
      throw new ProtocolError(
        'share_mismatch',
        'this share belongs to another split of the secret, or was altered',
      )
    }
    for (const kept of this.#shares) {
      if (kept.index === share.index) {
        throw new ProtocolError('duplicate_share', `share ${share.index} is given twice`)
      }
      if (kept.share[SHARE_BYTES - 1] === share.share[SHARE_BYTES - 1]) {
        throw new ProtocolError('bad_share', 'two shares have the same coordinate: one was altered')
      }
    }
    this.#shares.push(share)
    return share
  }

  /**
   * Rebuilds the link key from the shares and checks it against the tag
   * before anything is sent. Needs `threshold` shares (`too_few_shares`).
   */
  async combine(): Promise<SecretLink> {
    const first = this.first
    if (this.missing > 0) {
      throw new ProtocolError(
        'too_few_shares',
        `${this.missing} more of the ${first.threshold} shares needed (${this.count} given)`,
      )
    }
    const linkKey = await combine(this.#shares.map((s) => s.share))
    // A share holds only part of the key, so a share link that arrived as `%23` does not expose the secret.
    const target = {
      base: first.base,
      id: first.id,
      linkKey,
      passphrase: first.passphrase,
      exposed: false,
    }
    const policy = { threshold: first.threshold, shares: first.total }
    if (
      linkKey.length !== LINK_KEY_BYTES ||
      !sameBytes(shareTag(await loadSodium(), target, policy), first.tag)
    ) {
      linkKey.fill(0)
      throw new ProtocolError('share_corrupted', 'the shares do not fit together: one was altered')
    }
    return target
  }
}

/** Share links given together (CLI arguments, SDK): checked one by one, then combined. */
export async function combineShareLinks(
  links: readonly (string | ShareLink)[],
): Promise<SecretLink> {
  const [first, ...others] = links
  if (first === undefined) throw new ProtocolError('too_few_shares', 'no share was given')
  const set = new ShareSet(first)
  for (const link of others) set.add(link)
  return set.combine()
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}
