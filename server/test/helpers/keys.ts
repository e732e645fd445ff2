import type { ApiKeyScope } from '@hushlink/shared/api'
import { runAdmin } from '../../src/admin/run.js'
import type { TestApp } from './app.js'

export interface AdminRun {
  readonly code: number
  readonly out: string
  readonly err: string
}

/** `hushlink-admin …` on the test app's own database (SQLite file or PostgreSQL schema). */
export async function adminOn(
  { config }: { readonly config: Pick<TestApp['config'], 'database'> },
  argv: readonly string[],
): Promise<AdminRun> {
  const { database } = config
  let out = ''
  let err = ''
  const code = await runAdmin(argv, {
    env: { DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url },
    out: { write: (text) => (out += text) },
    err: { write: (text) => (err += text) },
  })
  return { code, out, err }
}

/** A new API key made with the admin command, as an operator would. */
export async function issueKey(app: TestApp, name: string, scope: ApiKeyScope): Promise<string> {
  const run = await adminOn(app, ['keys', 'create', '--name', name, '--scope', scope])
  if (run.code !== 0) throw new Error(`keys create failed: ${run.err}`)
  return run.out.trim()
}
