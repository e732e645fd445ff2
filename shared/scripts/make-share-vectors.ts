/**
 * Writes test/vectors/shares-v1.json: share links of some envelope vectors'
 * link keys, and links every decoder must refuse. Splitting is random, so
 * running this again gives other (equally valid) shares; what the file pins
 * is how shares are encoded, bound, checked and combined.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  decodeBase64url,
  encodeBase64url,
  formatShareLink,
  loadSodium,
  shareTag,
  splitLinkKey,
  type ShareLink,
} from '../src/index.js'
import { loadEnvelopeVectors } from '../test/vectors.js'

const BASE = 'https://hushlink.example'
const SPLITS = [
  { envelope: 'short text', threshold: 3, shares: 5 },
  { envelope: 'passphrase', threshold: 2, shares: 3 },
  { envelope: 'unicode text', threshold: 10, shares: 10 },
]

const sodium = await loadSodium()
const envelopes = loadEnvelopeVectors()
const made = await Promise.all(
  SPLITS.map(async (split) => {
    const envelope = envelopes.find((v) => v.name === split.envelope)
    if (!envelope) throw new Error(`no envelope vector ${split.envelope}`)
    const target = {
      base: BASE,
      id: envelope.id,
      linkKey: decodeBase64url(envelope.link_key),
      passphrase: envelope.passphrase !== null,
    }
    const shares = await splitLinkKey(target, split)
    return { split, envelope, target, shares }
  }),
)

const vectors = made.map(({ split, envelope, target, shares }) => ({
  name: `${split.threshold} of ${split.shares}: ${envelope.name}`,
  envelope: envelope.name,
  id: envelope.id,
  link_key: envelope.link_key,
  passphrase: target.passphrase,
  threshold: split.threshold,
  shares_total: split.shares,
  tag: encodeBase64url(shareTag(sodium, target, split)),
  shares: shares.map((s) => ({
    index: s.index,
    share: encodeBase64url(s.share),
    link: formatShareLink(s),
  })),
}))

/** A share link with one field changed. */
function altered(share: ShareLink, change: Partial<ShareLink>): string {
  return formatShareLink({ ...share, ...change })
}
function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice()
  copy[at] = (copy[at] as number) ^ 1
  return copy
}

const [a, b] = made as [(typeof made)[0], (typeof made)[0]]
const [a1, a2, a3, a4] = a.shares as [ShareLink, ShareLink, ShareLink, ShareLink]
const a1Link = formatShareLink(a1)
const invalid = [
  // Each refused link alone: decoded before any request.
  { name: 'threshold above total', links: [altered(a1, { threshold: 6 })], error: 'bad_share' },
  { name: 'threshold of one', links: [altered(a1, { threshold: 1 })], error: 'bad_share' },
  { name: 'index above total', links: [altered(a1, { index: 6 })], error: 'bad_share' },
  { name: 'more than ten shares', links: [altered(a1, { total: 11 })], error: 'bad_share' },
  {
    name: 'x coordinate zero',
    links: [altered(a1, { share: Uint8Array.of(...a1.share.subarray(0, 32), 0) })],
    error: 'bad_share',
  },
  {
    name: 'leading zero in a count',
    links: [a1Link.replace('#s1.3.', '#s1.03.')],
    error: 'bad_share',
  },
  {
    name: 'short tag',
    links: [
      a1Link.replace(`.${encodeBase64url(a1.tag)}.`, `.${encodeBase64url(a1.tag).slice(1)}.`),
    ],
    error: 'bad_share',
  },
  { name: 'a later version', links: [a1Link.replace('#s1.', '#s2.')], error: 'bad_share' },
  {
    name: 'trailing characters',
    links: [`${a1Link}x`],
    error: 'bad_share',
  },
  // Sets of links: each link is well formed, the set is not.
  { name: 'two of three needed', links: [a1Link, formatShareLink(a2)], error: 'too_few_shares' },
  {
    name: 'the same share twice',
    links: [a1Link, formatShareLink(a2), a1Link],
    error: 'duplicate_share',
  },
  {
    name: 'a share of another secret',
    links: [a1Link, formatShareLink(a2), formatShareLink(b.shares[0] as ShareLink)],
    error: 'share_mismatch',
  },
  {
    name: 'another split of the same secret (other tag)',
    links: [a1Link, formatShareLink(a2), altered(a3, { tag: flipped(a3.tag, 0) })],
    error: 'share_mismatch',
  },
  {
    name: 'another threshold',
    links: [a1Link, formatShareLink(a2), altered(a3, { threshold: 2 })],
    error: 'share_mismatch',
  },
  {
    name: 'another server',
    links: [a1Link, formatShareLink(a2), altered(a3, { base: 'https://other.example' })],
    error: 'share_mismatch',
  },
  {
    name: 'one share altered',
    links: [a1Link, formatShareLink(a2), altered(a3, { share: flipped(a3.share, 5) })],
    error: 'share_corrupted',
  },
  {
    name: 'two shares with one coordinate',
    links: [
      a1Link,
      formatShareLink(a2),
      altered(a4, { share: Uint8Array.of(...a4.share.subarray(0, 32), a1.share[32] as number) }),
    ],
    error: 'bad_share',
  },
  {
    name: 'an ordinary link among shares',
    links: [a1Link, `${BASE}/s/${a.target.id}#${a.envelope.link_key}`],
    error: 'bad_share',
  },
]

const file = join(import.meta.dirname, '..', 'test', 'vectors', 'shares-v1.json')
writeFileSync(file, JSON.stringify({ version: 1, base: BASE, vectors, invalid }, null, 1) + '\n')
console.log(`wrote ${vectors.length} share vectors and ${invalid.length} refusals to ${file}`)
