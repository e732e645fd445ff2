/**
 * `hushlink-admin stats` and the admin API's stats read the same statements,
 * so they agree on every engine, streamed files included (issue 14).
 */
import { describe, expect, it } from 'vitest'
import { runAdmin } from '../src/admin/run.js'
import { APP_TESTS, buildTestApp, type TestApp } from './helpers/app.js'
import { describeDialects } from './helpers/dialects.js'
import { issueKey } from './helpers/keys.js'
import { claim, storeSecret } from './helpers/secrets.js'
import { storeUpload } from './helpers/uploads.js'

async function admin(
  testApp: TestApp,
  argv: readonly string[],
  now = testApp.clock.now(),
): Promise<{ code: number; out: string; err: string }> {
  const { database } = testApp.config
  let out = ''
  let err = ''
  const code = await runAdmin(argv, {
    env: { DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url },
    out: { write: (text) => (out += text) },
    err: { write: (text) => (err += text) },
    now: () => now,
  })
  return { code, out, err }
}

async function cliStats(testApp: TestApp): Promise<unknown> {
  const run = await admin(testApp, ['stats', '--json'])
  expect(run.code, run.err).toBe(0)
  return JSON.parse(run.out)
}

describe('admin stats', () => {
  describeDialects('the CLI and the admin API agree', APP_TESTS, (dialect) => {
    it('on the counts and the bytes stored, for text and file secrets', async () => {
      const testApp = await buildTestApp({}, dialect)
      const { app, clock } = testApp
      const key = await issueKey(testApp, 'ops', 'admin')
      const text = await storeSecret(app)
      const viewed = await storeSecret(app)
      await claim(app, viewed.id, { access_token: viewed.accessToken })
      const file = await storeUpload(app, { fileBytes: 20_000, partBytes: 8192 })
      const shortFile = await storeUpload(app, { fileBytes: 3000, ttl: 300 })
      clock.advance(301_000)

      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/admin/stats',
        headers: { 'x-api-key': key },
      })
      expect(res.statusCode).toBe(200)
      const api = res.json<{
        secrets: Record<string, number>
        bytes_stored: number
      }>()
      const bytes = text.envelope.length + file.envelope.length + shortFile.envelope.length
      expect(api.bytes_stored).toBe(bytes)

      const cli = (await cliStats(testApp)) as {
        secrets: Record<string, number>
        payloads: { count: number; bytes: number }
        file: { bytes: number }
      }
      expect(cli.payloads).toEqual({ count: 3, bytes })
      expect(cli.secrets).toEqual({
        active: api.secrets.active,
        expired: api.secrets.expired,
        viewed: api.secrets.viewed,
        burned: api.secrets.burned,
        burnedByFailures: api.secrets.burned_failures,
      })
      expect(cli.secrets).toMatchObject({ active: 2, expired: 1, viewed: 1 })
      expect(cli.file.bytes).toBeGreaterThan(0)
    })

    it('purges expired rows; backs up SQLite, and names pg_dump on PostgreSQL', async () => {
      const testApp = await buildTestApp({}, dialect)
      await storeSecret(testApp.app, { ttl: 300 })
      await storeUpload(testApp.app, { fileBytes: 3000, ttl: 300 })
      const later = testApp.clock.now() + 301_000
      expect(await admin(testApp, ['purge-expired'], later)).toEqual({
        code: 0,
        out: 'deleted 2 expired rows\n',
        err: '',
      })
      const backup = await admin(testApp, ['backup', `${testApp.dir}/backup.db`])
      if (dialect === 'sqlite') {
        expect(backup.code, backup.err).toBe(0)
      } else {
        expect(backup.code).toBe(1)
        expect(backup.err).toContain(
          `pg_dump --format=custom --file="${testApp.dir}/backup.db" "$DATABASE_URL"`,
        )
      }
    })
  })
})
