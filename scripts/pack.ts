/**
 * The packages people install, made from the built workspace (`pnpm build`):
 *
 *   @hushlink/sdk   from shared/: the protocol and the client, ESM with types
 *   @hushlink/cli   from cli/: the `hushlink` command, on top of @hushlink/sdk
 *   hushlink.mjs    the same command in one file, libsodium inside, for machines without npm
 *
 * Inside the workspace the SDK keeps its name `@hushlink/shared` (every package
 * imports it, and tests resolve it to its TypeScript sources); only the
 * published copies carry the public names, so each is staged with its own
 * manifest and only built JavaScript and declarations, then `npm pack`ed.
 *
 *   tsx scripts/pack.ts [out-dir]     (default: dist/packages; prints what it made)
 */
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '..')
export const SDK_NAME = '@hushlink/sdk'
export const CLI_NAME = '@hushlink/cli'
/** The workspace name of the SDK, which the built CLI imports. */
const WORKSPACE_SDK = '@hushlink/shared'

export interface PackedFile {
  /** Absolute path. */
  readonly file: string
  readonly bytes: number
}

export interface Packed {
  readonly sdk: PackedFile
  readonly cli: PackedFile
  /** The single-file command. */
  readonly single: PackedFile
}

interface Manifest {
  readonly name: string
  readonly version: string
  readonly description?: string
  readonly license?: string
  readonly engines?: Record<string, string>
  readonly exports?: Record<string, unknown>
  readonly dependencies?: Record<string, string>
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Manifest

const ROOT_MANIFEST = readManifest('.')
const COMMON = {
  license: ROOT_MANIFEST.license,
  type: 'module',
  engines: ROOT_MANIFEST.engines,
  keywords: ['secret', 'one-time', 'zero-knowledge', 'end-to-end encryption', 'libsodium'],
}

/** Copies the built files a package needs: JavaScript and declarations, no maps or build state. */
function copyBuilt(from: string, to: string, transform: (code: string) => string = (c) => c): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:js|d\.ts)$/.test(entry.name)) continue
    const source = join(entry.parentPath, entry.name)
    const target = join(to, relative(from, source))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, transform(readFileSync(source, 'utf8')))
  }
}

function requireBuilt(file: string): void {
  if (!existsSync(join(ROOT, file))) throw new Error(`pack: ${file} is missing; run pnpm build`)
}

/** The SDK's public entry points: the workspace's, minus the sources condition and the test vectors. */
function publicExports(exports: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [path, target] of Object.entries(exports)) {
    if (typeof target !== 'object' || target === null) continue
    const { types, default: main } = target as { types?: string; default?: string }
    if (types && main) out[path] = { types, default: main }
  }
  return { ...out, './package.json': './package.json' }
}

function npmPack(stage: string, out: string): PackedFile {
  const report = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  ) as { filename: string }[]
  const file = join(out, report[0]?.filename ?? '')
  return { file, bytes: statSync(file).size }
}

function packSdk(stage: string, out: string): PackedFile {
  requireBuilt('shared/dist/index.js')
  const shared = readManifest('shared')
  copyBuilt(join(ROOT, 'shared', 'dist'), join(stage, 'dist'))
  copyFileSync(join(ROOT, 'shared', 'README.md'), join(stage, 'README.md'))
  const manifest = {
    name: SDK_NAME,
    version: shared.version,
    description: shared.description,
    ...COMMON,
    exports: publicExports(shared.exports ?? {}),
    types: './dist/index.d.ts',
    files: ['dist'],
    sideEffects: false,
    dependencies: shared.dependencies,
  }
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return npmPack(stage, out)
}

/** `'@hushlink/shared'` and `'@hushlink/shared/api'` in the built CLI, as the published SDK is named. */
const SDK_IMPORT = /(['"])@hushlink\/shared(\/[\w/-]+)?\1/g

function packCli(stage: string, out: string, sdkVersion: string): PackedFile {
  requireBuilt('cli/dist/main.js')
  const cli = readManifest('cli')
  copyBuilt(join(ROOT, 'cli', 'dist'), join(stage, 'dist'), (code) => {
    const renamed = code.replace(SDK_IMPORT, (_, quote: string, sub = '') => {
      return `${quote}${SDK_NAME}${sub}${quote}`
    })
    if (renamed.includes(WORKSPACE_SDK)) throw new Error('pack: a CLI import was not renamed')
    return renamed
  })
  // Declarations describe the CLI's internals, which nobody imports.
  for (const entry of readdirSync(join(stage, 'dist'), { recursive: true, withFileTypes: true })) {
    if (entry.name.endsWith('.d.ts')) rmSync(join(entry.parentPath, entry.name))
  }
  copyFileSync(join(ROOT, 'cli', 'README.md'), join(stage, 'README.md'))
  const manifest = {
    name: CLI_NAME,
    version: cli.version,
    description: cli.description,
    ...COMMON,
    bin: { hushlink: './dist/main.js' },
    files: ['dist'],
    dependencies: { [SDK_NAME]: sdkVersion },
  }
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return npmPack(stage, out)
}

/** The command in one ES module with the SDK and libsodium bundled in: `node hushlink.mjs send`. */
async function bundleCli(out: string): Promise<PackedFile> {
  const file = join(out, 'hushlink.mjs')
  await build({
    entryPoints: [join(ROOT, 'cli', 'src', 'main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@hushlink/source'],
    minify: true,
    // libsodium's licence travels with its code.
    legalComments: 'eof',
    logLevel: 'warning',
  })
  chmodSync(file, 0o755)
  return { file, bytes: statSync(file).size }
}

export async function packAll(out: string): Promise<Packed> {
  mkdirSync(out, { recursive: true })
  const stages = mkdtempSync(join(tmpdir(), 'hushlink-pack-'))
  try {
    const sdk = packSdk(join(stages, 'sdk'), out)
    const cli = packCli(join(stages, 'cli'), out, readManifest('shared').version)
    return { sdk, cli, single: await bundleCli(out) }
  } finally {
    rmSync(stages, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const packed = await packAll(resolve(process.argv[2] ?? join(ROOT, 'dist', 'packages')))
  for (const { file, bytes } of [packed.sdk, packed.cli, packed.single]) {
    console.log(`${relative(process.cwd(), file)}  ${(bytes / 1024).toFixed(1)} KiB`)
  }
}
