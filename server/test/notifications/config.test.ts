/** Issue 16: the notification settings, validated with messages naming the variable. */
import { describe, expect, it } from 'vitest'
import { ConfigError, describeConfig, loadConfig } from '@hushlink/server'

describe('notification config', () => {
  it('defaults to no e-mail, public destinations only, retries for a day', () => {
    expect(loadConfig({}).notifications).toEqual({
      smtpUrl: null,
      smtpFrom: null,
      webhookAllowPrivate: false,
      maxAttempts: 15,
      maxRetryAge: 86_400,
      deliveryLease: 60,
    })
  })

  it('reads every variable and masks the SMTP password when printed', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:hunter2@smtp.example.com:465',
      SMTP_FROM: 'Hushlink <noreply@example.com>',
      WEBHOOK_ALLOW_PRIVATE: 'TRUE',
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_MAX_RETRY_AGE: '3600',
      WEBHOOK_LEASE: '15',
    })
    expect(config.notifications).toEqual({
      smtpUrl: 'smtps://mailer:hunter2@smtp.example.com:465',
      smtpFrom: 'Hushlink <noreply@example.com>',
      webhookAllowPrivate: true,
      maxAttempts: 4,
      maxRetryAge: 3600,
      deliveryLease: 15,
    })
    const printed = JSON.stringify(describeConfig(config))
    expect(printed).not.toContain('hunter2')
    expect(printed).toContain('smtps://mailer:***@smtp.example.com:465')
  })

  it.each([
    [{ SMTP_URL: 'http://smtp.example.com', SMTP_FROM: 'a@b.c' }, /^SMTP_URL must be an smtp/],
    [{ SMTP_URL: 'smtp://smtp.example.com' }, /^SMTP_FROM must be set when SMTP_URL is/],
    [{ SMTP_FROM: 'not an address' }, /^SMTP_FROM must be an e-mail address/],
    [{ WEBHOOK_ALLOW_PRIVATE: 'yes' }, /^WEBHOOK_ALLOW_PRIVATE must be true or false/],
    [{ WEBHOOK_MAX_ATTEMPTS: '0' }, /^WEBHOOK_MAX_ATTEMPTS must be an integer between 1 and 100/],
    [{ WEBHOOK_MAX_RETRY_AGE: '1d' }, /^WEBHOOK_MAX_RETRY_AGE must be an integer/],
    // Shorter than an attempt's 10 s timeout: a live worker's deliveries would be taken again.
    [{ WEBHOOK_LEASE: '10' }, /^WEBHOOK_LEASE must be an integer between 15 and 3600/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('never echoes an SMTP password in an error', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://u:hunter2@x', SMTP_FROM: 'a@b.c' })).toThrow(
      /^(?!.*hunter2)/,
    )
  })
})
