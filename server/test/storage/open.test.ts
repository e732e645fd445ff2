import { statSync } from 'node:fs'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openStorage } from '../../src/storage/index.js'
import { APP_TESTS } from '../helpers/app.js'
import { newSecret, tempDatabasePath } from './fixtures.js'

const NOW = Date.UTC(2030, 0, 1)

describe('opening storage', APP_TESTS, () => {
  it('creates the file private to the service, and keeps data across a reopen', async () => {
    const path = tempDatabasePath()
    const secret = newSecret()
    const first = await openStorage({ kind: 'sqlite', path })
    await first.insert(secret)
    await first.close()
    expect(statSync(path).mode & 0o777).toBe(0o600)

    const second = await openStorage({ kind: 'sqlite', path })
    onTestFinished(() => second.close())
    expect(await second.findActive(secret.id, NOW)).toMatchObject({ viewsLeft: 1 })
    expect(await second.insert(secret)).toBe(false)
  })

  it('fails start-up clearly when the file cannot be opened', async () => {
    await expect(openStorage({ kind: 'sqlite', path: '/dev/null/hushlink.db' })).rejects.toThrow()
  })

  it('fails start-up clearly when PostgreSQL cannot be reached', async () => {
    await expect(
      openStorage({ kind: 'postgres', url: 'postgres://hushlink@127.0.0.1:1/hushlink' }),
    ).rejects.toThrow(/ECONNREFUSED/)
  })
})
