import {
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { runAdmin } from '../src/admin/run.js'
import { buildTestApp, type TestApp } from './helpers/app.js'
import { claim, randomToken, receipt, storeSecret, type TestSecret } from './helpers/secrets.js'

interface Run {
  readonly code: number
  readonly out: string
  readonly err: string
}

async function admin(
  argv: readonly string[],
  env: Record<string, string>,
  now?: () => number,
): Promise<Run> {
  let out = ''
  let err = ''
  const code = await runAdmin(argv, {
    env,
    out: { write: (text) => (out += text) },
    err: { write: (text) => (err += text) },
    ...(now ? { now } : {}),
  })
  return { code, out, err }
}

function envOf({ dir }: TestApp): Record<string, string> {
  return { DATABASE_URL: `sqlite:${join(dir, 'db', 'hushlink.db')}` }
}

/** One secret in each state, and what every request carried. */
async function populate({ app, clock }: TestApp): Promise<TestSecret[]> {
  const active = await storeSecret(app, { text: 'still here' })
  const viewed = await storeSecret(app)
  await claim(app, viewed.id, { access_token: viewed.accessToken })
  const burned = await storeSecret(app)
  await receipt(app, 'burn', burned.id, burned.receiptToken)
  const failed = await storeSecret(app, { passphrase: 'pw', maxFailures: 1 })
  await claim(app, failed.id, { access_token: failed.accessToken, pass_token: randomToken() })
  const expired = await storeSecret(app, { ttl: 300 })
  clock.advance(301_000)
  return [active, viewed, burned, failed, expired]
}

describe('hushlink-admin', () => {
  it('backup copies the live database into a file that opens and has every row', async () => {
    const testApp = await buildTestApp()
    const { app, dir } = testApp
    const before = await Promise.all(Array.from({ length: 20 }, () => storeSecret(app)))
    const target = join(dir, 'backup.db')

    // Writes keep landing while the backup runs.
    let writing = true
    const writer = (async () => {
      let n = 0
      while (writing) {
        await storeSecret(app)
        n++
      }
      return n
    })()
    const run = await admin(['backup', target], envOf(testApp))
    writing = false
    const during = await writer

    expect(run.code).toBe(0)
    expect(run.out).toMatch(/^backup written to .*backup\.db \([\d.]+ KiB\): \d+ active secrets/)
    expect(run.err).toMatch(/readable again/)
    expect(during).toBeGreaterThan(0)
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([])

    const copy = new Sqlite(target, { readonly: true, fileMustExist: true })
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      const payloads = new Map(
        (
          copy.prepare('select id, envelope from payloads').all() as {
            id: string
            envelope: Buffer
          }[]
        ).map((row) => [row.id, row.envelope]),
      )
      for (const secret of before) {
        expect(Buffer.compare(payloads.get(secret.id) ?? Buffer.alloc(0), secret.envelope)).toBe(0)
      }
      const applied = copy.prepare('select name from kysely_migration').pluck().all()
      expect(applied).toContain('0001-create-secrets')
    } finally {
      copy.close()
    }
  }, 60_000)

  it('a restored backup resurrects a secret opened after it was taken (the documented caveat)', async () => {
    const live = await buildTestApp()
    const secret = await storeSecret(live.app)
    const target = join(live.dir, 'before-claim.db')
    expect((await admin(['backup', target], envOf(live))).code).toBe(0)
    expect(
      (await claim(live.app, secret.id, { access_token: secret.accessToken })).statusCode,
    ).toBe(200)

    const restored = await buildTestApp({ DATABASE_URL: `sqlite:${target}` })
    const again = await claim(restored.app, secret.id, { access_token: secret.accessToken })
    expect(again.statusCode).toBe(200)
  }, 60_000)

  it('backup creates its copy 0600 under a permissive umask and writes through no planted symlink', async () => {
    const testApp = await buildTestApp()
    await storeSecret(testApp.app)
    const target = join(testApp.dir, 'planted.db')
    // Another local user plants a link where a predictable partial file would go.
    const victim = join(testApp.dir, 'victim.txt')
    writeFileSync(victim, '')
    symlinkSync(victim, `${target}.partial-${process.pid}`)
    // Every file the backup creates beside the target, as soon as it appears.
    const modes: number[] = []
    const watcher = watch(testApp.dir, (_event, name) => {
      if (name === null || !name.startsWith('planted.db')) return
      try {
        const stat = lstatSync(join(testApp.dir, name))
        if (stat.isFile()) modes.push(stat.mode & 0o777)
      } catch {
        // gone already
      }
    })
    const umask = process.umask(0)
    let run: Run
    try {
      run = await admin(['backup', target], envOf(testApp))
    } finally {
      process.umask(umask)
      watcher.close()
    }
    expect(run.code, run.err).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('')
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(modes.every((mode) => mode === 0o600)).toBe(true)
    const left = readdirSync(testApp.dir).filter((name) => name.startsWith('planted.db.'))
    expect(left).toEqual([`planted.db.partial-${process.pid}`])
  }, 60_000)

  it('backup errors name the path they could not write', async () => {
    const testApp = await buildTestApp()
    const file = join(testApp.dir, 'a-file')
    writeFileSync(file, '')
    for (const target of [join(testApp.dir, 'missing', 'b.db'), join(file, 'b.db')]) {
      const run = await admin(['backup', target], envOf(testApp))
      expect(run.code).toBe(1)
      expect(run.err).toContain(`cannot write ${target}`)
    }
  }, 30_000)

  it('the database folder is created 0700, whatever the umask', async () => {
    const umask = process.umask(0)
    let testApp: TestApp
    try {
      testApp = await buildTestApp()
    } finally {
      process.umask(umask)
    }
    expect(statSync(join(testApp.dir, 'db')).mode & 0o777).toBe(0o700)
    expect(statSync(join(testApp.dir, 'db', 'hushlink.db')).mode & 0o777).toBe(0o600)
  })

  it('backup refuses to overwrite a file and needs exactly one argument', async () => {
    const testApp = await buildTestApp()
    const target = join(testApp.dir, 'twice.db')
    expect((await admin(['backup', target], envOf(testApp))).code).toBe(0)
    const again = await admin(['backup', target], envOf(testApp))
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/exists; choose a new file name/)
    const none = await admin(['backup'], envOf(testApp))
    expect(none.code).toBe(2)
    expect(none.err).toMatch(/usage: hushlink-admin backup <file>/)
  }, 30_000)

  it('stats counts by state and size, and prints no id, token or verifier', async () => {
    const testApp = await buildTestApp()
    const secrets = await populate(testApp)
    const now = () => testApp.clock.now()

    const json = await admin(['stats', '--json'], envOf(testApp), now)
    expect(json.code).toBe(0)
    const stats = JSON.parse(json.out) as {
      secrets: Record<string, number>
      payloads: { count: number; bytes: number }
      file: { bytes: number }
    }
    expect(stats.secrets).toEqual({
      active: 1,
      expired: 1,
      viewed: 1,
      burned: 1,
      burnedByFailures: 1,
    })
    const [active, , , , expired] = secrets as [
      TestSecret,
      TestSecret,
      TestSecret,
      TestSecret,
      TestSecret,
    ]
    expect(stats.payloads).toEqual({
      count: 2,
      bytes: active.envelope.length + expired.envelope.length,
    })
    expect(stats.file.bytes).toBeGreaterThan(0)

    const text = await admin(['stats'], envOf(testApp), now)
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/^active +1$/m)
    expect(text.out).toMatch(/^expired, awaiting sweep +1$/m)
    expect(text.out).toMatch(/^burned by failures +1$/m)
    for (const secret of secrets) {
      for (const value of [
        secret.id,
        secret.accessToken,
        secret.receiptToken,
        secret.body.access_verifier,
      ]) {
        expect(text.out + json.out).not.toContain(value)
      }
    }
    expect((await admin(['stats', '--yaml'], envOf(testApp))).code).toBe(2)
  }, 30_000)

  it('purge-expired runs the sweeper pass now, beside the running server', async () => {
    const testApp = await buildTestApp()
    const secrets = await populate(testApp)
    // Two hours on, every row (tombstones included) is past its expiry.
    const later = () => testApp.clock.now() + 2 * 3_600_000
    const purge = await admin(['purge-expired'], envOf(testApp), later)
    expect(purge).toEqual({ code: 0, out: `deleted ${secrets.length} expired rows\n`, err: '' })
    const stats = await admin(['stats', '--json'], envOf(testApp), later)
    expect(JSON.parse(stats.out)).toMatchObject({
      secrets: { active: 0, expired: 0, viewed: 0, burned: 0, burnedByFailures: 0 },
      payloads: { count: 0, bytes: 0 },
    })
    // The server still works on the same file.
    await storeSecret(testApp.app)
  }, 60_000)

  it('explains bad commands and databases it cannot work on', async () => {
    const help = await admin(['help'], {})
    expect(help.code).toBe(0)
    for (const name of ['backup <file>', 'stats [--json]', 'purge-expired']) {
      expect(help.out).toContain(`hushlink-admin ${name}`)
    }
    const failures: [string[], Record<string, string>, number, string][] = [
      [[], {}, 2, 'usage: hushlink-admin'],
      [['vacuum'], {}, 2, 'unknown command "vacuum"'],
      [['stats'], { DATABASE_URL: 'sqlite::memory:' }, 1, 'only the server process'],
      [['purge-expired'], { DATABASE_URL: 'sqlite:/nonexistent/hushlink.db' }, 1, 'no database at'],
      [['stats'], { DATABASE_URL: 'mysql://x' }, 1, 'DATABASE_URL must start'],
    ]
    for (const [argv, env, code, message] of failures) {
      const run = await admin(argv, env)
      expect(run.code, argv.join(' ')).toBe(code)
      expect(run.out + run.err).toContain(message)
    }
  })
})
