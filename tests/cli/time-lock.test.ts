/**
 * Time-locked secrets with the built `hushlink` command (protocol §9):
 * `send --opens-in` / `--opens-at`, `read` exiting 10 before the opening with
 * nothing used, and `read --wait`.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { CLI_MAIN, runCli } from './run-cli.js'

let server: RunningServer
let env: Record<string, string>

/** Preloaded into the CLI: its clock runs a minute ahead of the server's. */
const clockAhead = join(mkdtempSync(join(tmpdir(), 'hushlink-cli-clock-')), 'ahead.cjs')
writeFileSync(clockAhead, 'const real = Date.now\nDate.now = () => real() + 60_000\n')

beforeAll(async () => {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run pnpm build first`)
  server = await startServer({ env: PERMISSIVE_LIMITS })
  env = { HUSHLINK_SERVER: server.url, TZ: 'Asia/Kolkata' }
})

afterAll(async () => {
  await server.stop()
})

async function meta(link: string): Promise<{ views_left: number; opens_at?: string }> {
  const id = new URL(link).pathname.split('/').pop() ?? ''
  return (await fetch(`${server.url}/api/v1/secrets/${id}`)).json() as Promise<{
    views_left: number
    opens_at?: string
  }>
}

describe('hushlink send/read with a time lock', () => {
  it('send --opens-in locks it; read exits 10 saying when, uses nothing; read --wait opens it', async () => {
    const before = Date.now()
    const sent = await runCli(['send', '--opens-in', '4s', '--views', '2', '--json'], {
      env,
      input: 'not before its time',
    })
    expect(sent.code, sent.stderr).toBe(0)
    const created = JSON.parse(sent.stdout.toString()) as { link: string; opens_at: string }
    const opensAt = Date.parse(created.opens_at)
    expect(opensAt).toBeGreaterThanOrEqual(before + 4000)
    expect((await meta(created.link)).opens_at).toBe(created.opens_at)

    const early = await runCli(['read', created.link], { env })
    expect(early.code).toBe(10)
    expect(early.stdout.length).toBe(0)
    expect(early.stderr).toContain(created.opens_at)
    // The local time too: TZ is Asia/Kolkata (+05:30), named in the message.
    expect(early.stderr).toMatch(/GMT\+5:30/)
    expect((await meta(created.link)).views_left).toBe(2)

    // A clock ahead of the server's passes the local check: the server's not_yet decides.
    const skewed = { ...env, NODE_OPTIONS: `--require ${clockAhead}` }
    const refused = await runCli(['read', created.link], { env: skewed })
    expect(refused.code, refused.stderr).toBe(10)
    expect(refused.stderr).toContain(created.opens_at)
    expect((await meta(created.link)).views_left).toBe(2)

    // --wait on that clock waits for what the server says is left, then opens it.
    const waited = await runCli(['read', '--wait', created.link], { env: skewed })
    expect(waited.code, waited.stderr).toBe(0)
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt)
    expect(waited.stdout.toString()).toBe('not before its time')
    expect((await meta(created.link)).views_left).toBe(1)
  })

  it('send --opens-at takes an ISO time with an offset and prints it with the receipt', async () => {
    const at = new Date(Date.now() + 3_600_000)
    at.setMilliseconds(0)
    const sent = await runCli(['send', '--opens-at', at.toISOString(), '--ttl', '2h'], {
      env,
      input: 'later',
    })
    expect(sent.code, sent.stderr).toBe(0)
    expect(sent.stderr).toMatch(new RegExp(`Opens .*\\(${at.toISOString()}\\), not before`))
    expect((await meta(sent.stdout.toString().trim())).opens_at).toBe(at.toISOString())
  })

  it('refuses, before sending anything, an opening after the expiry, in the past, or malformed', async () => {
    const cases: [string[], RegExp][] = [
      [['--opens-in', '2h', '--ttl', '1h'], /expire before it opens/],
      [['--opens-at', '2001-01-01T00:00:00Z'], /in the past/],
      [['--opens-at', '2030-01-01T09:00'], /ISO 8601 time with an offset/],
      [['--opens-in', 'soon'], /--opens-in takes a duration/],
      [['--opens-in', '1h', '--opens-at', '2030-01-01T09:00:00Z'], /not both/],
    ]
    for (const [args, message] of cases) {
      const result = await runCli(['send', ...args], { env, input: 'x' })
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stdout.length).toBe(0)
    }
  })
})
