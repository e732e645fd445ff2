/**
 * Issue 16, acceptance 6, end to end: `hushlink send --notify` against the
 * built server with SMTP set to a real SMTP server started here. Opening the
 * link sends one e-mail, in the language asked for, with no link, id or key;
 * the address never appears in the server's log. Without SMTP the CLI
 * refuses --notify before it encrypts anything.
 */
import { revealSecret } from '@hushlink/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { startMailbox } from '../support/smtp.js'
import { runCli } from './run-cli.js'

const ADDRESS = 'sender@example.com'

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

async function server(env: Record<string, string> = {}): Promise<RunningServer> {
  const started = await startServer({ env: { ...PERMISSIVE_LIMITS, ...env } })
  cleanup.push(() => started.stop())
  return started
}

describe('hushlink send --notify', { timeout: 60_000 }, () => {
  it('e-mails the sender in their language once the link is opened', async () => {
    const mailbox = await startMailbox()
    cleanup.push(mailbox.close)
    const running = await server({ SMTP_URL: mailbox.url, SMTP_FROM: 'noreply@hushlink.test' })
    const sent = await runCli(
      ['send', '--server', running.url, '--notify', ADDRESS, '--notify-language', 'ru', '--json'],
      { input: 'the notify test secret' },
    )
    expect(sent.stderr).toBe('')
    expect(sent.code).toBe(0)
    const { link, id } = JSON.parse(sent.stdout.toString()) as { link: string; id: string }
    expect(mailbox.mails).toHaveLength(0)

    expect((await revealSecret({ link })).text).toBe('the notify test secret')
    await expect.poll(() => mailbox.mails.length, { timeout: 20_000 }).toBe(1)
    const [mail] = mailbox.mails
    expect(mail?.to).toEqual([ADDRESS])
    expect(mail?.parsed.subject).toBe('Ваш секрет открыли')
    const key = new URL(link).hash.slice(1)
    for (const text of [mail?.raw ?? '', mail?.parsed.text ?? '']) {
      expect(text).not.toContain(id)
      expect(text).not.toContain(key)
      expect(text).not.toMatch(/https?:|#|www\./i)
    }
    expect(running.logs.join('\n')).not.toContain(ADDRESS)
  })

  it('refuses --notify where the server sends no e-mail, and a malformed address', async () => {
    const running = await server()
    const refused = await runCli(['send', '--server', running.url, '--notify', ADDRESS], {
      input: 'x',
    })
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain('does not send e-mail')
    const malformed = await runCli(['send', '--server', running.url, '--notify', 'nobody'], {
      input: 'x',
    })
    expect(malformed.code).not.toBe(0)
    expect(malformed.stderr).toContain('--notify needs an e-mail address')
  })
})
