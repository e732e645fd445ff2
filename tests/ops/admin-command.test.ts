/**
 * Issue 18.18: the operator command of docs/deploy.md prints only its JSON (no
 * package-manager banner), carries the service's environment file, and works
 * on PostgreSQL as on SQLite.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createPostgresSchema, TEST_DATABASE_URL } from '../support/postgres.js'
import { REPO_ROOT } from '../support/server.js'

const ADMIN = join(REPO_ROOT, 'server', 'dist', 'admin', 'main.js')
const dir = mkdtempSync(join(tmpdir(), 'hushlink-admin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The shell form of docs/deploy.md, with this checkout's paths; the caller's environment left out. */
function documentedCommand(envFile: string, args: string): string {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'deploy.md'), 'utf8')
  const line = /^sudo -u hushlink sh -c '(.*)'$/m.exec(doc)?.[1]
  if (line === undefined) throw new Error('deploy.md lost its shell form of the admin command')
  expect(line).toContain('/etc/hushlink.env')
  return execFileSync(
    'sh',
    [
      '-c',
      line
        .replace('/etc/hushlink.env', envFile)
        .replace('/opt/hushlink/dist/admin/main.js', ADMIN)
        .replace('stats --json', args),
    ],
    { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 60_000 },
  )
}

/** .env.example as the service's EnvironmentFile, plus the database the unit would give it. */
function envFile(databaseUrl: string): string {
  const file = join(dir, `hushlink-${Math.random().toString(36).slice(2)}.env`)
  const example = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8')
  writeFileSync(file, `${example}\nDATABASE_URL=${databaseUrl}\n`, { mode: 0o600 })
  return file
}

describe('hushlink-admin as documented', () => {
  it('prints nothing but the JSON of stats, from the environment file (SQLite)', () => {
    const file = envFile(`sqlite:${join(dir, 'data', 'hushlink.db')}`)
    // Any command creates and migrates the database; stats then reads it.
    documentedCommand(file, 'keys list')
    const out = documentedCommand(file, 'stats --json')
    const stats = JSON.parse(out) as { secrets: { active: number }; file: { walBytes: number } }
    expect(stats.secrets.active).toBe(0)
    expect(typeof stats.file.walBytes).toBe('number')
  })

  it.skipIf(!TEST_DATABASE_URL)('and on PostgreSQL', () => {
    const schema = createPostgresSchema(TEST_DATABASE_URL ?? '')
    try {
      const file = envFile(schema.url)
      documentedCommand(file, 'keys create --name ops --scope admin')
      const stats = JSON.parse(documentedCommand(file, 'stats --json')) as {
        secrets: { active: number }
        file: { bytes: number; walBytes: null }
      }
      expect(stats.secrets.active).toBe(0)
      expect(stats.file.bytes).toBeGreaterThan(0)
      expect(stats.file.walBytes).toBeNull()
    } finally {
      schema.drop()
    }
  })
})
