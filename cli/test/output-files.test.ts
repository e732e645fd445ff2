import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileInfo } from '@hushlink/shared'
import { CliError } from '../src/exit.js'
import { FileSaver, numberedName, prepareOutputDir } from '../src/output-files.js'

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'hushlink-cli-out-'))
}

function info(name: string, size: number): FileInfo {
  return { name, type: 'application/octet-stream', size }
}

/** Streams `bytes` into a sink in two pieces, as the SDK does, then closes it. */
async function receive(saver: FileSaver, name: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text)
  const sink = await saver.open(info(name, bytes.length))
  await sink.write(bytes.subarray(0, 1))
  await sink.write(bytes.subarray(1))
  await sink.close()
}

describe('FileSaver', () => {
  it('writes files readable by this user only, under their sanitised names', async () => {
    const dir = freshDir()
    const saver = new FileSaver(dir, false)
    await receive(saver, 'notes.txt', 'hello')
    await receive(saver, '../../escape.txt', 'nope')
    expect(readdirSync(dir).sort()).toEqual(['escape.txt', 'notes.txt'])
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('hello')
    expect(lstatSync(join(dir, 'notes.txt')).mode & 0o777).toBe(0o600)
    expect(saver.saved).toEqual([
      { path: join(dir, 'notes.txt'), size: 5 },
      { path: join(dir, 'escape.txt'), size: 4 },
    ])
  })

  it('never replaces an existing file without force: a numbered name instead', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'key.pem'), 'mine')
    const saver = new FileSaver(dir, false)
    await receive(saver, 'key.pem', 'theirs')
    await receive(saver, 'key.pem', 'second')
    expect(readFileSync(join(dir, 'key.pem'), 'utf8')).toBe('mine')
    expect(readFileSync(join(dir, 'key-1.pem'), 'utf8')).toBe('theirs')
    expect(readFileSync(join(dir, 'key-2.pem'), 'utf8')).toBe('second')
  })

  it('does not follow a symbolic link planted under the name', async () => {
    const dir = freshDir()
    const target = join(freshDir(), 'victim')
    writeFileSync(target, 'untouched')
    symlinkSync(target, join(dir, 'a.txt'))
    await receive(new FileSaver(dir, false), 'a.txt', 'payload')
    expect(readFileSync(target, 'utf8')).toBe('untouched')
    expect(readFileSync(join(dir, 'a-1.txt'), 'utf8')).toBe('payload')

    // Forced, the link itself is replaced, and its target still is not written.
    await receive(new FileSaver(dir, true), 'a.txt', 'forced')
    expect(readFileSync(target, 'utf8')).toBe('untouched')
    expect(lstatSync(join(dir, 'a.txt')).isSymbolicLink()).toBe(false)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('forced')
  })

  it('with force replaces a file, but two files of one secret never clobber each other', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'x.bin'), 'old')
    const saver = new FileSaver(dir, true)
    await receive(saver, 'x.bin', 'one')
    await receive(saver, 'x.bin', 'two')
    expect(readFileSync(join(dir, 'x.bin'), 'utf8')).toBe('one')
    expect(readFileSync(join(dir, 'x-1.bin'), 'utf8')).toBe('two')
  })

  it('with force keeps the bytes when the name is a directory', async () => {
    const dir = freshDir()
    mkdirSync(join(dir, 'd'))
    await receive(new FileSaver(dir, true), 'd', 'bytes')
    expect(readFileSync(join(dir, 'd-1'), 'utf8')).toBe('bytes')
  })

  it('shows no file under its name before close, and leaves nothing after abort', async () => {
    const dir = freshDir()
    const saver = new FileSaver(dir, false)
    const sink = await saver.open(info('report.pdf', 4))
    await sink.write(new Uint8Array([1, 2]))
    expect(readdirSync(dir).filter((n) => !n.startsWith('.'))).toEqual([])
    await sink.abort(new Error('tampered'))
    expect(readdirSync(dir)).toEqual([])
    expect(saver.saved).toEqual([])
  })
})

describe('prepareOutputDir', () => {
  it('creates a missing directory, private to this user', async () => {
    const dir = join(freshDir(), 'new', 'nested')
    await prepareOutputDir(dir)
    expect(lstatSync(dir).isDirectory()).toBe(true)
    expect(lstatSync(dir).mode & 0o777).toBe(0o700)
  })

  it('refuses a path that is a file, as a usage error', async () => {
    const file = join(freshDir(), 'plain')
    writeFileSync(file, '')
    await expect(prepareOutputDir(file)).rejects.toSatisfy(
      (e) => e instanceof CliError && e.exitCode === 2,
    )
  })
})

describe('numberedName', () => {
  it('keeps the extension so the file still opens', () => {
    expect(numberedName('report.pdf', 1)).toBe('report-1.pdf')
    expect(numberedName('archive.tar.gz', 2)).toBe('archive.tar-2.gz')
    expect(numberedName('README', 3)).toBe('README-3')
  })
})
