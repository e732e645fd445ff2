/**
 * The built `hushlink` command against the real server: round trips, exit
 * codes, what goes to stdout and stderr, and that a corrupted link never
 * reaches the network.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERMISSIVE_LIMITS, freePort, startServer, type RunningServer } from '../support/server.js'
import { CLI_MAIN, receiptOf, recordRequests, runCli, type CliResult } from './run-cli.js'

const LINK_RE = /^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}(\.p)?$/
const RECEIPT_RE = /^http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$/

let server: RunningServer
let env: Record<string, string>
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-e2e-'))

beforeAll(async () => {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run pnpm build first`)
  server = await startServer({ env: PERMISSIVE_LIMITS })
  env = { HUSHLINK_SERVER: server.url }
})

afterAll(async () => {
  await server.stop()
})

function file(name: string, content: string): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

/** Sends and returns the link (stdout, which must be exactly one line) and the receipt link. */
async function send(args: string[], input?: string): Promise<{ link: string; receipt: string }> {
  const result = await runCli(['send', ...args], { env, ...(input === undefined ? {} : { input }) })
  expectOk(result)
  const stdout = result.stdout.toString('utf8')
  expect(stdout.endsWith('\n')).toBe(true)
  const link = stdout.slice(0, -1)
  expect(link).toMatch(LINK_RE)
  return { link, receipt: receiptOf(result.stderr) }
}

function expectOk(result: CliResult): void {
  expect(result.stderr.split('\n').filter((l) => l.startsWith('hushlink:'))).toEqual([])
  expect(result.code).toBe(0)
}

/** A failure is one line on stderr, no stack trace, and nothing on stdout. */
function expectFailure(result: CliResult, code: number, message: RegExp): void {
  expect(result.code).toBe(code)
  expect(result.stdout.length).toBe(0)
  expect(result.stderr).toMatch(/^hushlink: [^\n]+\n$/)
  expect(result.stderr).toMatch(message)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('send → read', () => {
  it('round-trips text from an argument, emoji included', async () => {
    const text = 'pässwörd 🔐 with spaces'
    const { link } = await send([text])
    const read = await runCli(['read', link])
    expectOk(read)
    expect(read.stdout.toString('utf8')).toBe(text)
  })

  it('`echo -n secret | hushlink send` prints only the link on stdout', async () => {
    const result = await runCli(['send'], { env, input: 'secret' })
    expectOk(result)
    expect(result.stdout.toString('utf8')).toMatch(/^http:\/\/\S+\n$/)
    expect(result.stdout.toString('utf8').trimEnd()).toMatch(LINK_RE)
    expect(receiptOf(result.stderr)).toMatch(RECEIPT_RE)
    expect(result.stderr).not.toContain('secret\n')
    const read = await runCli(['read', result.stdout.toString('utf8').trim()])
    expect(read.stdout.toString('utf8')).toBe('secret')
  })

  it('keeps stdin byte for byte: spaces, CRLF, tabs, control characters, no added newline', async () => {
    const text = '  line one  \r\nline\ttwo\n\n\u0000\u001b[0m end\n\n'
    const { link } = await send(['-'], text)
    const read = await runCli(['read', link])
    expectOk(read)
    expect(read.stdout.equals(Buffer.from(text, 'utf8'))).toBe(true)
  })

  it('round-trips 100 KB of text from stdin', async () => {
    const text = 'Ab3 🔑 '.repeat(12_500)
    expect(Buffer.byteLength(text)).toBeGreaterThan(100_000)
    const { link } = await send([], text)
    const read = await runCli(['read', link])
    expectOk(read)
    expect(read.stdout.toString('utf8')).toBe(text)
  })

  it('a second read is "not found", exit 3', async () => {
    const { link } = await send(['only once'])
    expectOk(await runCli(['read', link]))
    expectFailure(await runCli(['read', link]), 3, /not found/)
  })

  it('--views 2 opens twice, and says how many opens are left', async () => {
    const { link } = await send(['--views', '2', 'twice'])
    const first = await runCli(['read', link])
    expect(first.stdout.toString()).toBe('twice')
    expect(first.stderr).toContain('1 more time')
    expect((await runCli(['read', link])).stdout.toString()).toBe('twice')
    expectFailure(await runCli(['read', link]), 3, /not found/)
  })

  it('--json prints exactly {link, receipt_link, id, expires_at} and nothing on stderr', async () => {
    const before = Date.now()
    const result = await runCli(['send', '--json', '--ttl', '2h'], { env, input: 'json me' })
    expectOk(result)
    expect(result.stderr).toBe('')
    const out = JSON.parse(result.stdout.toString('utf8')) as Record<string, string>
    expect(Object.keys(out)).toEqual(['link', 'receipt_link', 'id', 'expires_at'])
    expect(out.link).toMatch(LINK_RE)
    expect(out.receipt_link).toMatch(RECEIPT_RE)
    expect(out.link).toContain(`/s/${out.id}#`)
    expect(out.receipt_link).toContain(`/r/${out.id}#`)
    const expires = Date.parse(out.expires_at ?? '')
    expect(Math.abs(expires - (before + 7_200_000))).toBeLessThan(60_000)
    expect((await runCli(['read', out.link ?? ''])).stdout.toString()).toBe('json me')
  })
})

describe('passphrases', () => {
  const right = file('right.txt', 'correct horse 🐎\n')
  const wrong = file('wrong.txt', 'incorrect horse\n')

  it('round-trips with --passphrase-file on both sides; the link says .p', async () => {
    const { link } = await send(['--passphrase-file', right], 'behind a passphrase')
    expect(link.endsWith('.p')).toBe(true)
    const read = await runCli(['read', link, '--passphrase-file', right])
    expectOk(read)
    expect(read.stdout.toString('utf8')).toBe('behind a passphrase')
  })

  it('a wrong passphrase exits 4 with the attempts left, consumes nothing, and burns at the limit', async () => {
    const { link, receipt } = await send(
      ['--passphrase-file', right, '--max-failures', '3'],
      'guarded',
    )
    const first = await runCli(['read', link, '--passphrase-file', wrong])
    expectFailure(first, 4, /wrong passphrase: 2 attempts left/)
    const second = await runCli(['read', link, '--passphrase-file', wrong])
    expectFailure(second, 4, /1 attempt left/)
    const read = await runCli(['read', link, '--passphrase-file', right])
    expect(read.stdout.toString('utf8')).toBe('guarded')

    const { link: other } = await send(['--passphrase-file', right, '--max-failures', '1'], 'x')
    expectFailure(await runCli(['read', other, '--passphrase-file', wrong]), 4, /last attempt/)
    expectFailure(await runCli(['read', other, '--passphrase-file', right]), 3, /not found/)
    const status = await runCli(['status', '--json', receipt])
    expect(JSON.parse(status.stdout.toString()).failures).toBe(2)
  })

  it('without a terminal or --passphrase-file it stops before claiming (exit 2)', async () => {
    const { link } = await send(['--passphrase-file', right], 'still here')
    expectFailure(await runCli(['read', link]), 2, /--passphrase-file/)
    const read = await runCli(['read', link, '--passphrase-file', right])
    expect(read.stdout.toString('utf8')).toBe('still here')
  })

  it('never prints the passphrase, the key or the text on stderr, even with HUSHLINK_DEBUG=1', async () => {
    const debugEnv = { ...env, HUSHLINK_DEBUG: '1' }
    const sent = await runCli(['send', '--passphrase-file', right], {
      env: debugEnv,
      input: 'very private text',
    })
    const link = sent.stdout.toString().trim()
    const key = link.split('#')[1]?.replace(/\.p$/, '') ?? ''
    const failed = await runCli(['read', link, '--passphrase-file', wrong], { env: debugEnv })
    expect(failed.code).toBe(4)
    expect(failed.stderr).toMatch(/\n\s+at /) // debug mode does show the stack
    for (const stderr of [sent.stderr, failed.stderr]) {
      for (const secret of ['very private text', 'correct horse', 'incorrect horse', key]) {
        expect(stderr).not.toContain(secret)
      }
    }
  })

  it('says when a passphrase file is given for a secret without one, and reads it anyway', async () => {
    const { link } = await send(['plain'])
    const read = await runCli(['read', link, '--passphrase-file', right])
    expectOk(read)
    expect(read.stderr).toContain('no passphrase')
    expect(read.stdout.toString()).toBe('plain')
  })
})

describe('status and burn', () => {
  it('status tells waiting from opened; burn destroys; both by receipt link', async () => {
    const { link, receipt } = await send(['--views', '3', 'tracked'])
    const waiting = await runCli(['status', '--json', receipt])
    expectOk(waiting)
    const before = JSON.parse(waiting.stdout.toString()) as Record<string, unknown>
    expect(before).toMatchObject({ state: 'active', views: 0, max_views: 3, failures: 0 })

    expectOk(await runCli(['read', link]))
    const human = await runCli(['status', receipt])
    expectOk(human)
    expect(human.stdout.toString()).toMatch(/^state: +active/m)
    expect(human.stdout.toString()).toMatch(/^views: +1 of 3$/m)

    const burned = await runCli(['burn', receipt])
    expectOk(burned)
    expect(burned.stdout.length).toBe(0)
    expectOk(await runCli(['burn', receipt])) // idempotent
    expectFailure(await runCli(['read', link]), 3, /not found/)
    const after = await runCli(['status', '--json', receipt])
    expect(JSON.parse(after.stdout.toString())).toMatchObject({ state: 'burned' })
  })

  it('a link whose # became %23 still works, with a warning that its key or token was exposed', async () => {
    const { link, receipt } = await send(['--views', '2', 'mangled'])
    const read = await runCli(['read', link.replace('#', '%23')])
    expectOk(read)
    expect(read.stdout.toString()).toBe('mangled')
    expect(read.stderr).toMatch(
      /^warning: this link's # had become %23: its key travelled in the address.* treat the secret as exposed/m,
    )
    expect((await runCli(['read', link])).stderr).not.toMatch(/warning/)
    const status = await runCli(['status', receipt.replace('#', '%23')])
    expectOk(status)
    expect(status.stderr).toMatch(
      /^warning: this receipt link's # had become %23: .* burn the secret and share it again/m,
    )
  })

  it('a receipt link with another token is "not found", exit 3', async () => {
    const { receipt } = await send(['x'])
    const other = receipt.replace(/#./, (m) => (m === '#A' ? '#B' : '#A'))
    expectFailure(await runCli(['status', other]), 3, /receipt/)
    expectFailure(await runCli(['burn', other]), 3, /receipt/)
  })
})

describe('generate', () => {
  it('prints a password without a newline when piped, over the chosen sets', async () => {
    const result = await runCli(['generate', '--length', '40', '--no-symbols'])
    expectOk(result)
    expect(result.stdout.toString()).toMatch(/^[A-Za-z0-9]{40}$/)
    expect(result.stderr).toBe('')
    const digits = await runCli(['generate', '--no-lowercase', '--no-uppercase', '--no-symbols'])
    expect(digits.stdout.toString()).toMatch(/^[0-9]{24}$/)
    const full = await runCli(['generate'])
    expect(full.stdout.toString()).toMatch(/^[\x21-\x7e]{24}$/)
    expect(full.stdout.toString()).not.toMatch(/['"`\\]/)
  })

  it('prints a passphrase of list words with --words', async () => {
    const result = await runCli(['generate', '--words', '7'])
    expectOk(result)
    expect(result.stdout.toString()).toMatch(/^[a-z0-9]+(-[a-z0-9]+){6}$/)
    const spaced = await runCli(['generate', '--words', '4', '--separator', ' '])
    expect(spaced.stdout.toString().split(' ')).toHaveLength(4)
  })

  it('pipes into send exactly', async () => {
    const password = (await runCli(['generate', '--length', '32'])).stdout.toString()
    const { link } = await send([], password)
    expect((await runCli(['read', link])).stdout.toString()).toBe(password)
  })
})

describe('usage errors exit 2', () => {
  it.each([
    [['generate', '--length', '4'], /--length/],
    [['generate', '--words', '2'], /--words/],
    [['generate', '--words', '6', '--length', '30'], /--words/],
    [['generate', '--no-lowercase', '--no-uppercase', '--no-digits', '--no-symbols'], /every/],
    [['generate', 'extra'], /too many arguments/],
    [['frobnicate'], /unknown command/],
    [['send', '--bogus'], /unknown option/],
    [['send', '--views', '0', 'x'], /--views/],
    [['send', '--ttl', '1y', 'x'], /--ttl/],
    [['send', '--passphrase-prompt', '--passphrase-file', 'f', 'x'], /not both/],
    [['send', '--max-failures', '3', 'x'], /needs a passphrase/],
    [['send', 'a', 'b'], /too many arguments/],
    [['send', '--file', '/nonexistent/file.bin'], /no such file/],
    [['read'], /missing LINK/],
    [['status'], /missing RECEIPT_LINK/],
    [['burn', '--json', 'x'], /--json/],
  ])('%j', async (args, message) => {
    expectFailure(await runCli(args, { env }), 2, message)
  })

  it('send refuses an empty secret and a server that is missing or not http(s)', async () => {
    expectFailure(await runCli(['send'], { env, input: '' }), 2, /empty/)
    expectFailure(await runCli(['send', 'x']), 2, /HUSHLINK_SERVER/)
    expectFailure(await runCli(['send', '--server', 'ftp://example.com', 'x']), 2, /https?:\/\//)
  })

  it('send checks the server’s limits before encrypting', async () => {
    expectFailure(await runCli(['send', '--ttl', '1m', 'x'], { env }), 2, /--ttl must be from 5m/)
    expectFailure(await runCli(['send', '--views', '101', 'x'], { env }), 2, /at most 100/)
  })

  it('stdin that is not UTF-8 is refused with a pointer to --file', async () => {
    const result = await runCli(['send'], { env, input: new Uint8Array([0xff, 0xfe, 0x00]) })
    expectFailure(result, 2, /--file/)
  })

  it('no arguments prints the overview on stderr, exit 2; --help on stdout, exit 0', async () => {
    const bare = await runCli([])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('Usage: hushlink COMMAND')
    for (const command of ['send', 'read', 'status', 'burn', 'generate']) {
      const help = await runCli([command, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout.toString()).toContain(`Usage: hushlink ${command}`)
      expect(help.stdout.toString()).toContain('Exit codes:')
    }
  })
})

describe('failures that are not usage', () => {
  it('a corrupted link exits 5 and makes no request at all', async () => {
    const recorder = await recordRequests()
    try {
      const { link } = await send(['x'])
      const path = link.slice(server.url.length)
      const base = recorder.url
      const corrupted = [
        `${base}${path.slice(0, -1)}`, // key cut short
        `${base}${path}x`, // key too long
        `${base}${path.replace('#', '')}`, // no fragment
        `${base}${path.replace('/s/', '/s/x')}`, // id too long
        `${base}${path.replace('/s/', '/r/')}`, // a receipt link
        `${base}${path}.q`, // unknown suffix
        `${base}${path.slice(0, -2)}!!`, // outside the alphabet
      ]
      for (const bad of corrupted) {
        expectFailure(await runCli(['read', bad]), 5, /corrupted|receipt link/)
      }
      const receipt = `${base}/r/${path.slice(3, 25)}#tooshort`
      expectFailure(await runCli(['status', receipt]), 5, /corrupted/)
      expectFailure(await runCli(['burn', receipt]), 5, /corrupted/)
      expect(recorder.requests).toEqual([])
    } finally {
      await recorder.close()
    }
  })

  it('a link whose .p hint was removed is refused before claiming (exit 5)', async () => {
    const right = file('hint.txt', 'pw')
    const { link } = await send(['--passphrase-file', right], 'hinted')
    expectFailure(await runCli(['read', link.replace(/\.p$/, '')]), 5, /altered/)
    expect((await runCli(['read', link, '--passphrase-file', right])).stdout.toString()).toBe(
      'hinted',
    )
  })

  it('a text over the server’s limit exits 6 before upload', async () => {
    const result = await runCli(['send'], { env, input: 'x'.repeat(1_100_000) })
    expectFailure(result, 6, /too large.*1048576/)
  })

  it('a server that cannot be reached exits 8', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`
    expectFailure(await runCli(['send', '--server', closed, 'x']), 8, /cannot reach.*ECONNREFUSED/)
    const { link } = await send(['x'])
    const moved = link.replace(server.url, closed)
    expectFailure(await runCli(['read', moved]), 8, /cannot reach/)
  })

  it('a rate-limited create exits 7', async () => {
    const strict = await startServer({ env: { ...PERMISSIVE_LIMITS, RATE_LIMIT_CREATE: '1' } })
    try {
      const args = ['send', '--server', strict.url, 'x']
      expectOk(await runCli(args))
      expectFailure(await runCli(args), 7, /rate limited/)
    } finally {
      await strict.stop()
    }
  })
})
