import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../web/src/locales/en.ts'
import ru from '../../web/src/locales/ru.ts'
import { chromiumAvailable } from '../support/browser.js'
import { createInUi, SEL, useWebApp } from './web-flows.js'

const PASSPHRASE = 'never-in-a-mail-42'
const MAIL = 'main a[href^="mailto:"]'
const SHARE_HINT = 'main .share-actions .hint'

/** The subject and body a mailto: link hands to the mail program, decoded. */
async function mailOf(page: Page): Promise<{ href: string; subject: string; body: string }> {
  const href = (await page.locator(MAIL).getAttribute('href')) ?? ''
  expect(href.startsWith('mailto:?')).toBe(true)
  const fields = new Map(
    href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => {
        const [name = '', value = ''] = pair.split('=')
        return [name, decodeURIComponent(value)] as const
      }),
  )
  return { href, subject: fields.get('subject') ?? '', body: fields.get('body') ?? '' }
}

/** A stand-in for the share sheet (Chromium on Linux has none): records what the page shares. */
function stubShare(): void {
  const shared: unknown[] = []
  Object.defineProperty(window, '__shared', { value: shared })
  Object.defineProperty(navigator, 'share', {
    value: (data: unknown) => {
      shared.push(data)
      return Promise.resolve()
    },
  })
}

const sharedData = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)

describe.skipIf(!chromiumAvailable)(
  'web client: sending the link by e-mail or the share sheet',
  () => {
    const app = useWebApp()

    it('puts the link alone on a line in angle brackets, with a localized subject, and never the passphrase', async () => {
      const ctx = await app.context({ locale: 'en-US' })
      const page = await ctx.page()
      const { link } = await createInUi(page, app.server.url, {
        text: 'mailed secret',
        passphrase: PASSPHRASE,
      })
      const mail = await mailOf(page)
      expect(mail.subject).toBe(en.created.mailSubject)
      expect(mail.body.split('\r\n')).toContain(`<${link}>`)
      expect(mail.body).toContain(en.created.mailPassphrase)
      expect(mail.href).not.toContain(PASSPHRASE)
      expect(mail.body).not.toContain(PASSPHRASE)
      // With a passphrase, the page says it is not included, and the mail link points to that.
      expect(await page.locator(SHARE_HINT).textContent()).toBe(en.created.sharePassphrase)
      const hintId = await page.locator(SHARE_HINT).getAttribute('id')
      expect(await page.locator(MAIL).getAttribute('aria-describedby')).toBe(hintId)
      // No Web Share API here (Chromium on Linux): no Share button either.
      const native = await page.evaluate(() => typeof navigator.share === 'function')
      expect(await page.locator('main .share-actions button').count()).toBe(native ? 1 : 0)
      // Nothing of the mail ever reached the server.
      expect(ctx.probe.requests.filter((r) => r.url.includes('mailto'))).toEqual([])
      await ctx.close()
    })

    it('shares the link only through navigator.share, in the page language', async () => {
      const ctx = await app.context({ locale: 'ru-RU' })
      const page = await ctx.page()
      await page.addInitScript(stubShare)
      const { link } = await createInUi(page, app.server.url, { text: 'shared secret' })
      const mail = await mailOf(page)
      expect(mail.subject).toBe(ru.created.mailSubject)
      expect(mail.body.split('\r\n')).toContain(`<${link}>`)
      expect(mail.body).not.toContain(ru.created.mailPassphrase)
      expect(await page.locator(SHARE_HINT).count()).toBe(0)

      const share = page.locator('main .share-actions button')
      expect(await share.textContent()).toBe(ru.created.share)
      await share.click()
      expect(await sharedData(page)).toEqual([{ url: link }])
      await ctx.close()
    })

    it('leaves the passphrase out of what it shares, and says so', async () => {
      const ctx = await app.context({ locale: 'en-GB' })
      const page = await ctx.page()
      await page.addInitScript(stubShare)
      const { link } = await createInUi(page, app.server.url, {
        text: 'shared with a passphrase',
        passphrase: PASSPHRASE,
      })
      const share = page.locator('main .share-actions button')
      await share.click()
      expect(await sharedData(page)).toEqual([{ url: link }])
      const hintId = await page.locator(SHARE_HINT).getAttribute('id')
      expect(await share.getAttribute('aria-describedby')).toBe(hintId)
      expect(await page.locator(SEL.shareLink).inputValue()).toBe(link)
      await ctx.close()
    })
  },
)
