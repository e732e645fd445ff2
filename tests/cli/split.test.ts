/**
 * Secrets split between people (docs/protocol.md §7) with the built CLI:
 * the share vectors open on a real server through any threshold of their
 * share links, every refusal in the vectors is refused before any request,
 * and `send --split 3/5` prints five links any three of which `read` opens.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSplitSecret, peekSecret, revealSecret } from '@hushlink/shared'
import { loadEnvelopeVectors, loadShareVectors } from '../../shared/test/vectors.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { onServer, seedVector } from '../support/vectors.js'
import { receiptOf, recordRequests, runCli } from './run-cli.js'

const shares = loadShareVectors()
const envelopes = loadEnvelopeVectors()
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-split-'))

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ env: PERMISSIVE_LIMITS })
})
afterAll(() => server.stop())

/** Only links on the vectors' own base move; a link "of another server" stays on it. */
function rebased(target: string, link: string): string {
  return link.startsWith(`${shares.base}/`) ? onServer(target, link) : link
}

describe('share vectors with the CLI', () => {
  it('refuses every bad set of share links before any request (exit 5, a clear message)', async () => {
    const recorder = await recordRequests()
    try {
      for (const bad of shares.invalid) {
        const result = await runCli(['read', ...bad.links.map((l) => rebased(recorder.url, l))])
        expect(result.code, bad.name).toBe(5)
        expect(result.stderr, bad.name).toMatch(/^hushlink: .*(share|link)/)
        expect(result.stdout.length).toBe(0)
      }
      expect(recorder.requests).toEqual([])
    } finally {
      await recorder.close()
    }
    const twoOfThree = shares.invalid.find((bad) => bad.error === 'too_few_shares')
    const missing = await runCli(['read', ...(twoOfThree?.links ?? [])])
    expect(missing.stderr).toBe('hushlink: 1 more of the 3 shares needed (2 given)\n')
  })

  it.each(shares.vectors)('$name: the last threshold shares open it', async (v) => {
    const envelope = envelopes.find((e) => e.name === v.envelope)
    if (!envelope) throw new Error(v.envelope)
    await seedVector(server.url, envelope)
    const links = v.shares.slice(-v.threshold).map((s) => onServer(server.url, s.link))
    const args = ['read', ...links.reverse()]
    if (envelope.passphrase !== null) {
      const passFile = join(scratch, `${v.id}.pass`)
      writeFileSync(passFile, envelope.passphrase)
      args.push('--passphrase-file', passFile)
    }
    const result = await runCli(args)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.toString('utf8')).toBe(envelope.text)
    expect((await runCli(args)).code).toBe(3)
  })
})

describe('hushlink send --split', () => {
  it('prints n share links; any 3 of 5 open the secret once, 2 do not and say how many are missing', async () => {
    const text = 'break-glass root password: 7hY!q2#Lm'
    const sent = await runCli(['send', '--server', server.url, '--split', '3/5'], { input: text })
    expect(sent.code, sent.stderr).toBe(0)
    const links = sent.stdout.toString().trim().split('\n')
    expect(links).toHaveLength(5)
    expect(links.map((l) => /#s1\.3\.5\.(\d)\./.exec(l)?.[1])).toEqual(['1', '2', '3', '4', '5'])
    expect(sent.stderr).toContain('any 3 of these 5 open the secret together')
    expect(receiptOf(sent.stderr)).toContain('/r/')

    const two = await runCli(['read', links[4] ?? '', links[1] ?? ''])
    expect(two.code).toBe(5)
    expect(two.stderr).toBe('hushlink: 1 more of the 3 shares needed (2 given)\n')
    const twice = await runCli(['read', links[4] ?? '', links[1] ?? '', links[4] ?? ''])
    expect(twice.stderr).toBe('hushlink: share 5 is given twice\n')

    const opened = await runCli(['read', links[4] ?? '', links[0] ?? '', links[2] ?? ''])
    expect(opened.stderr).toBe('')
    expect(opened.stdout.toString()).toBe(text)
    // Claimed once: another three shares of the same secret find it gone.
    expect((await runCli(['read', links[1] ?? '', links[3] ?? '', links[0] ?? ''])).code).toBe(3)
  })

  it('prints JSON, and refuses a bad K/N before reading anything', async () => {
    const sent = await runCli(['send', '--server', server.url, '--split', '2/2', '--json'], {
      input: 'two keys',
    })
    expect(sent.code, sent.stderr).toBe(0)
    const body = JSON.parse(sent.stdout.toString()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual([
      'expires_at',
      'id',
      'receipt_link',
      'share_links',
      'threshold',
    ])
    expect(body.share_links).toHaveLength(2)
    expect(body.threshold).toBe(2)
    for (const bad of ['1/3', '4/3', '3/11', '3', 'a/b']) {
      const refused = await runCli(['send', '--server', server.url, '--split', bad], {
        input: 'x',
      })
      expect(refused.code, bad).toBe(2)
      expect(refused.stderr).toContain('--split must be K/N')
    }
  })
})

describe('the SDK', () => {
  it('createSplitSecret, then revealSecret({ shares }) combines before it claims', async () => {
    const created = await createSplitSecret({
      server: server.url,
      text: 'from the SDK',
      ttl: 600,
      passphrase: 'two people and a passphrase',
      kdf: { ops: 2, memKib: 19_456 },
      split: { threshold: 2, shares: 4 },
    })
    expect(created.shareLinks).toHaveLength(4)
    expect(created.shareLinks.every((l) => l.endsWith('.p'))).toBe(true)
    expect(Object.keys(created)).not.toContain('link')
    const [one = '', two = '', three = ''] = created.shareLinks
    await expect(revealSecret({ shares: [three] })).rejects.toMatchObject({
      code: 'too_few_shares',
    })
    await expect(
      revealSecret({ shares: [three, two], passphrase: 'wrong passphrase' }),
    ).rejects.toMatchObject({ remaining: 4 })
    expect((await peekSecret({ server: server.url, id: created.id })).views_left).toBe(1)
    const opened = await revealSecret({
      shares: [three, one],
      passphrase: 'two people and a passphrase',
    })
    expect(opened.text).toBe('from the SDK')
    await expect(
      createSplitSecret({
        server: server.url,
        text: 'x',
        ttl: 600,
        split: { threshold: 3, shares: 2 },
      }),
    ).rejects.toThrow(RangeError)
  })
})
