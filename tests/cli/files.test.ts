/**
 * Files through the built CLI and the real server: `send --file` streams them
 * up encrypted, `read -o DIR` streams them down and names them only after the
 * envelope verified.
 */
import { randomBytes } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { NO_STREAMING, runCli, serverStreamsFiles } from './run-cli.js'

let server: RunningServer
let streams = false
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-files-'))

beforeAll(async () => {
  server = await startServer({ env: PERMISSIVE_LIMITS })
  streams = await serverStreamsFiles(server.url)
})

afterAll(async () => {
  await server.stop()
})

beforeEach((context: TestContext) => {
  if (!streams) context.skip(NO_STREAMING)
})

function file(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(scratch, 'in-'))
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

async function sendFiles(paths: string[], text?: string): Promise<string> {
  const args = ['send', '--server', server.url, ...paths.flatMap((p) => ['--file', p])]
  const result = await runCli(text === undefined ? args : [...args, text])
  expect(result.stderr).not.toMatch(/^hushlink:/m)
  expect(result.code).toBe(0)
  expect(result.stderr).not.toContain('\r') // no progress line when stderr is not a terminal
  return result.stdout.toString().trim()
}

describe('send --file → read -o', () => {
  it('round-trips text and files byte for byte', async () => {
    const blob = randomBytes(300_000)
    const paths = [file('blob.bin', blob), file('notes ✓.txt', 'line 1\nline 2\n')]
    const link = await sendFiles(paths, 'see attached')
    const out = join(scratch, 'out-roundtrip')
    const read = await runCli(['read', link, '-o', out])
    expect(read.code).toBe(0)
    expect(read.stdout.toString()).toBe('see attached')
    expect(readdirSync(out).sort()).toEqual(['blob.bin', 'notes ✓.txt'])
    expect(readFileSync(join(out, 'blob.bin')).equals(blob)).toBe(true)
    expect(readFileSync(join(out, 'notes ✓.txt'), 'utf8')).toBe('line 1\nline 2\n')
    expect(read.stderr).toContain(`saved ${join(out, 'blob.bin')} (300000 bytes)`)
  })

  it('streams a file larger than the text limit', async () => {
    const big = randomBytes(3 * 1024 * 1024)
    const link = await sendFiles([file('big.bin', big)])
    const out = join(scratch, 'out-big')
    const read = await runCli(['read', link, '--output', out])
    expect(read.code).toBe(0)
    expect(read.stdout.length).toBe(0)
    expect(readFileSync(join(out, 'big.bin')).equals(big)).toBe(true)
  })

  it('refuses a file, or files together, over the server limits before reading them (exit 6)', async () => {
    const sparse = (name: string, size: number): string => {
      const path = file(name, '')
      truncateSync(path, size)
      return path
    }
    const uploads = () => server.logs.filter((l) => l.includes('/api/v1/uploads')).length
    const before = uploads()
    const args = ['send', '--server', server.url, '--file']
    const one = await runCli([...args, sparse('disk.img', 100 * 1024 * 1024 + 1)])
    expect(one.code).toBe(6)
    expect(one.stderr).toMatch(/too large: disk\.img is 104857601 bytes .* at most 104857600/)
    const two = await runCli([
      ...args,
      sparse('a.img', 65 * 1024 * 1024),
      '--file',
      sparse('b.img', 65 * 1024 * 1024),
    ])
    expect(two.code).toBe(6)
    expect(two.stderr).toMatch(
      /too large: encrypted, this secret is \d+ bytes .* at most 134217728/,
    )
    expect(uploads()).toBe(before)
  })

  it('without -o stops before claiming (exit 2); the secret is still there', async () => {
    const link = await sendFiles([file('k.pem', 'KEY')])
    const refused = await runCli(['read', link])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/-o DIR/)
    const out = join(scratch, 'out-later')
    expect((await runCli(['read', link, '-o', out])).code).toBe(0)
    expect(readFileSync(join(out, 'k.pem'), 'utf8')).toBe('KEY')
  })

  it('never overwrites without --force; --force replaces', async () => {
    const out = join(scratch, 'out-clash')
    mkdirSync(out)
    writeFileSync(join(out, 'config.yml'), 'mine')
    const first = await sendFiles([file('config.yml', 'theirs')])
    expect((await runCli(['read', first, '-o', out])).code).toBe(0)
    expect(readFileSync(join(out, 'config.yml'), 'utf8')).toBe('mine')
    expect(readFileSync(join(out, 'config-1.yml'), 'utf8')).toBe('theirs')

    const second = await sendFiles([file('config.yml', 'forced')])
    expect((await runCli(['read', second, '-o', out, '--force'])).code).toBe(0)
    expect(readFileSync(join(out, 'config.yml'), 'utf8')).toBe('forced')
  })

  it('keeps both of two files with the same name', async () => {
    const link = await sendFiles([file('id.txt', 'one'), file('id.txt', 'two')])
    const out = join(scratch, 'out-twins')
    expect((await runCli(['read', link, '-o', out])).code).toBe(0)
    expect(readFileSync(join(out, 'id.txt'), 'utf8')).toBe('one')
    expect(readFileSync(join(out, 'id-1.txt'), 'utf8')).toBe('two')
  })
})
