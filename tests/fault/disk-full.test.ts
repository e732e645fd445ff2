/**
 * Issue 18.3: a disk that truly fills. The built server runs on a SQLite file
 * in a 32 MiB tmpfs: filled by secrets, creates are refused with 507 while
 * enough room stays for reading, burning and recovering; filled to the last
 * byte by something else, creates are still 507 (never 500) and the process
 * stays up. Mounting needs root (CAP_SYS_ADMIN); without it the test is
 * skipped, and its title says why.
 */
import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  claimSecret,
  envelopeOf,
  makeSecret,
  openClaimed,
  postSecret,
  type Outcome,
  type SecretFixture,
} from '../support/secrets.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'

const MOUNT = mkdtempSync(join(tmpdir(), 'hushlink-full-disk-'))

/** Null when the small file system is mounted, else why it could not be. */
function mountSmallDisk(): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32m,mode=0700', 'tmpfs', MOUNT], {
      stdio: 'pipe',
    })
    return null
  } catch (error) {
    rmSync(MOUNT, { recursive: true, force: true })
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
    return stderr || (error as Error).message
  }
}

const unmountable = mountSmallDisk()
let server: RunningServer | undefined

afterAll(async () => {
  await server?.stop()
  if (unmountable === null) {
    execFileSync('umount', [MOUNT])
    rmSync(MOUNT, { recursive: true, force: true })
  }
})

const statusOf = (outcome: Outcome): number | 'no_answer' =>
  outcome === 'no_answer' ? outcome : outcome.status

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server?.url ?? ''}${path}`)
  return { status: res.status, body: await res.json() }
}

/** Writes zeros to `path` until the file system has no byte left. */
function fillUp(path: string): void {
  const fd = openSync(path, 'w')
  const block = Buffer.alloc(64 * 1024)
  try {
    for (;;) writeSync(fd, block)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
    // The last, partial block: down to the last byte.
    for (let size = block.length / 2; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) writeSync(fd, block, 0, size)
      } catch {
        // This size no longer fits: try half of it.
      }
    }
  } finally {
    closeSync(fd)
  }
}

describe.skipIf(unmountable !== null)(
  `a full disk under a running server${unmountable === null ? '' : ` [skipped: cannot mount a tmpfs here: ${unmountable}]`}`,
  () => {
    it('refuses creates with 507 storage_full, keeps reading, burning and running, and recovers', async () => {
      server = await startServer({
        env: {
          ...PERMISSIVE_LIMITS,
          DATABASE_URL: `sqlite:${join(MOUNT, 'hushlink.db')}`,
          // Small envelopes, so the disk reserve (MAX_TOTAL_BYTES + 8 MiB) leaves room to fill.
          MAX_TEXT_BYTES: '65536',
          MAX_FILE_BYTES: '16384',
          MAX_TOTAL_BYTES: '65536',
        },
      })
      const url = server.url
      const text = (i: number): string => `disk-full ${i} ${'q'.repeat(40_000)}`
      const old = await makeSecret('the old secret, shared before the disk filled', {
        maxViews: 2,
      })
      expect(statusOf(await postSecret(url, old))).toBe(201)

      // Fill the disk with secrets until the server refuses one.
      const stored: SecretFixture[] = []
      let refused: Outcome = 'no_answer'
      while (stored.length < 2000) {
        const secret = await makeSecret(text(stored.length))
        const outcome = await postSecret(url, secret)
        if (statusOf(outcome) !== 201) {
          refused = outcome
          break
        }
        stored.push(secret)
      }
      expect(refused).toMatchObject({ status: 507, body: { error: { code: 'storage_full' } } })
      expect(stored.length).toBeGreaterThan(100)
      const free = statfsSync(MOUNT)
      // Refused while the reserve is still free, not at the last byte.
      expect(free.bavail * free.bsize).toBeGreaterThan(8 * 1_048_576)
      expect(await get('/ready')).toEqual({
        status: 200,
        body: { status: 'ready', storage: 'full' },
      })

      // The old secret is still read; another is burned by its first reader.
      const first = await claimSecret(url, old)
      expect(statusOf(first)).toBe(200)
      expect(openClaimed(old, envelopeOf(first))).toBe(old.text)
      const [gone, ...rest] = stored
      if (!gone) throw new Error('nothing stored')
      expect(openClaimed(gone, envelopeOf(await claimSecret(url, gone)))).toBe(gone.text)

      // Now something else takes the last byte of the disk.
      fillUp(join(MOUNT, 'ballast'))
      expect(statfsSync(MOUNT).bavail).toBe(0)
      for (let i = 0; i < 3; i++) {
        const outcome = await postSecret(url, await makeSecret(text(-1)))
        expect(outcome).toMatchObject({ status: 507, body: { error: { code: 'storage_full' } } })
      }
      expect((await get('/health')).status).toBe(200)
      expect((await get('/ready')).status).toBe(200)
      // Even now a secret is read: its view is written to the write-ahead log,
      // which keeps its size between checkpoints.
      const [third] = rest.splice(0, 1)
      if (!third) throw new Error('nothing stored')
      expect(openClaimed(third, envelopeOf(await claimSecret(url, third)))).toBe(third.text)

      // The ballast goes, reads free more space: /ready recovers and creates work again.
      rmSync(join(MOUNT, 'ballast'))
      const second = await claimSecret(url, old)
      expect(openClaimed(old, envelopeOf(second))).toBe(old.text)
      for (const secret of rest.slice(0, 40))
        expect(statusOf(await claimSecret(url, secret))).toBe(200)
      expect(await get('/ready')).toEqual({ status: 200, body: { status: 'ready' } })
      expect(statusOf(await postSecret(url, await makeSecret(text(-2))))).toBe(201)
      expect(server.process.exitCode).toBeNull()
      expect(server.logs.join('\n')).not.toMatch(/"level":(50|60)[^\n]*"(uncaught|unhandled)/i)
    }, 240_000)
  },
)
