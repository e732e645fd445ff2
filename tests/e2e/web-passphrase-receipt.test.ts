import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import { hostileKdfSecret } from '../support/hostile-kdf.js'
import { PERMISSIVE_LIMITS, startServer } from '../support/server.js'
import {
  apiCalls,
  capture,
  createInUi,
  fragmentOf,
  heading,
  HEADINGS,
  leaks,
  openLink,
  pressReveal,
  revealedText,
  SEL,
  useWebApp,
} from './web-flows.js'

const PASSPHRASE = 'orbit-velvet-cactus-lantern'

async function receiptState(page: Page): Promise<string | null> {
  return page.locator(SEL.receiptState).getAttribute('data-state')
}

describe.skipIf(!chromiumAvailable)('web client: passphrases and receipts in real Chromium', () => {
  const app = useWebApp()
  const context = (): ReturnType<typeof app.context> => app.context()

  it('keeps the secret after a wrong passphrase, says how many attempts remain, and opens with the right one', async () => {
    const creator = await context()
    const text = 'vault root token: s.9fK2xQ'
    const { link } = await createInUi(await creator.page(), app.server.url, {
      text,
      passphrase: PASSPHRASE,
    })
    expect(link).toMatch(/\.p$/)

    const recipient = await context()
    const page = await recipient.page()
    expect(await openLink(page, link)).toBe(HEADINGS.waiting)
    await pressReveal(page, 'not-the-passphrase')
    expect(await heading(page)).toBe(HEADINGS.waiting)
    expect(await page.locator(SEL.error).textContent()).toMatch(
      /Wrong passphrase\. 4 attempts left/,
    )

    await pressReveal(page, PASSPHRASE)
    expect(await heading(page)).toBe(HEADINGS.revealed)
    expect(await revealedText(page)).toBe(text)

    for (const probe of [creator.probe, recipient.probe]) {
      const secrets = [PASSPHRASE, 'not-the-passphrase', text, fragmentOf(link).replace('.p', '')]
      expect(leaks(probe, app.server.url, secrets)).toEqual([])
      expect(probe.cspViolations).toEqual([])
    }
  })

  it('refuses a link whose passphrase hint was dropped or added, before any claim', async () => {
    const creator = await context()
    const creatorPage = await creator.page()
    const guarded = await createInUi(creatorPage, app.server.url, {
      text: 'a',
      passphrase: PASSPHRASE,
    })
    const plain = await createInUi(creatorPage, app.server.url, { text: 'b' })
    const visitor = await context()
    for (const link of [guarded.link.replace(/\.p$/, ''), `${plain.link}.p`]) {
      expect(await openLink(await visitor.page(), link), link).toBe(HEADINGS.corrupted)
    }
    expect(apiCalls(visitor.probe).filter((c) => c.endsWith('/claim'))).toEqual([])
  })

  it('destroys the secret after five wrong passphrases, and the receipt says so', async () => {
    const creator = await context()
    const creatorPage = await creator.page()
    const { link, receiptLink } = await createInUi(creatorPage, app.server.url, {
      text: 'never to be read',
      passphrase: PASSPHRASE,
    })

    const attacker = await context()
    const page = await attacker.page()
    await openLink(page, link)
    for (let remaining = 4; remaining >= 1; remaining--) {
      await pressReveal(page, `guess-${remaining}`)
      expect(await page.locator(SEL.error).textContent()).toContain(`${remaining} attempt`)
    }
    await pressReveal(page, 'guess-0')
    expect([HEADINGS.burnedFailures, HEADINGS.gone]).toContain(await heading(page))
    expect(await capture(page, 'burned-failures')).toEqual([])
    expect(await openLink(await attacker.page(), link)).toBe(HEADINGS.gone)

    await openLink(creatorPage, receiptLink)
    expect(await receiptState(creatorPage)).toBe('burned_failures')
    expect(await heading(creatorPage)).toBe('Destroyed after too many wrong passphrases')
    expect(await creatorPage.locator('main').innerText()).toContain('5 wrong passphrases')
    expect(await capture(creatorPage, 'receipt-burned-failures')).toEqual([])
  })

  it('shows a receipt going from active to viewed, with the time it was opened', async () => {
    const creator = await context()
    const receiptPage = await creator.page()
    const { link, receiptLink } = await createInUi(receiptPage, app.server.url, { text: 'hello' })
    await openLink(receiptPage, receiptLink)
    expect(await receiptState(receiptPage)).toBe('active')
    expect(await heading(receiptPage)).toBe('Not opened yet')
    expect(receiptPage.url(), 'the receipt token leaves the address bar').not.toContain('#')
    expect(await receiptPage.locator(SEL.exposed).count(), 'an intact link warns of nothing').toBe(
      0,
    )

    const recipient = await context()
    const page = await recipient.page()
    await openLink(page, link)
    await pressReveal(page)
    expect(await revealedText(page)).toBe('hello')

    await receiptPage.getByRole('button', { name: 'Refresh' }).click()
    await receiptPage.locator('main [data-state=viewed]').waitFor()
    expect(await heading(receiptPage)).toBe('Opened')
    const year = String(new Date().getFullYear())
    expect(await receiptPage.locator(SEL.receiptState).textContent()).toMatch(
      new RegExp(`^Opened on .*${year}.*\\d{1,2}:\\d{2}`),
    )
    // The receipt token goes to the server only in a POST body.
    for (const req of creator.probe.requests) {
      expect(req.url).not.toContain(fragmentOf(receiptLink))
    }
  })

  it('refuses a header asking for 10 Argon2 passes over 1 GiB before a passphrase is typed', async () => {
    const { link, meta } = await hostileKdfSecret(app.server.url)
    const creator = await context()
    const page = await creator.page()
    await page.route(`**/api/v1/secrets/${meta.id}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(meta) }),
    )
    expect(await openLink(page, link)).toBe('This secret uses unsafe settings')
    expect(await page.locator(SEL.passphrase).count()).toBe(0)
    expect(apiCalls(creator.probe).filter((c) => c.includes('/claim'))).toEqual([])
  })

  it('warns that a receipt link whose # became %23 exposed its token: burn and share again', async () => {
    const creator = await context()
    const page = await creator.page()
    const { receiptLink } = await createInUi(page, app.server.url, { text: 'mangled' })
    await openLink(page, receiptLink.replace('#', '%23'))
    expect(await receiptState(page)).toBe('active')
    expect(page.url()).toBe(receiptLink.split('#')[0])
    expect(await page.locator(SEL.exposed).textContent()).toMatch(
      /sent with its token visible.*burn it now and share the secret again/s,
    )
  })

  it('burns a secret from the receipt after a confirmation, and the recipient finds it gone', async () => {
    const creator = await context()
    const receiptPage = await creator.page()
    const { link, receiptLink } = await createInUi(receiptPage, app.server.url, { text: 'burn me' })
    await openLink(receiptPage, receiptLink)

    await receiptPage.getByRole('button', { name: 'Burn now' }).click()
    // Nothing is destroyed until the second, explicit confirmation.
    await receiptPage.getByRole('button', { name: 'Cancel' }).click()
    expect(await receiptState(receiptPage)).toBe('active')
    await receiptPage.getByRole('button', { name: 'Burn now' }).click()
    await receiptPage.getByRole('button', { name: 'Yes, destroy it' }).click()
    await receiptPage.locator('main [data-state=burned]').waitFor()
    expect(await heading(receiptPage)).toBe('Destroyed by you')
    expect(await receiptPage.getByRole('button', { name: 'Burn now' }).count()).toBe(0)

    const recipient = await context()
    expect(await openLink(await recipient.page(), link)).toBe(HEADINGS.gone)
    expect(creator.probe.cspViolations).toEqual([])
  })

  it('reports an expired secret on the receipt and as gone to the recipient', async () => {
    const shortLived = await startServer({
      env: { ...PERMISSIVE_LIMITS, MIN_TTL: '1', DEFAULT_TTL: '2' },
    })
    try {
      const creator = await context()
      const receiptPage = await creator.page()
      await receiptPage.goto(`${shortLived.url}/`)
      // The instance's own default stays selectable even though no preset is that short.
      expect(await receiptPage.locator(`${SEL.ttl} option:checked`).textContent()).toBe('2 seconds')
      const { link, receiptLink } = await createInUi(receiptPage, shortLived.url, { text: 'brief' })
      await receiptPage.waitForTimeout(2_500)
      await openLink(receiptPage, receiptLink)
      expect(await receiptState(receiptPage)).toBe('expired')
      expect(await heading(receiptPage)).toBe('Expired')
      expect(await capture(receiptPage, 'receipt-expired')).toEqual([])

      const recipient = await context()
      expect(await openLink(await recipient.page(), link)).toBe(HEADINGS.gone)
    } finally {
      await shortLived.stop()
    }
  })
})
