/**
 * Time-locked links interoperate both ways (protocol §9): one sent with the
 * CLI's --opens-in counts down in the web page and opens there at the moment;
 * one made with the web page's "Opens at" is refused by `hushlink read`
 * (exit 10, nothing used) and opened by `hushlink read --wait`.
 */
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import { COUNTDOWN, createLockedInUi, revealEnabled } from '../e2e/time-lock-flows.js'
import { HEADINGS, openLink, pressReveal, revealedText, useWebApp } from '../e2e/web-flows.js'
import { runCli } from './run-cli.js'

describe.skipIf(!chromiumAvailable)('CLI ⇄ web client: time-locked links', () => {
  const app = useWebApp()

  it('a CLI link with --opens-in counts down in the web page and opens there at the moment', async () => {
    const text = 'from the terminal, later'
    const sent = await runCli(['send', '--server', app.server.url, '--opens-in', '6s', '--json'], {
      input: text,
    })
    expect(sent.code, sent.stderr).toBe(0)
    const { link, opens_at: opensAt } = JSON.parse(sent.stdout.toString()) as {
      link: string
      opens_at: string
    }
    const recipient = await app.context()
    const page = await recipient.page()
    expect(await openLink(page, link)).toBe(HEADINGS.waiting)
    expect(await page.locator(COUNTDOWN).getAttribute('data-opens-at')).toBe(opensAt)
    expect(await revealEnabled(page)).toBe(false)
    await expect.poll(() => revealEnabled(page), { timeout: 30_000, interval: 250 }).toBe(true)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(text)
    await recipient.close()
  })

  it('a web link with "Opens at" makes the CLI exit 10, then opens with read --wait', async () => {
    const text = 'from the browser, later'
    const opensAt = (Math.floor(Date.now() / 1000) + 10) * 1000
    const creator = await app.context({ timezoneId: 'UTC' })
    const { link } = await createLockedInUi(await creator.page(), app.server.url, {
      text,
      opensAt,
      offsetHours: 0,
    })
    await creator.close()

    const early = await runCli(['read', link])
    expect(early.code, early.stderr).toBe(10)
    expect(early.stderr).toContain(new Date(opensAt).toISOString())
    const waited = await runCli(['read', '--wait', link])
    expect(waited.code, waited.stderr).toBe(0)
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt)
    expect(waited.stdout.toString('utf8')).toBe(text)
  })
})
