import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'

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

let bundled: Promise<URL> | undefined

/**
 * The writer thread's entry when the server runs from its TypeScript sources
 * (tests): its sources bundled into one module by esbuild. A worker that
 * loaded each file through tsx took ~0.5 s to start, and the suite opens
 * hundreds of stores. Bundled once per process, into a file named by its
 * content next to the server's dependencies (so `better-sqlite3` resolves):
 * processes share it, and a changed source makes a new one.
 */
export function writerFromSources(entry: URL): Promise<URL> {
  bundled ??= bundle(entry)
  return bundled
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
  const name = createHash('sha256').update(code).digest('hex').slice(0, 16)
  const dir = new URL('../../../node_modules/.cache/hushlink-writer/', import.meta.url)
  const file = new URL(`writer-${name}.mjs`, dir)
  if (existsSync(file)) return file
  mkdirSync(dir, { recursive: true })
  // Written aside, then renamed: a process starting the same bundle never reads half a file.
  const partial = new URL(`writer-${name}.${process.pid}.partial`, dir)
  writeFileSync(partial, code)
  renameSync(partial, file)
  return file
}
