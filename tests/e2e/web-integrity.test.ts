import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  chromiumAvailable,
  launchChromium,
  probeContext,
  type PageProbe,
} from '../support/browser.js'
import { PERMISSIVE_LIMITS, REPO_ROOT, startServer } from '../support/server.js'
import { apiCalls, HEADINGS, SEL } from './web-flows.js'

const DIST = join(REPO_ROOT, 'web', 'dist')
/** The problem a page shows when part of it did not load or verify (en.ts problem.pageFailed…). */
const PAGE_FAILED_TITLE = 'Something went wrong in this page'
const PAGE_FAILED = `${PAGE_FAILED_TITLE}. Reload the page and try again.`

/** A copy of the built client with one asset changed after the build (valid JS, other bytes). */
function tamperedDist(asset: RegExp): string {
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-sri-'))
  cpSync(DIST, dir, { recursive: true })
  const name = readdirSync(join(dir, 'assets')).find((f) => asset.test(f))
  if (!name) throw new Error(`no asset matches ${asset}`)
  appendFileSync(join(dir, 'assets', name), '\n/* tampered */\n')
  // The served bytes are what an attacker changes: drop the untouched precompressed copies.
  for (const suffix of ['.br', '.gz']) rmSync(join(dir, 'assets', name + suffix), { force: true })
  return dir
}

describe.skipIf(!chromiumAvailable)('web client: Subresource Integrity in real Chromium', () => {
  /** A fresh Chromium page, with its requests and console recorded, on a server of a tampered build. */
  async function withTampered(
    asset: RegExp,
    run: (page: Page, probe: PageProbe, url: string) => Promise<void>,
    options: BrowserContextOptions = {},
  ): Promise<void> {
    const server = await startServer({
      env: { ...PERMISSIVE_LIMITS, WEB_DIST: tamperedDist(asset) },
    })
    const chromium = await launchChromium()
    try {
      const ctx = await chromium.browser.newContext(options)
      const probe = await probeContext(ctx)
      await run(await ctx.newPage(), probe, server.url)
    } finally {
      await chromium.close()
      await server.stop()
    }
  }

  it('refuses a tampered app script: nothing of the app runs', async () => {
    await withTampered(/^index-.*\.js$/, async (page, probe, url) => {
      await page.goto(`${url}/`)
      await page.waitForTimeout(500)
      expect(await page.locator(SEL.secret).count()).toBe(0)
      expect(apiCalls(probe)).toEqual([])
      expect(probe.consoleErrors.join('\n')).toMatch(/integrity/)
    })
  })

  it('refuses a tampered libsodium: nothing is encrypted or sent', async () => {
    await withTampered(/^sodium-(?!sumo).*\.js$/, async (page, probe, url) => {
      await page.goto(`${url}/`)
      await page.locator(SEL.secret).fill('must not leave')
      await page.locator(SEL.submit).click()
      await page.locator(`${SEL.error}:not(:empty)`).waitFor()
      expect(await page.locator(SEL.shareLink).count()).toBe(0)
      // The limits come embedded in the page: no request at all.
      expect(apiCalls(probe)).toEqual([])
      expect(probe.consoleErrors.join('\n')).toMatch(/integrity/)
    })
  })

  it('verifies the Argon2 build only when a passphrase needs it', async () => {
    await withTampered(/^sodium-sumo-.*\.js$/, async (page, probe, url) => {
      // Without a passphrase the tampered chunk is never fetched, so creating works.
      await page.goto(`${url}/`)
      await page.locator(SEL.secret).fill('plain')
      await page.locator(SEL.submit).click()
      await page.locator(SEL.shareLink).waitFor()
      expect(probe.requests.some((r) => r.url.includes('sodium-sumo'))).toBe(false)

      await page.goto(`${url}/`)
      await page.locator(SEL.secret).fill('with a passphrase')
      await page.locator(SEL.passphrase).fill('some passphrase')
      await page.locator(SEL.submit).click()
      await page.locator(`${SEL.error}:not(:empty)`).waitFor()
      expect(await page.locator(SEL.shareLink).count()).toBe(0)
      expect(apiCalls(probe).filter((c) => c.startsWith('POST'))).toHaveLength(1)
      expect(probe.consoleErrors.join('\n')).toMatch(/integrity/)
    })
  })

  it('refuses a tampered page loaded on demand: no link is made without the page to show it', async () => {
    // The code of the page that shows a new link (page-created re-exports it).
    await withTampered(/^created-.*\.js$/, async (page, probe, url) => {
      await page.goto(`${url}/`)
      // Typing fetches it; submitting waits for it before anything is encrypted or sent.
      await page.locator(SEL.secret).fill('never sent')
      await page.locator(SEL.submit).click()
      await page.locator(`${SEL.error}:not(:empty)`).waitFor()
      expect(await page.locator(SEL.error).textContent()).toContain(PAGE_FAILED)
      expect(await page.locator(SEL.shareLink).count()).toBe(0)
      expect(apiCalls(probe).filter((c) => c.startsWith('POST'))).toEqual([])
      expect(probe.consoleErrors.join('\n')).toMatch(/integrity/)
    })
  })

  it('shows a problem page, not a blank one, when a page cannot be fetched', async () => {
    const server = await startServer({ env: PERMISSIVE_LIMITS })
    const chromium = await launchChromium()
    try {
      const ctx = await chromium.browser.newContext()
      const page = await ctx.newPage()
      await page.route(/\/assets\/page-about-/, (route) => route.abort('internetdisconnected'))
      // Straight to the address, and from a link in the page.
      for (const open of [
        () => page.goto(`${server.url}/about`),
        async () => {
          await page.goto(`${server.url}/`)
          await page.locator(SEL.secret).waitFor()
          await page.locator(SEL.aboutLink).click()
        },
      ]) {
        await open()
        await page.locator('main [data-problem]').waitFor()
        expect(await page.locator(SEL.heading).textContent()).toBe(PAGE_FAILED_TITLE)
        // Trying again reloads: once the network is back, the page is there.
        await page.unroute(/\/assets\/page-about-/)
        await page.getByRole('button', { name: 'Try again' }).click()
        await page.locator(SEL.heading).filter({ hasText: HEADINGS.about }).waitFor()
        await page.route(/\/assets\/page-about-/, (route) => route.abort('internetdisconnected'))
      }
    } finally {
      await chromium.close()
      await server.stop()
    }
  })

  it('refuses a tampered language chunk and stays in English', async () => {
    await withTampered(
      /^locale-de-.*\.js$/,
      async (page, probe, url) => {
        await page.goto(`${url}/`)
        await page.locator(SEL.secret).waitFor()
        expect(await page.locator(SEL.heading).textContent()).toBe('Share a secret')
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
        expect(probe.consoleErrors.join('\n')).toMatch(/integrity/)
      },
      { locale: 'de-DE' },
    )
  })
})
