import { execFile } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { parseBuildManifest } from '@hushlink/shared'
import { REPO_ROOT } from '../support/server.js'

const run = promisify(execFile)
const WEB = join(REPO_ROOT, 'web')
const made: string[] = []

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A copy of the web client's sources in a fresh folder, as a second clone would have them. */
function checkout(nesting: string): string {
  const root = join(mkdtempSync(join(tmpdir(), 'hushlink-repro-')), nesting)
  made.push(root)
  for (const name of [
    'src',
    'build',
    'index.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(WEB, name), join(root, 'web', name), { recursive: true })
  }
  cpSync(join(REPO_ROOT, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'))
  cpSync(join(REPO_ROOT, 'shared'), join(root, 'shared'), {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
  })
  symlinkSync(join(REPO_ROOT, 'shared', 'node_modules'), join(root, 'shared', 'node_modules'))
  // The installed dependencies, with @hushlink/shared linked to the copy above as pnpm links it.
  const modules = join(root, 'web', 'node_modules')
  mkdirSync(join(modules, '@hushlink'), { recursive: true })
  for (const name of readdirSync(join(WEB, 'node_modules'))) {
    if (name !== '@hushlink' && name !== '.vite-temp')
      symlinkSync(join(WEB, 'node_modules', name), join(modules, name))
  }
  symlinkSync(join('..', '..', '..', 'shared'), join(modules, '@hushlink', 'shared'))
  return root
}

async function build(root: string): Promise<Map<string, Buffer>> {
  await run(process.execPath, [join(WEB, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: join(root, 'web'),
    env: { PATH: process.env.PATH ?? '', HUSHLINK_COMMIT: 'test-commit' },
  })
  const dist = join(root, 'web', 'dist')
  const files = new Map<string, Buffer>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.set(relative(dist, path), readFileSync(path))
    }
  }
  walk(dist)
  return files
}

describe('the web build', () => {
  it('is byte-identical when built twice, in different folders, at different times', async () => {
    const first = await build(checkout('a'))
    await new Promise((r) => setTimeout(r, 1500))
    const second = await build(checkout(join('another', 'deeper', 'b')))

    expect([...second.keys()].sort()).toEqual([...first.keys()].sort())
    for (const [name, bytes] of first) {
      expect(second.get(name)?.equals(bytes), `${name} differs`).toBe(true)
    }
    // The precompressed files are part of the comparison, and the manifest lists every served file.
    expect([...first.keys()].some((n) => n.endsWith('.js.br'))).toBe(true)
    expect([...first.keys()].some((n) => n.endsWith('.js.gz'))).toBe(true)
    const manifest = parseBuildManifest(
      first.get(join('.well-known', 'hushlink-manifest.json'))!.toString('utf8'),
    )
    expect(manifest.commit).toBe('test-commit')
    const served = [...first.keys()]
      .filter((n) => !/\.(br|gz)$/.test(n) && !n.startsWith('.well-known'))
      .map((n) => `/${n.split('\\').join('/')}`)
    expect(Object.keys(manifest.files).sort()).toEqual(served.sort())
    // Nothing of the build machine leaks into the output.
    for (const [name, bytes] of first) {
      expect(bytes.includes(tmpdir()), `${name} holds a path`).toBe(false)
      expect(bytes.includes(REPO_ROOT), `${name} holds a path`).toBe(false)
    }
  })
})
