/**
 * `hushlink send` against a private instance (issue 6): refused up front
 * without a key, refused by the server with a wrong one, sent with
 * HUSHLINK_API_KEY or --api-key; reading needs no key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiKey } from '../support/api-keys.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { runCli } from './run-cli.js'

describe('hushlink send with an API key', () => {
  let server: RunningServer
  let key = ''
  beforeAll(async () => {
    server = await startServer({ env: { ...PERMISSIVE_LIMITS, CREATE_REQUIRES_API_KEY: 'true' } })
    key = await createApiKey(server.dataDir, 'ci', 'create')
  })
  afterAll(() => server.stop())

  it('needs a key to send, and none to read', async () => {
    const env = { HUSHLINK_SERVER: server.url }
    const without = await runCli(['send'], { env, input: 'deploy token' })
    expect(without.code).toBe(2)
    expect(without.stderr).toBe(
      'hushlink: this server creates secrets only with an API key: set HUSHLINK_API_KEY or pass --api-key\n',
    )

    const wrong = await runCli(['send', '--api-key', `hlk_${'x'.repeat(43)}`], {
      env,
      input: 'deploy token',
    })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toBe(
      'hushlink: the server refused the API key: The API key is not valid or was revoked.\n',
    )

    const sent = await runCli(['send'], {
      env: { ...env, HUSHLINK_API_KEY: key },
      input: 'deploy token',
    })
    expect(sent.code).toBe(0)
    const link = sent.stdout.toString('utf8').trim()
    const read = await runCli(['read', link], { env: {} })
    expect(read.code).toBe(0)
    expect(read.stdout.toString('utf8')).toBe('deploy token')

    const flag = await runCli(['send', '--api-key', key, 'second'], { env })
    expect(flag.code).toBe(0)
  })
})
