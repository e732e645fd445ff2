/**
 * Requests from the terminal (issue 15), with the built CLI and server:
 * `hushlink request`, `hushlink send --to`, `hushlink inbox`; and the shared
 * request vectors opened by `hushlink inbox`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadEnvelopeVectors, loadRequestVectors } from '../../shared/test/vectors.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { runCli } from './run-cli.js'

let server: RunningServer
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-requests-'))

beforeAll(async () => {
  server = await startServer({ env: PERMISSIVE_LIMITS })
})

afterAll(async () => {
  await server.stop()
})

function local(link: string): string {
  const url = new URL(link)
  return `${server.url}${url.pathname}${url.hash}`
}

async function request(...args: string[]) {
  const made = await runCli(['request', '--server', server.url, '--json', ...args])
  expect(made.code, made.stderr).toBe(0)
  return JSON.parse(made.stdout.toString('utf8')) as { request_link: string; inbox_link: string }
}

describe('hushlink request, send --to, inbox', () => {
  it('answers a one-time request, lists and opens the answer, and refuses a second one', async () => {
    const { request_link: requestLink, inbox_link: inboxLink } = await request(
      '--note',
      'the staging DB password, please',
    )
    const sent = await runCli(['send', '--to', requestLink, '--ttl', '1h'], {
      input: 'pg://staging:s3cr3t@db',
    })
    expect(sent.code, sent.stderr).toBe(0)
    expect(sent.stderr).toContain('Request: the staging DB password, please')
    expect(sent.stdout.toString()).toBe('')

    const listed = await runCli(['inbox', inboxLink])
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.stdout.toString()).toMatch(/^1\. [A-Za-z0-9_-]{22} {2}text, /)
    expect(listed.stderr).toContain('Request closed: 1 of 1 answers taken; 1 can be opened')

    const opened = await runCli(['inbox', inboxLink, '--open', '1'])
    expect(opened.code, opened.stderr).toBe(0)
    expect(opened.stdout.toString()).toBe('pg://staging:s3cr3t@db')
    expect((await runCli(['inbox', inboxLink])).stderr).toContain('0 can be opened')

    const second = await runCli(['send', '--to', requestLink], { input: 'too late' })
    expect(second.code).toBe(3)
    expect(second.stderr).toContain('already answered')
  })

  it('a drop box takes a file and text from several senders', async () => {
    const { request_link: requestLink, inbox_link: inboxLink } = await request(
      '--note',
      'drop keys here',
      '--max-answers',
      '3',
    )
    const file = join(scratch, 'id_ed25519')
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256))
    writeFileSync(file, bytes)
    expect((await runCli(['send', '--to', requestLink, '--file', file, 'the key'])).code).toBe(0)
    expect((await runCli(['send', '--to', requestLink], { input: 'second' })).code).toBe(0)
    const out = join(scratch, 'out')
    const opened = await runCli(['inbox', inboxLink, '--open', '1', '--output', out])
    expect(opened.code, opened.stderr).toBe(0)
    expect(opened.stdout.toString()).toBe('the key')
    expect(readFileSync(join(out, 'id_ed25519')).equals(bytes)).toBe(true)
    const list = await runCli(['inbox', inboxLink, '--json'])
    expect(JSON.parse(list.stdout.toString())).toMatchObject({ state: 'open', answers: 2 })
  })

  it('refuses a mangled request link before any request', async () => {
    const bad = await runCli(['send', '--to', `${server.url}/q/abc#xyz`], { input: 'x' })
    expect(bad.code).toBe(5)
  })
})

describe('hushlink inbox opens the shared request vectors', () => {
  const envelopes = loadEnvelopeVectors()
  for (const v of loadRequestVectors()) {
    it(v.name, async () => {
      const post = (path: string, body: object) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      const made = await post('/api/v1/requests', {
        id: v.id,
        note: v.note,
        ttl: 3600,
        max_answers: 1,
        request_verifier: v.request_verifier,
        inbox_verifier: v.inbox_verifier,
      })
      expect(made.status, await made.text()).toBe(201)
      const e = envelopes.find((x) => x.name === v.answer_vector)
      if (!e) throw new Error(`no envelope vector ${v.answer_vector}`)
      const answered = await post(`/api/v1/requests/${v.id}/answers`, {
        request_token: v.request_token,
        sealed_key: v.sealed_key,
        secret: {
          id: e.id,
          envelope: e.envelope,
          ttl: 3600,
          access_verifier: e.access_verifier,
          ...(e.pass_verifier === null ? {} : { pass_verifier: e.pass_verifier }),
        },
      })
      expect(answered.status, await answered.text()).toBe(201)
      if (v.prf_output !== null) {
        const refused = await runCli(['inbox', local(v.inbox_link)])
        expect(refused.code).toBe(2)
        expect(refused.stderr).toContain('bound to a passkey')
        return
      }
      const args = ['inbox', local(v.inbox_link), '--open', e.id, '--output', join(scratch, v.id)]
      if (e.passphrase !== null) {
        const passFile = join(scratch, `${v.id}.pass`)
        writeFileSync(passFile, e.passphrase ?? '')
        args.push('--passphrase-file', passFile)
      }
      const opened = await runCli(args)
      expect(opened.code, opened.stderr).toBe(0)
      expect(opened.stdout.toString('utf8')).toBe(e.text)
    })
  }
})
