import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import {
  capture,
  createInUi,
  heading,
  HEADINGS,
  openLink,
  pressReveal,
  revealedText,
  SEL,
  useWebApp,
} from './web-flows.js'

/** Every state a page of the client can be in, reached by really using it. */
const STATES = [
  'create',
  'create-filled',
  'create-files',
  'create-uploading',
  'revealed-files',
  'created',
  'receipt-active',
  'reveal-waiting-passphrase',
  'reveal-wrong-passphrase',
  'revealed',
  'receipt-partly',
  'reveal-waiting',
  'revealed-last',
  'gone',
  'receipt-viewed',
  'corrupted',
  'receipt-corrupted',
  'receipt-burn-confirm',
  'receipt-burned',
  'problem-unavailable',
  'problem-rate-limited',
  'not-found',
  'about',
] as const

const MiB = 1024 * 1024
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-web-screens-'))

/** A file of `size` bytes that takes no disk: the page reads only what it uploads (zeros). */
function sparseFile(name: string, size: number): string {
  const path = join(scratch, name)
  writeFileSync(path, '')
  truncateSync(path, size)
  return path
}

function apiError(status: number, code: string, headers: Record<string, string> = {}) {
  return {
    status,
    headers,
    contentType: 'application/json',
    body: JSON.stringify({ error: { code, message: 'simulated' } }),
  }
}

describe.skipIf(!chromiumAvailable)(
  'web client: every page and state at 360 and 1280 px, light and dark, checked by axe',
  () => {
    const app = useWebApp()

    it('has no sideways scrolling, no serious or critical axe finding and no CSP violation anywhere', async () => {
      const ctx = await app.context()
      const page = await ctx.page()
      const base = app.server.url
      const seen: string[] = []
      const problems: string[] = []
      const record = async (name: (typeof STATES)[number]): Promise<void> => {
        seen.push(name)
        problems.push(...(await capture(page, name)))
      }

      await page.goto(`${base}/`)
      await page.locator(SEL.secret).waitFor()
      await record('create')
      await page.locator(SEL.secret).fill('postgres://app:9f2K…@db.internal:5432/prod')
      await page.locator('details.generator summary').click()
      await page.getByRole('button', { name: 'Generate a passphrase' }).click()
      await record('create-filled')

      const passphrase = await page.locator(SEL.passphrase).inputValue()
      const longName = 'quarterly-database-export-for-the-auditors-do-not-forward-2024-final.sql.gz'
      await page
        .locator(SEL.fileInput)
        .setInputFiles([sparseFile(longName, 101 * MiB), sparseFile('id_ed25519', 6 * MiB)])
      await page.locator(`${SEL.fileRows}.over`).waitFor()
      await record('create-files')
      await page.getByRole('button', { name: `Remove ${longName}` }).click()
      // The first part is held, so the bars are caught half-way.
      let release = (): void => undefined
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route('**/api/v1/uploads/*/parts', async (route) => {
        await held
        await route.continue()
      })
      await page.locator(SEL.submit).click()
      await page.locator(`${SEL.transfer} [data-phase=uploading]`).waitFor()
      await page.waitForFunction(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-phase=encrypting] progress')
        return bar !== null && bar.value > 0
      })
      await record('create-uploading')
      release()
      await page.locator(SEL.shareLink).waitFor({ timeout: 30_000 })
      await page.unroute('**/api/v1/uploads/*/parts')
      await openLink(page, await page.locator(SEL.shareLink).inputValue())
      await pressReveal(page, passphrase)
      await page.getByRole('button', { name: /^Save id_ed25519/ }).waitFor()
      await record('revealed-files')

      const guarded = await createInUi(page, base, {
        text: 'postgres://app:9f2K@db.internal:5432/prod\nrotate after use',
        passphrase,
        views: 2,
      })
      await page.locator(SEL.qr).waitFor()
      await record('created')

      await openLink(page, guarded.receiptLink)
      await record('receipt-active')
      await openLink(page, guarded.link)
      await record('reveal-waiting-passphrase')
      await pressReveal(page, 'wrong')
      await record('reveal-wrong-passphrase')
      await pressReveal(page, passphrase)
      await record('revealed')
      await openLink(page, guarded.receiptLink)
      await record('receipt-partly')

      const once = await createInUi(page, base, { text: 'one view only' })
      await openLink(page, once.link)
      await record('reveal-waiting')
      await pressReveal(page)
      await record('revealed-last')
      expect(await openLink(page, once.link)).toBe(HEADINGS.gone)
      await record('gone')
      await openLink(page, once.receiptLink)
      await record('receipt-viewed')

      await openLink(page, `${base}/s/AAAAAAAAAAAAAAAAAAAAAA#broken`)
      await record('corrupted')
      await openLink(page, `${base}/r/AAAAAAAAAAAAAAAAAAAAAA#broken`)
      await record('receipt-corrupted')

      await openLink(page, guarded.receiptLink)
      await page.getByRole('button', { name: 'Burn now' }).click()
      await record('receipt-burn-confirm')
      await page.getByRole('button', { name: 'Yes, destroy it' }).click()
      await page.locator('main [data-state=burned]').waitFor()
      await record('receipt-burned')

      // Server trouble, simulated at the network layer: a page without its embedded limits asks
      // the API for them, which fails; the page must explain it and offer a retry.
      await page.route(`${base}/`, async (route) => {
        const response = await route.fetch()
        const body = (await response.text()).replace(
          /<script type="application\/json"[^>]*>.*?<\/script>/,
          '',
        )
        await route.fulfill({ response, body })
      })
      await page.route('**/api/v1/config', (route) => route.fulfill(apiError(503, 'unavailable')))
      await openLink(page, `${base}/`)
      expect(await heading(page)).toBe('The service is unavailable')
      await expectRetryButton(page)
      await record('problem-unavailable')
      await page.unroute('**/api/v1/config')
      await page.unroute(`${base}/`)

      const limited = await createInUi(page, base, { text: 'rate limited' })
      await page.route('**/claim', (route) =>
        route.fulfill(apiError(429, 'rate_limited', { 'retry-after': '120' })),
      )
      await openLink(page, limited.link)
      await pressReveal(page)
      expect(await heading(page)).toBe('Too many requests')
      expect(await page.locator(SEL.problem).textContent()).toContain('in 2 minutes')
      await expectRetryButton(page)
      await record('problem-rate-limited')
      await page.unroute('**/claim')
      // Nothing was used up: Try again goes back to the waiting secret, which still opens.
      await page.getByRole('button', { name: 'Try again' }).click()
      await page.locator(SEL.heading, { hasText: HEADINGS.waiting }).waitFor()
      await pressReveal(page)
      expect(await revealedText(page)).toBe('rate limited')

      // The server will serve the page for unknown paths (with status 404); until then, so does this route.
      await page.route('**/no/such/page', async (route) =>
        route.fulfill({ response: await route.fetch({ url: `${base}/` }), status: 404 }),
      )
      expect(await openLink(page, `${base}/no/such/page`)).toBe(HEADINGS.notFound)
      await record('not-found')

      await openLink(page, `${base}/`)
      await page.locator(SEL.aboutLink).click()
      expect(await heading(page)).toBe(HEADINGS.about)
      await record('about')

      expect(seen).toEqual([...STATES])
      expect(problems).toEqual([])
      expect(ctx.probe.cspViolations).toEqual([])
      await ctx.close()
    })
  },
)

async function expectRetryButton(page: Page): Promise<void> {
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1)
}
