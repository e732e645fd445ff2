import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, startServer, type RunningServer } from '../support/server.js'

const run = promisify(execFile)
const TESTS = join(REPO_ROOT, 'tests')

let server: RunningServer
let document: string
/** Inside tests/node_modules, so the generated client resolves openapi-fetch and @hushlink/shared. */
let work: string

beforeAll(async () => {
  server = await startServer()
  document = await (await fetch(`${server.url}/openapi.json`)).text()
  const cache = join(TESTS, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  work = mkdtempSync(join(cache, 'openapi-client-'))
  writeFileSync(join(work, 'openapi.json'), document)
})

afterAll(async () => {
  await server?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

interface Operation {
  readonly operationId?: string
  readonly responses: Record<string, unknown>
}

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended lint with no error and no warning", async () => {
    const { stdout, stderr } = await run(
      join(TESTS, 'node_modules', '.bin', 'redocly'),
      ['lint', '--config', join(REPO_ROOT, 'redocly.yaml'), '--format', 'json', 'openapi.json'],
      {
        cwd: work,
        env: {
          PATH: process.env.PATH ?? '',
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        },
      },
    ).catch((error: { stdout: string; stderr: string }) => error)
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number }
      problems: { ruleId: string; message: string }[]
    }
    expect(
      report.problems.map((p) => `${p.ruleId}: ${p.message}`),
      stderr,
    ).toEqual([])
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })

    // What redocly.yaml switches off still holds everywhere but the two probes.
    const doc = JSON.parse(document) as { paths: Record<string, Record<string, Operation>> }
    const ids = new Set<string>()
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        ids.add(op.operationId ?? '')
        if (path === '/health' || path === '/ready') continue
        expect(
          Object.keys(op.responses).some((s) => /^4/.test(s)),
          `${method} ${path}`,
        ).toBe(true)
      }
    }
    expect(ids.size).toBe(Object.values(doc.paths).flatMap((i) => Object.keys(i)).length)
  })

  it('generates a client (openapi-typescript + openapi-fetch) that compiles and creates and claims a secret', async () => {
    const ast = await openapiTS(new URL(`file://${join(work, 'openapi.json')}`))
    writeFileSync(join(work, 'schema.ts'), astToString(ast))
    writeFileSync(join(work, 'client.ts'), CLIENT)
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: ['node'],
          skipLibCheck: true,
          outDir: 'out',
        },
        files: ['client.ts'],
      }),
    )
    writeFileSync(join(work, 'package.json'), '{"type":"module"}\n')
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
    await run(process.execPath, [tsc, '-p', work]).catch((error: { stdout: string }) => {
      throw new Error(`the generated client does not compile:\n${error.stdout}`)
    })
    const { stdout } = await run(process.execPath, [join(work, 'out', 'client.js'), server.url])
    expect(JSON.parse(stdout)).toEqual({
      text: 'sent by a generated client',
      views_left: 0,
      metaViewsLeft: 1,
      again: { status: 404, code: 'not_found' },
    })
  })
})

/** Written as a stranger would, against the generated types; the crypto is the shared SDK's. */
const CLIENT = `import createClient from 'openapi-fetch'
import {
  decodeBase64url,
  encodeBase64url,
  openContent,
  prepareSecret,
  sealContent,
} from '@hushlink/shared'
import type { paths } from './schema.js'

const client = createClient<paths>({ baseUrl: process.argv[2] })
const secret = await prepareSecret(null)
const envelope = sealContent(secret, { text: 'sent by a generated client', files: [] })

const created = await client.POST('/api/v1/secrets', {
  body: { id: secret.id, ttl: 600, envelope: encodeBase64url(envelope), ...secret.verifiers },
})
if (created.data === undefined) throw new Error(\`create failed: \${JSON.stringify(created.error)}\`)
const id: string = created.data.id

const meta = await client.GET('/api/v1/secrets/{id}', { params: { path: { id } } })
if (meta.data === undefined) throw new Error('metadata failed')

const claim = () =>
  client.POST('/api/v1/secrets/{id}/claim', {
    params: { path: { id } },
    body: { access_token: encodeBase64url(secret.keys.accessToken) },
  })
const claimed = await claim()
if (claimed.data === undefined) throw new Error(\`claim failed: \${JSON.stringify(claimed.error)}\`)
// The claim answers JSON, or raw bytes when asked for application/octet-stream.
if (typeof claimed.data === 'string') throw new Error('asked for JSON, got bytes')
const content = openContent(secret.sodium, decodeBase64url(claimed.data.envelope), id, secret.keys.encKey)

const again = await claim()
console.log(
  JSON.stringify({
    text: content.text,
    views_left: claimed.data.views_left,
    metaViewsLeft: meta.data.views_left,
    again: { status: again.response.status, code: again.error?.error.code },
  }),
)
`
