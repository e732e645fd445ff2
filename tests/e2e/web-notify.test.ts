/**
 * Issue 16: "e-mail me when it is opened" in the web client. The field is
 * there only when the server sends e-mail; the address typed there reaches a
 * real SMTP server once the link is opened, in the page's language, and
 * appears in no request but the create.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../support/browser.js'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { startMailbox } from '../support/smtp.js'
import { enterSecret, HEADINGS, heading, openLink, pressReveal, SEL } from './web-flows.js'

const ADDRESS = 'web-creator@example.com'
const NOTIFY = 'input[name=notify-email]'

describe.skipIf(!chromiumAvailable)('web client: e-mail when it is opened', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>> | undefined
  let mailing: RunningServer | undefined
  let plain: RunningServer | undefined
  let chromium: LaunchedBrowser | undefined
  beforeAll(async () => {
    mailbox = await startMailbox()
    const smtp = { SMTP_URL: mailbox.url, SMTP_FROM: 'noreply@hushlink.test' }
    ;[mailing, plain, chromium] = await Promise.all([
      startServer({ env: { ...PERMISSIVE_LIMITS, ...smtp } }),
      startServer({ env: PERMISSIVE_LIMITS }),
      launchChromium(),
    ])
  })
  afterAll(async () => {
    await chromium?.close()
    await Promise.all([mailing?.stop(), plain?.stop()])
    await mailbox?.close()
  })

  it('offers the field only where the server sends e-mail, and the e-mail arrives', async () => {
    const browser = chromium?.browser
    const [server, other, box] = [mailing, plain, mailbox]
    if (!browser || !server || !other || !box) throw new Error('not started')
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(`${other.url}/`)
      await page.locator(SEL.secret).waitFor()
      expect(await page.locator(NOTIFY).count()).toBe(0)

      const creator = await context.newPage()
      const bodies: string[] = []
      creator.on('request', (r) => bodies.push(`${r.url()} ${r.postData() ?? ''}`))
      await creator.goto(`${server.url}/`)
      await enterSecret(creator, 'tell me when')
      await creator.locator(NOTIFY).fill(ADDRESS)
      await creator.locator(SEL.submit).click()
      await creator.locator(SEL.shareLink).waitFor({ timeout: 60_000 })
      const link = await creator.locator(SEL.shareLink).inputValue()
      expect(box.mails).toHaveLength(0)

      const recipient = await context.newPage()
      expect(await openLink(recipient, link)).toBe(HEADINGS.waiting)
      await pressReveal(recipient)
      expect(await heading(recipient)).toBe(HEADINGS.revealed)
      await expect.poll(() => box.mails.length, { timeout: 20_000 }).toBe(1)
      expect(box.mails[0]?.to).toEqual([ADDRESS])
      expect(box.mails[0]?.parsed.subject).toBe('Your secret was opened')
      // The address went up with the create request only.
      const carrying = bodies.filter((b) => b.includes(ADDRESS))
      expect(carrying).toHaveLength(1)
      expect(carrying[0]).toContain('/api/v1/secrets')
    } finally {
      await context.close()
    }
  })
})
