import { describe, expect, it } from 'vitest'
import {
  combineShareLinks,
  encodeBase64url,
  formatShareLink,
  isShareFragment,
  isSplitPolicy,
  loadSodium,
  parseShareLink,
  ProtocolError,
  shareTag,
  ShareSet,
  splitLinkKey,
} from '@hushlink/shared'
import { loadShareVectors } from './vectors.js'

const { vectors, invalid } = loadShareVectors()

/** Every subset of `size` of `items`, in order. */
function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]]
  return items.flatMap((item, i) =>
    subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  )
}

async function refusal(links: readonly string[]): Promise<string> {
  try {
    await combineShareLinks(links)
  } catch (error) {
    if (error instanceof ProtocolError) return error.code
    throw error
  }
  return 'accepted'
}

describe('share vectors (test/vectors/shares-v1.json)', () => {
  it.each(vectors)(
    '$name: decodes, binds, and any threshold of the shares rebuild the key',
    async (v) => {
      const sodium = await loadSodium()
      for (const s of v.shares) {
        const parsed = parseShareLink(s.link)
        expect(parsed).toMatchObject({
          id: v.id,
          threshold: v.threshold,
          total: v.shares_total,
          index: s.index,
          passphrase: v.passphrase,
        })
        expect(encodeBase64url(parsed.share)).toBe(s.share)
        expect(encodeBase64url(parsed.tag)).toBe(v.tag)
        expect(formatShareLink(parsed)).toBe(s.link)
      }
      const links = v.shares.map((s) => s.link)
      const combinations = subsets(links, v.threshold)
      for (const set of combinations) {
        const link = await combineShareLinks(set)
        expect(encodeBase64url(link.linkKey)).toBe(v.link_key)
        expect(link.passphrase).toBe(v.passphrase)
        const policy = { threshold: v.threshold, shares: v.shares_total }
        expect(encodeBase64url(shareTag(sodium, link, policy))).toBe(v.tag)
      }
      // All of them at once work too; one fewer than needed never does.
      expect(encodeBase64url((await combineShareLinks(links)).linkKey)).toBe(v.link_key)
      for (const set of subsets(links, v.threshold - 1)) {
        expect(await refusal(set)).toBe('too_few_shares')
      }
    },
  )

  it.each(invalid)('refuses $name with $error', async (v) => {
    expect(await refusal(v.links)).toBe(v.error)
  })
})

describe('splitting', () => {
  const target = {
    base: 'http://127.0.0.1:8080/sub',
    id: 'q3Jx0m6wJ8yWQH0rjv1k1A',
    linkKey: new Uint8Array(32).map((_, i) => i * 7),
    passphrase: true,
  }

  it('makes n share links that say k, n and their number; k of them rebuild the key', async () => {
    const shares = await splitLinkKey(target, { threshold: 3, shares: 4 })
    const links = shares.map(formatShareLink)
    expect(links.map((l) => l.slice(l.indexOf('#'), l.indexOf('#') + 9))).toEqual([
      '#s1.3.4.1',
      '#s1.3.4.2',
      '#s1.3.4.3',
      '#s1.3.4.4',
    ])
    expect(links.every((l) => l.endsWith('.p') && l.startsWith(`${target.base}/s/`))).toBe(true)
    const set = new ShareSet(links[3] as string)
    expect(set.missing).toBe(2)
    set.add(links[0] as string)
    expect(set.missing).toBe(1)
    await expect(set.combine()).rejects.toMatchObject({ code: 'too_few_shares' })
    expect(() => set.add(links[0] as string)).toThrow(
      expect.objectContaining({ code: 'duplicate_share' }),
    )
    set.add(links[2] as string)
    expect(set.missing).toBe(0)
    expect(await set.combine()).toEqual({ ...target, exposed: false })
  })

  it('splits the same key differently each time (the shares are random)', async () => {
    const policy = { threshold: 2, shares: 2 }
    const [one, two] = await Promise.all([
      splitLinkKey(target, policy),
      splitLinkKey(target, policy),
    ])
    expect(one?.[0]?.share).not.toEqual(two?.[0]?.share)
    expect(one?.[0]?.tag).toEqual(two?.[0]?.tag)
  })

  it('accepts 2 ≤ k ≤ n ≤ 10 only', async () => {
    expect(isSplitPolicy({ threshold: 2, shares: 2 })).toBe(true)
    expect(isSplitPolicy({ threshold: 10, shares: 10 })).toBe(true)
    for (const [threshold, shares] of [
      [1, 3],
      [4, 3],
      [2, 11],
      [2.5, 3],
    ] as const) {
      expect(isSplitPolicy({ threshold, shares })).toBe(false)
      await expect(splitLinkKey(target, { threshold, shares })).rejects.toThrow(RangeError)
    }
  })

  it('tells a share fragment from a link key', () => {
    expect(isShareFragment('s1.2.3.1.AAAAAAAAAAA.x')).toBe(true)
    expect(isShareFragment('#s7.whatever')).toBe(true)
    expect(isShareFragment(encodeBase64url(target.linkKey))).toBe(false)
    expect(() => parseShareLink(`https://s.example/r/${target.id}#s1.2.2.1`)).toThrow(
      expect.objectContaining({ code: 'bad_link' }),
    )
  })
})
