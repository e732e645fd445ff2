import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packAll, type Packed } from '../../scripts/pack.ts'
import { REPO_ROOT, startServer, type RunningServer } from '../support/server.js'

const run = promisify(execFile)
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc')

/**
 * A plain environment for npm: none of the workspace's pnpm settings, so what
 * happens is what happens on a user's machine (the npm cache is the user's).
 */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...extra }
}

/** Runs a command with `input` on stdin; resolves with its exit code and output. */
function withInput(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  input: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
  child.stdin.end(input)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const SDK_SCRIPT = (server: string): string => `
import { createSecret, NotFoundError, revealSecret, type CreatedSecret } from '@hushlink/sdk'
import type { ConfigResponse } from '@hushlink/sdk/api'

const server: string = ${JSON.stringify(server)}
const created: CreatedSecret = await createSecret({ server, text: 'from the sdk', ttl: 3600 })
const { text, viewsLeft } = await revealSecret({ link: created.link })
let gone = false
try {
  await revealSecret({ link: created.link })
} catch (error) {
  gone = error instanceof NotFoundError
}
const limits: Pick<ConfigResponse, 'max_ttl'> | null = null
console.log(JSON.stringify({ text, viewsLeft, gone, limits }))
`

/** Wrong on purpose: without the message and its lifetime, the types must refuse it. */
const SDK_MISUSE = `
import { createSecret } from '@hushlink/sdk'
await createSecret({ server: 'https://example.com' })
`

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    strict: true,
    outDir: 'out',
    types: [],
  },
}

describe('the published packages, installed with plain npm', () => {
  let dir = ''
  let packed: Packed
  let app = ''
  let server: RunningServer | undefined

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hushlink-packages-'))
    packed = await packAll(join(dir, 'packs'))
    server = await startServer()
    console.log(
      `packages: ${[packed.sdk, packed.cli, packed.single]
        .map(({ file, bytes }) => `${basename(file)} ${(bytes / 1024).toFixed(1)} KiB`)
        .join(', ')}`,
    )
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('installs both tarballs into an empty directory (no workspace) with only what they need', async () => {
    app = join(dir, 'app')
    rmSync(app, { recursive: true, force: true })
    await run('mkdir', ['-p', app])
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    )
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', packed.sdk.file, packed.cli.file],
      { cwd: app, env: npmEnv() },
    )
    const { stdout } = await run('npm', ['ls', '--all', '--parseable'], { cwd: app, env: npmEnv() })
    const installed = stdout
      .split('\n')
      .filter((line) => line.includes('node_modules'))
      .map((line) => line.slice(line.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .sort()
    expect(installed).toEqual([
      '@hushlink/cli',
      '@hushlink/sdk',
      'libsodium',
      'libsodium-sumo',
      'libsodium-wrappers',
      'libsodium-wrappers-sumo',
      'shamir-secret-sharing',
    ])
    // Built JavaScript and declarations only: no sources, maps, tests or build state.
    const { stdout: listing } = await run('tar', ['tzf', packed.sdk.file])
    const files = listing.split('\n').filter(Boolean)
    expect(
      files.filter(
        (f) => !/^package\/(?:dist\/.+\.(?:js|d\.ts)|package\.json|README\.md)$/.test(f),
      ),
    ).toEqual([])
    expect(files).toContain('package/dist/index.d.ts')
  }, 240_000)

  it('sends with `npx hushlink send` and reads with `npx hushlink read`', async () => {
    const env = npmEnv({ HUSHLINK_SERVER: server!.url })
    const sent = await withInput('npx', ['--no', 'hushlink', 'send'], app, env, 'from npx')
    expect(sent.stderr).not.toContain('Error')
    expect(sent.code).toBe(0)
    const link = sent.stdout.trim()
    expect(link).toMatch(new RegExp(`^${server!.url}/s/`))
    const { stdout } = await run('npx', ['--no', 'hushlink', 'read', link], { cwd: app, env })
    expect(stdout).toBe('from npx')
  }, 120_000)

  it('imports the SDK from an ES module that type-checks against its declarations, and runs it', async () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, files: ['check.ts'] }))
    writeFileSync(join(app, 'check.ts'), SDK_SCRIPT(server!.url))
    await run(process.execPath, [TSC, '-p', '.'], { cwd: app })
    const { stdout } = await run(process.execPath, ['out/check.js'], { cwd: app })
    expect(JSON.parse(stdout)).toEqual({
      text: 'from the sdk',
      viewsLeft: 0,
      gone: true,
      limits: null,
    })

    // The declarations really are checked: a call without its required options is refused.
    writeFileSync(
      join(app, 'tsconfig.misuse.json'),
      JSON.stringify({ ...TSCONFIG, files: ['misuse.ts'] }),
    )
    writeFileSync(join(app, 'misuse.ts'), SDK_MISUSE)
    const misuse = await run(process.execPath, [TSC, '-p', 'tsconfig.misuse.json', '--noEmit'], {
      cwd: app,
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }))
    expect(misuse).toMatchObject({ failed: true })
    expect(misuse.stdout).toMatch(/misuse\.ts.*TS2345/)
  }, 120_000)

  it('runs as one file with node alone, and its links open with the installed command', async () => {
    const env = npmEnv({ HUSHLINK_SERVER: server!.url })
    // Outside the app: the single file needs no node_modules at all.
    const bare = join(dir, 'bare')
    await run('mkdir', ['-p', bare])
    const sent = await withInput(
      process.execPath,
      [packed.single.file, 'send'],
      bare,
      env,
      'from one file',
    )
    expect(sent.code).toBe(0)
    const { stdout } = await run('npx', ['--no', 'hushlink', 'read', sent.stdout.trim()], {
      cwd: app,
      env,
    })
    expect(stdout).toBe('from one file')
    const again = await withInput('npx', ['--no', 'hushlink', 'send'], app, env, 'back again')
    const read = await run(process.execPath, [packed.single.file, 'read', again.stdout.trim()], {
      cwd: bare,
      env,
    })
    expect(read.stdout).toBe('back again')
  }, 120_000)
})
