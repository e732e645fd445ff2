import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { Worker } from 'node:worker_threads'

/** The part of esbuild's API used here (esbuild is tsx's compiler, present wherever tsx is). */
interface Esbuild {
  build(options: {
    entryPoints: string[]
    bundle: true
    format: 'esm'
    platform: 'node'
    packages: 'external'
    write: false
  }): Promise<{ outputFiles: { contents: Uint8Array }[] }>
}

const bundled = new Map<string, Promise<URL>>()

/**
 * Starts the worker thread whose entry is the module `name` (a path from this folder):
 * the built JavaScript as it is, or, when the server runs from its TypeScript
 * sources (tests), a bundle of those sources.
 */
export async function spawnWorker(name: string, workerData: unknown): Promise<Worker> {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData })
  }
  const entry = await workerFromSources(new URL(`./${name}.ts`, import.meta.url))
  return new Worker(entry, { workerData })
}

/**
 * A worker's entry when the server runs from its TypeScript sources: its
 * sources bundled into one module by esbuild. A worker that loaded each file
 * through tsx took ~0.5 s to start, and the suite opens hundreds of stores.
 * Bundled once per process and entry, into a file named by its content next
 * to the server's dependencies (so `better-sqlite3` resolves): processes
 * share it, and a changed source makes a new one.
 */
function workerFromSources(entry: URL): Promise<URL> {
  let url = bundled.get(entry.href)
  if (url === undefined) {
    url = bundle(entry)
    bundled.set(entry.href, url)
  }
  return url
}

async function bundle(entry: URL): Promise<URL> {
  const esbuild = (await import(import.meta.resolve('esbuild'))) as Esbuild
  const { outputFiles } = await esbuild.build({
    entryPoints: [entry.pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
  })
  const code = outputFiles[0]?.contents ?? new Uint8Array()
  const name = `${basename(entry.pathname, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}`
  const dir = new URL('../../node_modules/.cache/hushlink-workers/', import.meta.url)
  const file = new URL(`${name}.mjs`, dir)
  if (existsSync(file)) return file
  mkdirSync(dir, { recursive: true })
  // Written aside, then renamed: a process starting the same bundle never reads half a file.
  const partial = new URL(`${name}.${process.pid}.partial`, dir)
  writeFileSync(partial, code)
  renameSync(partial, file)
  return file
}
