import { describe, expect, it } from 'vitest'
import { ConfigError, describeConfig, loadConfig } from '@hushlink/server'

const TOKEN = 'scrape-token-51c0ffee9d'

describe('METRICS, METRICS_PORT and METRICS_TOKEN', () => {
  it('are off by default', () => {
    expect(loadConfig({}).metrics).toEqual({ enabled: false, port: null, token: null })
  })

  it('parse when METRICS=true', () => {
    const config = loadConfig({ METRICS: 'TRUE', METRICS_PORT: '9464', METRICS_TOKEN: TOKEN })
    expect(config.metrics).toEqual({ enabled: true, port: 9464, token: TOKEN })
  })

  it.each([
    [{ METRICS: 'yes' }, /METRICS must be true or false/],
    [{ METRICS_PORT: '9464' }, /need METRICS=true/],
    [{ METRICS_TOKEN: TOKEN }, /need METRICS=true/],
    [
      { METRICS: 'true', METRICS_PORT: '70000' },
      /METRICS_PORT must be an integer between 0 and 65535/,
    ],
    [{ METRICS: 'true', METRICS_PORT: '8080' }, /METRICS_PORT must differ from PORT \(8080\)/],
    [{ METRICS: 'true', METRICS_TOKEN: 'short' }, /at least 16 printable characters/],
    [{ METRICS: 'true', METRICS_TOKEN: 'has a space in the middle' }, /without spaces/],
  ])('refuse %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('never echo a rejected token', () => {
    const weak = 'weak token 123'
    expect(() => loadConfig({ METRICS: 'true', METRICS_TOKEN: weak })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(weak) as unknown }),
    )
  })

  it('print without the token', () => {
    const config = loadConfig({ METRICS: 'true', METRICS_TOKEN: TOKEN })
    const printed = JSON.stringify(describeConfig(config))
    expect(printed).not.toContain(TOKEN)
    expect(describeConfig(config).metrics).toEqual({ enabled: true, port: null, token: '***' })
  })
})
