/**
 * A private instance in real Chromium (issue 6, acceptance 2): with
 * CREATE_REQUIRES_API_KEY=true the create page asks for a key, refuses
 * without a valid one in clear words, works with one, and the recipient
 * reads without any key. The key is made with the built `hushlink-admin`.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApiKey } from '../support/api-keys.js'
import { chromiumAvailable } from '../support/browser.js'
import { PERMISSIVE_LIMITS } from '../support/server.js'
import {
  apiCalls,
  heading,
  HEADINGS,
  leaks,
  openLink,
  pressReveal,
  revealedText,
  SEL,
  useWebApp,
} from './web-flows.js'

const KEY_FIELD = 'input[name=api-key]'
const REMEMBER = 'input[name=remember-api-key]'
const STORED = 'hushlink:api-key'

/** Presses "Create link" and waits until the form is idle again (refused) or gone (created). */
async function submit(page: Page): Promise<void> {
  await page.locator(SEL.submit).click()
  await page.waitForFunction(
    ({ error, shareLink }) =>
      !document.querySelector('form[aria-busy=true]') &&
      ((document.querySelector(error)?.textContent ?? '') !== '' ||
        document.querySelector(shareLink) !== null),
    { error: SEL.error, shareLink: SEL.shareLink },
    { timeout: 30_000 },
  )
}

async function errorText(page: Page): Promise<string> {
  return (await page.locator(SEL.error).textContent()) ?? ''
}

/** The remembered key, or null; `until` is when the page forgets it. */
async function storedKey(page: Page): Promise<string | null> {
  return (await stored(page))?.key ?? null
}

async function stored(page: Page): Promise<{ key: string; until: number } | null> {
  const raw = await page.evaluate((name) => localStorage.getItem(name), STORED)
  return raw === null ? null : (JSON.parse(raw) as { key: string; until: number })
}

const DAY = 86_400_000

describe.skipIf(!chromiumAvailable)('web client: a private instance', () => {
  const app = useWebApp({ ...PERMISSIVE_LIMITS, CREATE_REQUIRES_API_KEY: 'true' })
  let key = ''
  beforeAll(async () => {
    key = await createApiKey(app.server.dataDir, 'team', 'create')
  })

  it('refuses to create without a valid key, creates with one, and the recipient needs none', async () => {
    const creator = await app.context()
    const page = await creator.page()
    const text = 'the staging database password: Zq7-walrus-orbit'
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).fill(text)

    await submit(page)
    expect(await errorText(page)).toBe('Enter your API key first.')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('api-key')

    await page.locator(KEY_FIELD).fill(`hlk_${'x'.repeat(43)}`)
    await submit(page)
    expect(await errorText(page)).toBe(
      'An API key is needed. This server creates secrets only for its members. Check your API key and try again; opening links needs no key.',
    )
    expect(await page.locator(SEL.shareLink).count()).toBe(0)

    await page.locator(KEY_FIELD).fill(key)
    await submit(page)
    const link = await page.locator(SEL.shareLink).inputValue()
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$/)
    // Not ticked: the key stayed in this page's memory only.
    expect(await storedKey(page)).toBeNull()
    // Each key is checked once for admin scope (the create key gets 403), then sent to create.
    expect(apiCalls(creator.probe)).toEqual([
      'GET /api/v1/admin/stats',
      'POST /api/v1/secrets',
      'GET /api/v1/admin/stats',
      'POST /api/v1/secrets',
    ])
    // The key travelled only in a header of the create requests.
    for (const request of creator.probe.requests) expect(request.url).not.toContain(key)

    const recipient = await app.context()
    const reader = await recipient.page()
    expect(await openLink(reader, link)).toBe(HEADINGS.waiting)
    await pressReveal(reader)
    expect(await heading(reader)).toBe(HEADINGS.revealed)
    expect(await revealedText(reader)).toBe(text)
    expect(leaks(recipient.probe, app.server.url, [key, text])).toEqual([])
    for (const probe of [creator.probe, recipient.probe]) expect(probe.cspViolations).toEqual([])
    await creator.close()
    await recipient.close()
  })

  it('remembers the key on this device only when asked to', async () => {
    const context = await app.context()
    const page = await context.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(KEY_FIELD).fill(key)
    await page.locator(REMEMBER).check()
    await page.locator(SEL.secret).fill('remembered')
    await submit(page)
    expect(await page.locator(SEL.shareLink).count()).toBe(1)
    expect(await storedKey(page)).toBe(key)
    // For a week, not for ever.
    const until = (await stored(page))?.until ?? 0
    expect(until).toBeGreaterThan(Date.now() + 6 * DAY)
    expect(until).toBeLessThanOrEqual(Date.now() + 7 * DAY)

    // A new visit finds it filled in; unticking forgets it on the next create.
    await page.goto(`${app.server.url}/`)
    expect(await page.locator(KEY_FIELD).inputValue()).toBe(key)
    expect(await page.locator(REMEMBER).isChecked()).toBe(true)
    expect(await page.locator(KEY_FIELD).getAttribute('type')).toBe('password')
    await page.locator(REMEMBER).uncheck()
    await page.locator(SEL.secret).fill('forgotten')
    await submit(page)
    expect(await page.locator(SEL.shareLink).count()).toBe(1)
    expect(await storedKey(page)).toBeNull()
    await context.close()
  })

  it('forgets a remembered key once it expired, and one stored without an expiry', async () => {
    const context = await app.context()
    const page = await context.page()
    await page.goto(`${app.server.url}/`)
    for (const value of [JSON.stringify({ key, until: Date.now() - 1000 }), key]) {
      await page.evaluate(([name, v]) => localStorage.setItem(name, v), [STORED, value] as const)
      await page.goto(`${app.server.url}/`)
      expect(await page.locator(KEY_FIELD).inputValue()).toBe('')
      expect(await page.locator(REMEMBER).isChecked()).toBe(false)
      expect(await page.evaluate((name) => localStorage.getItem(name), STORED)).toBeNull()
    }
    await context.close()
  })

  it('refuses an admin key: it is neither sent to create nor remembered', async () => {
    const admin = await createApiKey(app.server.dataDir, 'ops', 'admin')
    const context = await app.context()
    const page = await context.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(KEY_FIELD).fill(admin)
    await page.locator(REMEMBER).check()
    await page.locator(SEL.secret).fill('not with this key')
    await submit(page)
    expect(await errorText(page)).toMatch(/^This is an administrator key\. This page refuses it/)
    expect(await page.locator(SEL.shareLink).count()).toBe(0)
    expect(await storedKey(page)).toBeNull()
    expect(apiCalls(context.probe)).toEqual(['GET /api/v1/admin/stats'])
    await context.close()
  })
})
