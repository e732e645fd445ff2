/**
 * Time-locked secrets in real Chromium (protocol §9): made on the create page
 * in one time zone, counted down in another viewer's language and zone, Reveal
 * held until the moment; a browser whose clock runs ahead is refused by the
 * server with nothing used, then follows the server's clock; at the moment
 * the secret opens.
 */
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import {
  COUNTDOWN,
  createLockedInUi,
  localInput,
  OPENS_AT,
  revealEnabled,
  TIME_LOCK,
  viewsLeft,
} from './time-lock-flows.js'
import {
  enterSecret,
  HEADINGS,
  openLink,
  pressReveal,
  revealedText,
  SEL,
  useWebApp,
} from './web-flows.js'

describe.skipIf(!chromiumAvailable)('web: time-locked secrets', () => {
  const app = useWebApp()

  it('counts down in the viewer’s zone, refuses early with nothing used, and opens at the moment', async () => {
    const text = 'launch code: 0000 🚀'
    // Whole seconds (the input's step), far enough ahead for the create and two page loads.
    const opensAt = (Math.floor(Date.now() / 1000) + 15) * 1000
    const creator = await app.context({ timezoneId: 'Asia/Tokyo' })
    const form = await creator.page()
    const { link, receiptLink } = await createLockedInUi(
      form,
      app.server.url,
      { text, opensAt, offsetHours: 9 },
      2,
    )
    // The receipt shows the opening among its facts.
    await form.goto(receiptLink)
    await form.locator(SEL.receiptState).waitFor()
    expect(await form.locator('main .facts').textContent()).toContain('Opens')
    await creator.close()

    const viewer = await app.context({ locale: 'de-DE', timezoneId: 'America/New_York' })
    const page = await viewer.page()
    expect(await openLink(page, link)).not.toBe(HEADINGS.gone)
    const lock = page.locator(COUNTDOWN)
    expect(await lock.getAttribute('data-opens-at')).toBe(new Date(opensAt).toISOString())
    // The opening to the second, on New York's clock, in German.
    const newYork = new Intl.DateTimeFormat('de-DE', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(opensAt)
    expect(await lock.textContent()).toContain(newYork)
    expect(await lock.textContent()).toMatch(/Öffnet sich in \d+ Sekunden?/)
    expect(await revealEnabled(page)).toBe(false)

    // A browser whose clock runs a minute ahead may press Reveal early: the server refuses.
    const ahead = await app.context()
    const early = await ahead.page()
    await early.addInitScript(() => {
      const real = Date.now.bind(Date)
      Date.now = () => real() + 60_000
    })
    await openLink(early, link)
    expect(await revealEnabled(early)).toBe(true)
    await pressReveal(early)
    expect(await early.locator(SEL.error).textContent()).toMatch(/^Not yet: the server says/)
    expect(await revealEnabled(early)).toBe(false)
    expect(await early.locator(COUNTDOWN).textContent()).toMatch(/Opens in \d+ seconds?/)
    expect(await viewsLeft(app.server.url, link)).toBe(2)
    await ahead.close()

    // At the moment the button comes alive by itself, and the secret opens.
    await expect.poll(() => revealEnabled(page), { timeout: 30_000, interval: 250 }).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt - 1000)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(text)
    expect(await viewsLeft(app.server.url, link)).toBe(1)
    expect(viewer.probe.cspViolations).toEqual([])
    await viewer.close()
  })

  it('refuses an opening after the expiry on the create page, before anything is sent', async () => {
    const creator = await app.context({ timezoneId: 'UTC' })
    const page = await creator.page()
    await page.goto(`${app.server.url}/`)
    await enterSecret(page, 'never sent')
    const ttl = Number(await page.locator(SEL.ttl).inputValue())
    await page.locator(TIME_LOCK).check()
    await page.locator(OPENS_AT).fill(localInput(Date.now() + (ttl + 3600) * 1000, 0))
    await page.locator(SEL.submit).click()
    await expect.poll(() => page.locator(SEL.error).textContent()).toMatch(/expire before it opens/)
    expect(creator.probe.requests.filter((r) => r.method === 'POST')).toEqual([])
    await creator.close()
  })
})
