/**
 * One link per recipient (docs/protocol.md §10) with the built CLI: the
 * fan-out vectors open on a real server through each of their links, broken
 * fan-out links are refused before any request, `send --to NAME` prints one
 * labelled link per person, `status` lists each link's name and state, and
 * `burn --link N` burns one link while the others keep working.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  burnSecret,
  createFanOutSecret,
  getLinkStatuses,
  NotFoundError,
  revealSecret,
} from '@hushlink/shared'
import {
  fanOutCreateBody,
  loadEnvelopeVectors,
  loadFanOutVectors,
} from '../../shared/test/vectors.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { onServer } from '../support/vectors.js'
import { receiptOf, recordRequests, runCli } from './run-cli.js'

const fanOut = loadFanOutVectors()
const envelopes = loadEnvelopeVectors()
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-fan-out-'))

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ env: PERMISSIVE_LIMITS })
})
afterAll(() => server.stop())

/** `LABEL<tab>LINK` lines (the link alone when unlabelled), as `send` prints them. */
function linesOf(stdout: Buffer): { label: string | null; link: string }[] {
  return stdout
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [first, second] = line.split('\t')
      return second === undefined
        ? { label: null, link: first ?? '' }
        : { label: first ?? '', link: second }
    })
}

describe('fan-out vectors with the CLI', () => {
  it('refuses every broken fan-out link before any request (exit 5)', async () => {
    const recorder = await recordRequests()
    try {
      for (const bad of fanOut.invalid) {
        const result = await runCli(['read', onServer(recorder.url, bad.link)])
        expect(result.code, bad.name).toBe(5)
        expect(result.stdout.length).toBe(0)
      }
      expect(recorder.requests).toEqual([])
    } finally {
      await recorder.close()
    }
  })

  it.each(fanOut.vectors)('$name: every link opens once with `read`', async (f) => {
    const v = envelopes.find((e) => e.name === f.envelope)
    if (!v) throw new Error(f.envelope)
    const res = await fetch(`${server.url}/api/v1/secrets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fanOutCreateBody(f, v)),
    })
    expect(res.status, await res.text()).toBe(201)
    const pass: string[] = []
    if (v.passphrase !== null) {
      const file = join(scratch, `${v.id}.pass`)
      writeFileSync(file, v.passphrase)
      pass.push('--passphrase-file', file)
    }
    for (const l of f.links) {
      const link = onServer(server.url, l.link)
      const read = await runCli(['read', link, ...pass])
      expect(read.stderr).toBe('')
      expect(read.stdout.toString('utf8')).toBe(v.text)
      expect((await runCli(['read', link, ...pass])).code).toBe(3)
    }
    const receipt = `${server.url}/r/${v.id}#${f.receipt_token}`
    const status = await runCli(['status', receipt])
    for (const l of f.links) {
      const label = l.label === null ? '' : ` ${l.label}`
      expect(status.stdout.toString()).toContain(`link ${l.index}${label}: opened (1 of 1 views`)
    }
  })
})

describe('hushlink send --to NAME / --links N', () => {
  it('prints one labelled link per person; each opens once; status and burn --link work per link', async () => {
    const text = 'the Wi-Fi password: 8 blue ducks'
    const sent = await runCli(
      ['send', '--server', server.url, '--to', 'Alice', '--to', 'Bob', '--to', 'Carol'],
      { input: text },
    )
    expect(sent.code, sent.stderr).toBe(0)
    const links = linesOf(sent.stdout)
    expect(links.map((l) => l.label)).toEqual(['Alice', 'Bob', 'Carol'])
    expect(links.map((l) => /#f1\.(\d+)\./.exec(l.link)?.[1])).toEqual(['1', '2', '3'])
    const receipt = receiptOf(sent.stderr)

    const alice = await runCli(['read', links[0]?.link ?? ''])
    expect(alice.stdout.toString()).toBe(text)
    expect((await runCli(['read', links[0]?.link ?? ''])).code).toBe(3)
    const burned = await runCli(['burn', '--link', '2', receipt])
    expect(burned.code, burned.stderr).toBe(0)
    expect((await runCli(['read', links[1]?.link ?? ''])).code).toBe(3)

    const status = (await runCli(['status', receipt])).stdout.toString()
    expect(status).toMatch(/^link 1 Alice: opened \(1 of 1 views, first opened 20\d\d-/m)
    expect(status).toContain('link 2 Bob: burned (0 of 1 views)')
    expect(status).toContain('link 3 Carol: waiting (0 of 1 views)')
    expect(status).toMatch(/^state: +active/m)

    const carol = await runCli(['read', links[2]?.link ?? ''])
    expect(carol.stdout.toString()).toBe(text)
    const json = JSON.parse((await runCli(['status', '--json', receipt])).stdout.toString()) as {
      state: string
    }
    expect(json.state).toBe('viewed')
  })

  it('--links N prints N unlabelled links, in JSON too', async () => {
    const sent = await runCli(['send', '--server', server.url, '--links', '4', '--json'], {
      input: 'four of them',
    })
    expect(sent.code, sent.stderr).toBe(0)
    const body = JSON.parse(sent.stdout.toString()) as {
      links: { index: number; label: string | null; link: string }[]
      receipt_link: string
    }
    expect(body.links.map((l) => [l.index, l.label])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, null],
    ])
    const read = await runCli(['read', body.links[3]?.link ?? ''])
    expect(read.stdout.toString()).toBe('four of them')
  })

  it('refuses bad recipients before reading or sending anything (exit 2)', async () => {
    const recorder = await recordRequests()
    try {
      const bad = [
        ['--to', 'Alice'],
        ['--links', '1'],
        ['--links', '51'],
        ['--to', 'Alice', '--links', '3'],
        ['--to', 'A'.repeat(64), '--to', 'Bob'],
        ['--to', 'Alice', '--to', 'Bob', '--split', '2/3'],
        ['--to', 'Alice', '--to', `${recorder.url}/q/AAAAAAAAAAAAAAAAAAAAAA#x`],
      ]
      for (const args of bad) {
        const result = await runCli(['send', '--server', recorder.url, ...args], { input: 'x' })
        expect(result.code, args.join(' ')).toBe(2)
        expect(result.stderr).toMatch(/^hushlink: /)
      }
      expect(recorder.requests).toEqual([])
    } finally {
      await recorder.close()
    }
  })
})

describe('the SDK: createFanOutSecret, revealSecret, getLinkStatuses, burnSecret({ link })', () => {
  it('makes a link per recipient with its own views; reads, lists with labels and burns per link', async () => {
    const created = await createFanOutSecret({
      server: server.url,
      text: 'shared by the SDK',
      ttl: 3600,
      maxViews: 2,
      passphrase: 'sdk passphrase',
      kdf: { ops: 2, memKib: 19_456 },
      recipients: ['Émilie', null, 'Ørjan'],
    })
    expect(created.links.map((l) => [l.index, l.label])).toEqual([
      [1, 'Émilie'],
      [2, null],
      [3, 'Ørjan'],
    ])
    const first = created.links[0]?.link ?? ''
    const opened = await revealSecret({ link: first, passphrase: 'sdk passphrase' })
    expect(opened).toMatchObject({ text: 'shared by the SDK', viewsLeft: 1 })
    await burnSecret({ receiptLink: created.receiptLink, link: 3 })
    await expect(
      revealSecret({ link: created.links[2]?.link ?? '', passphrase: 'sdk passphrase' }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const states = await getLinkStatuses({ receiptLink: created.receiptLink })
    expect(states.map((l) => [l.index, l.label, l.state, l.views, l.maxViews])).toEqual([
      [1, 'Émilie', 'active', 1, 2],
      [2, null, 'active', 0, 2],
      [3, 'Ørjan', 'burned', 0, 2],
    ])
    expect(states[0]?.openedAt).toMatch(/^20\d\d-/)
  })
})
