import { decodeBase64url, encodeBase64url } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import { isSecretId, splitLink } from '../link.js'

/** Fewest and most shares a secret's link key may be split into (docs/protocol.md §7). */
export const SPLIT_MIN = 2
export const SPLIT_MAX = 10
/** A Shamir share of the 32-byte link key: 32 y bytes, then the x coordinate (1–255). */
export const SHARE_BYTES = 33
/** The binding tag's length: enough to tell splits apart and catch a bad combination. */
export const SHARE_TAG_BYTES = 8

/** k of n: any `threshold` of the `shares` links rebuild the link key. */
export interface SplitPolicy {
  readonly threshold: number
  readonly shares: number
}

/** One share link, parsed: what it claims, and its bytes. */
export interface ShareLink {
  readonly base: string
  readonly id: string
  readonly threshold: number
  readonly total: number
  /** 1-based number of this share among the `total`; shown to people, not used to combine. */
  readonly index: number
  readonly tag: Uint8Array
  readonly share: Uint8Array
  /** The link's hint that a passphrase is needed, as on an ordinary link. */
  readonly passphrase: boolean
}

const MARKER = 's1'
/** Any share kind, of this or a later version: `s<version>.` */
const SHARE_KIND_RE = /^s\d+\./
const COUNT = '([1-9]|10)'
const FRAGMENT_RE = new RegExp(
  `^${MARKER}\\.${COUNT}\\.${COUNT}\\.${COUNT}\\.([A-Za-z0-9_-]{11})\\.([A-Za-z0-9_-]{44})(\\.p)?$`,
)

export function isSplitPolicy(policy: SplitPolicy): boolean {
  const { threshold: k, shares: n } = policy
  return Number.isInteger(k) && Number.isInteger(n) && SPLIT_MIN <= k && k <= n && n <= SPLIT_MAX
}

/** True when a link's fragment is a share (of any version), not a whole link key. */
export function isShareFragment(fragment: string): boolean {
  return SHARE_KIND_RE.test(fragment.replace(/^#/, ''))
}

export function formatShareLink(share: ShareLink): string {
  const fields = [MARKER, share.threshold, share.total, share.index]
  const bytes = [encodeBase64url(share.tag), encodeBase64url(share.share)]
  const hint = share.passphrase ? '.p' : ''
  return `${share.base.replace(/\/+$/, '')}/s/${share.id}#${[...fields, ...bytes].join('.')}${hint}`
}

/** Strict, like every link: anything but an exact share link is refused before any request. */
export function parseShareLink(link: string): ShareLink {
  const { base, kind, id, fragment } = splitLink(link.trim())
  if (kind !== 's') throw new ProtocolError('bad_link', 'this is a receipt link, not a share link')
  return parseShareFragment(base, id, fragment)
}

export function parseShareFragment(base: string, id: string, fragment: string): ShareLink {
  const text = fragment.replace(/^#/, '')
  if (!isShareFragment(text)) {
    throw new ProtocolError('bad_share', 'this is an ordinary link, not a share of a split secret')
  }
  if (!text.startsWith(`${MARKER}.`)) {
    throw new ProtocolError('bad_share', 'this share was made by a newer version of Hushlink')
  }
  const m = FRAGMENT_RE.exec(text)
  if (!m || !isSecretId(id)) throw corrupted()
  const [threshold, total, index] = [m[1], m[2], m[3]].map(Number) as [number, number, number]
  if (!isSplitPolicy({ threshold, shares: total }) || index > total) throw corrupted()
  let tag: Uint8Array
  let share: Uint8Array
  try {
    tag = decodeBase64url(m[4] as string)
    share = decodeBase64url(m[5] as string)
  } catch {
    throw corrupted()
  }
  // x = 0 would be the key itself: the splitting library never makes it.
  if (share[SHARE_BYTES - 1] === 0) throw corrupted()
  return { base, id, threshold, total, index, tag, share, passphrase: m[6] !== undefined }
}

function corrupted(): ProtocolError {
  return new ProtocolError('bad_share', 'the share link is incomplete or corrupted')
}
