/**
 * Issue 20 (idle RSS): what the thread that serves requests loads. kysely is
 * loaded only by the start-up thread that migrates and compiles the
 * statements, and @fastify/swagger only when the OpenAPI document is first
 * asked for; an isolate never gives back a module it loaded. The built server
 * runs with a module resolution hook registered on its main thread only
 * (workers run the `--import` too, and skip it), which writes down every
 * module that thread resolves.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createPostgresSchema, TEST_DATABASE_URL } from '../support/postgres.js'
import {
  databaseFile,
  freePort,
  SERVER_MAIN,
  startNodeProcess,
  type RunningServer,
} from '../support/server.js'

const REGISTER = `
import { register } from 'node:module'
import { isMainThread } from 'node:worker_threads'
if (isMainThread) register('./hooks.mjs', import.meta.url, { data: process.env.RESOLVED_LOG })
`
const HOOKS = `
import { appendFileSync } from 'node:fs'
let log
export function initialize(file) { log = file }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  appendFileSync(log, resolved.url + '\\n')
  return resolved
}
`

let cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})

/** The built server with the hook; `resolved()` lists what its main thread has resolved so far. */
async function startWatched(env: Readonly<Record<string, string>>) {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-serving-thread-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'register.mjs'), REGISTER)
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS)
  const log = join(dir, 'resolved.log')
  writeFileSync(log, '')
  const port = await freePort()
  const server: RunningServer = await startNodeProcess({
    args: ['--import', pathToFileURL(join(dir, 'register.mjs')).href, SERVER_MAIN],
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `sqlite:${databaseFile(dir)}`,
      RESOLVED_LOG: log,
      ...env,
    },
    dataDir: dir,
    port,
  })
  cleanup.push(() => server.stop())
  const resolved = () => readFileSync(log, 'utf8').split('\n')
  return { server, resolved }
}

const isPackage = (name: string) => (url: string) => url.includes(`/node_modules/${name}/`)

async function expectLeanServingThread(env: Readonly<Record<string, string>>): Promise<void> {
  const { server, resolved } = await startWatched(env)
  // The hook sees the main thread's modules: fastify is one of them.
  expect(resolved().some(isPackage('fastify'))).toBe(true)
  expect(resolved().filter(isPackage('kysely'))).toEqual([])
  expect(resolved().filter(isPackage('@fastify/swagger'))).toEqual([])

  const ready = await fetch(`${server.url}/ready`)
  expect(ready.status).toBe(200)
  const document = await fetch(`${server.url}/openapi.json`)
  expect(document.status).toBe(200)
  expect(((await document.json()) as { openapi?: string }).openapi).toBe('3.1.0')
  // Loaded on demand, on this thread: the hook sees that too.
  expect(resolved().some(isPackage('@fastify/swagger'))).toBe(true)
  expect(resolved().filter(isPackage('kysely'))).toEqual([])
}

describe('the thread that serves requests', () => {
  it('loads neither kysely nor @fastify/swagger until the document is asked for (SQLite)', async () => {
    await expectLeanServingThread({})
  })

  it.skipIf(TEST_DATABASE_URL === undefined)(
    'loads no kysely on PostgreSQL either (needs TEST_DATABASE_URL)',
    async () => {
      const schema = createPostgresSchema(TEST_DATABASE_URL ?? '', 'lean')
      cleanup.push(() => schema.drop())
      await expectLeanServingThread({ DATABASE_URL: schema.url })
    },
  )
})
