import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import {
  createInUi,
  HEADINGS,
  openLink,
  pressReveal,
  screenshot,
  SEL,
  useWebApp,
} from './web-flows.js'

const LAYOUTS = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
] as const
const THEMES = ['light', 'dark'] as const

/** Nothing may be wider than the viewport: no sideways scrolling on a phone. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

describe.skipIf(!chromiumAvailable)(
  'web client: every page at 360 and 1280 px, light and dark',
  () => {
    const app = useWebApp()

    for (const theme of THEMES) {
      for (const viewport of LAYOUTS) {
        it(`renders without sideways scrolling or CSP violations (${viewport.width} px, ${theme})`, async () => {
          const ctx = await app.context({ viewport, colorScheme: theme })
          const page = await ctx.page()
          const shots: string[] = []
          const shot = async (name: string): Promise<void> => {
            const file = `web-${name}-${viewport.width}-${theme}`
            expect(await horizontalOverflow(page), file).toBeLessThanOrEqual(0)
            await screenshot(page, file)
            shots.push(file)
          }

          await page.goto(`${app.server.url}/`)
          await page.locator(SEL.secret).waitFor()
          await shot('create')
          await page.locator(SEL.secret).fill('postgres://app:9f2K…@db.internal:5432/prod')
          await page.locator('details.generator summary').click()
          await page.getByRole('button', { name: 'Generate a passphrase' }).click()
          await shot('create-filled')

          const passphrase = await page.locator(SEL.passphrase).inputValue()
          const { link, receiptLink } = await createInUi(page, app.server.url, {
            text: 'postgres://app:9f2K@db.internal:5432/prod\nrotate after use',
            passphrase,
            views: 2,
          })
          await shot('created')

          await openLink(page, receiptLink)
          await shot('receipt-active')

          await openLink(page, link)
          await shot('reveal-waiting')
          await pressReveal(page, 'wrong')
          await shot('reveal-wrong-passphrase')
          await pressReveal(page, passphrase)
          await shot('revealed')

          const once = await createInUi(page, app.server.url, { text: 'one view only' })
          await openLink(page, once.link)
          await pressReveal(page)
          expect(await openLink(page, once.link)).toBe(HEADINGS.gone)
          await shot('gone')
          await openLink(page, once.receiptLink)
          await shot('receipt-viewed')

          await openLink(page, `${app.server.url}/s/AAAAAAAAAAAAAAAAAAAAAA#broken`)
          await shot('corrupted')

          await openLink(page, receiptLink)
          await page.getByRole('button', { name: 'Burn now' }).click()
          await shot('receipt-burn-confirm')

          expect(shots).toHaveLength(11)
          expect(ctx.probe.cspViolations).toEqual([])
          await ctx.close()
        })
      }
    }
  },
)
