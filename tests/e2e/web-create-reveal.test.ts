import { decodeBase64url } from '@hushlink/shared'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import {
  apiCalls,
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

/** A deterministic 100 KB text with newlines, so failures are reproducible. */
function bigText(bytes: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_'
  let x = 2463534242
  let out = ''
  while (out.length < bytes) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out += (out.length + 1) % 80 === 0 ? '\n' : alphabet[(x >>> 0) % alphabet.length]
  }
  return out
}

const TEXTS = {
  ascii: 'db-password: Tr0ub4dor&3 / user: admin@example.org / port 5432',
  unicode: 'pässwörd 🔑🗝️ 👩‍👩‍👧‍👦 日本語 — ünïcödé\n  second line\twith a tab\n',
  large: bigText(100 * 1024),
} as const

/** Strings that must never appear on the wire: the plaintext or a recognisable piece of it. */
function plaintextMarkers(text: string): string[] {
  if (text.length <= 200) return [text, ...text.split(/\s+/).filter((w) => w.length >= 8)]
  return [text.slice(0, 64), text.slice(50_000, 50_064), text.slice(-64)]
}

/** The link key in every encoding a careless client might send it in. */
function keyMarkers(link: string): string[] {
  const key = fragmentOf(link).replace(/\.p$/, '')
  const bytes = decodeBase64url(key)
  return [key, Buffer.from(bytes).toString('hex'), Buffer.from(bytes).toString('base64')]
}

describe.skipIf(!chromiumAvailable)('web client: create → reveal in real Chromium', () => {
  const app = useWebApp()
  const context = (): ReturnType<typeof app.context> => app.context()

  async function metaStatus(link: string): Promise<number> {
    const id = new URL(link).pathname.split('/')[2]
    return (await fetch(`${app.server.url}/api/v1/secrets/${id}`)).status
  }

  it('round-trips ASCII, emoji and 100 KB text exactly between two fresh contexts, once', async () => {
    const creator = await context()
    const recipient = await context()
    const markers: string[] = []
    for (const [name, text] of Object.entries(TEXTS)) {
      const page = await creator.page()
      const { link, receiptLink } = await createInUi(page, app.server.url, { text })
      expect(link, name).toMatch(
        new RegExp(`^${app.server.url}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`),
      )
      // The create page forgets the secret once the link is shown.
      expect(await page.locator(SEL.secret).count()).toBe(0)

      const first = await recipient.page()
      expect(await openLink(first, link), name).toBe(HEADINGS.waiting)
      expect(await first.locator(SEL.exposed).count(), 'an intact link warns of nothing').toBe(0)
      expect(first.url(), 'the key leaves the address bar').toBe(new URL(link).href.split('#')[0])
      await pressReveal(first)
      expect(await heading(first), name).toBe(HEADINGS.revealed)
      expect(await revealedText(first), name).toBe(text)

      const second = await recipient.page()
      expect(await openLink(second, link), `${name}: second open`).toBe(HEADINGS.gone)
      markers.push(...keyMarkers(link), ...plaintextMarkers(text), fragmentOf(receiptLink))
    }

    for (const probe of [creator.probe, recipient.probe]) {
      expect(leaks(probe, app.server.url, markers)).toEqual([])
      expect(probe.cspViolations).toEqual([])
    }
    // The page logs nothing; Chromium itself logs the metadata 404 of each second open.
    expect(creator.probe.consoleErrors).toEqual([])
    expect(recipient.probe.consoleErrors).toEqual(
      Array(3).fill(
        'Failed to load resource: the server responded with a status of 404 (Not Found)',
      ),
    )
    // Exactly one claim per secret, all from the recipient; the creator only created.
    expect(apiCalls(recipient.probe).filter((c) => c.endsWith('/claim'))).toHaveLength(3)
    expect(apiCalls(creator.probe).filter((c) => c.startsWith('POST'))).toEqual(
      Array(3).fill('POST /api/v1/secrets'),
    )
  })

  it('copies the link on click and announces each step to screen readers', async () => {
    const ctx = await context()
    const page = await ctx.page()
    const live = page.locator('#live')
    const { link } = await createInUi(page, app.server.url, { text: TEXTS.ascii })
    await live.filter({ hasText: 'Link created' }).waitFor()
    await page.locator('.copy button').first().click()
    await page.locator('.copy-status', { hasText: 'Copied' }).first().waitFor()
    await live.filter({ hasText: 'Copied to the clipboard' }).waitFor()
    // Paste it back like a person would (the page itself may not read the clipboard).
    const paste = await ctx.page()
    await paste.goto(`${app.server.url}/`)
    await paste.locator(SEL.secret).focus()
    await paste.keyboard.press('ControlOrMeta+V')
    expect(await paste.locator(SEL.secret).inputValue()).toBe(link)

    const recipient = await ctx.page()
    await openLink(recipient, link)
    await pressReveal(recipient)
    await recipient.locator('#live').filter({ hasText: 'Secret revealed' }).waitFor()
    expect(ctx.probe.cspViolations).toEqual([])
  })

  it('shows hostile text inert: no markup, no links, no requests', async () => {
    const text =
      '<img src=x onerror="fetch(\'/pwned\')"><a href="https://example.com/">click</a> https://example.com/x javascript:alert(1)'
    const creator = await context()
    const recipient = await context()
    const { link } = await createInUi(await creator.page(), app.server.url, { text })
    const page = await recipient.page()
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await openLink(page, link)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(text)
    expect(await page.locator('main a[href*="example.com"], main img').count()).toBe(0)
    expect(dialogs).toBe(0)
    expect(
      recipient.probe.requests.some(
        (r) => r.url.includes('pwned') || r.url.includes('example.com'),
      ),
    ).toBe(false)
    expect(recipient.probe.cspViolations).toEqual([])
  })

  it('leaves the secret claimable after a visit that does not click', async () => {
    const creator = await context()
    const { link } = await createInUi(await creator.page(), app.server.url, { text: TEXTS.ascii })

    const bot = await context()
    const preview = await bot.page()
    expect(await openLink(preview, link)).toBe(HEADINGS.waiting)
    await preview.waitForTimeout(300)
    await preview.close()
    expect(apiCalls(bot.probe)).toEqual([expect.stringMatching(/^GET \/api\/v1\/secrets\//)])
    expect(await metaStatus(link)).toBe(200)

    const recipient = await context()
    const page = await recipient.page()
    await openLink(page, link)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(TEXTS.ascii)
  })

  it('calls a corrupted link corrupted without a single API request', async () => {
    const creator = await context()
    const { link } = await createInUi(await creator.page(), app.server.url, { text: TEXTS.ascii })
    const url = new URL(link)
    const key = fragmentOf(link)
    const id = url.pathname.split('/')[2] as string
    const mangled = [
      `${app.server.url}/s/${id}#${key.slice(0, -1)}`,
      `${app.server.url}/s/${id}#${key}x`,
      `${app.server.url}/s/${id}#${key.slice(0, -1)}B`, // non-canonical last character
      `${app.server.url}/s/${id}#${key.slice(0, 20)}*${key.slice(21)}`,
      `${app.server.url}/s/${id}`,
      `${app.server.url}/s/${id.slice(1)}#${key}`,
      `${app.server.url}/s/${id}%23`,
    ]
    const visitor = await context()
    for (const bad of mangled) {
      const page = await visitor.page()
      expect(await openLink(page, bad), bad).toBe(HEADINGS.corrupted)
      expect(page.url(), bad).not.toContain('#')
      await page.close()
    }
    expect(apiCalls(visitor.probe)).toEqual([])
    expect(visitor.probe.cspViolations).toEqual([])
    expect(visitor.probe.consoleErrors).toEqual([])
    // None of that spent the real link.
    expect(await metaStatus(link)).toBe(200)
  })

  it('opens a link whose # a mail gateway rewrote as %23, warns that its key was exposed, and cleans the address bar', async () => {
    const creator = await context()
    const { link } = await createInUi(await creator.page(), app.server.url, { text: TEXTS.unicode })
    const recipient = await context()
    const page = await recipient.page()
    const rewritten = link.replace('#', '%23')
    expect(await openLink(page, rewritten)).toBe(HEADINGS.waiting)
    expect(page.url()).toBe(link.split('#')[0])
    // The key went to the server and every proxy on the way: the recipient is told so, plainly.
    const warning = /sent with its key visible.*treat this secret as exposed/s
    expect(await page.locator(SEL.exposed).textContent()).toMatch(warning)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(TEXTS.unicode)
    expect(await page.locator(SEL.exposed).textContent()).toMatch(warning)
    // The rewritten link itself carried the key to the server; nothing after it may.
    const after = recipient.probe.requests.filter((r) => r.url !== rewritten)
    expect(
      leaks({ ...recipient.probe, requests: after }, app.server.url, keyMarkers(link)),
    ).toEqual([])
    expect(app.server.logs.join('\n')).not.toContain(fragmentOf(link))
  })

  it('does not show the plaintext again after leaving the page and coming back', async () => {
    const creator = await context()
    const { link } = await createInUi(await creator.page(), app.server.url, { text: TEXTS.ascii })
    const recipient = await context()
    const page = await recipient.page()
    await openLink(page, link)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(TEXTS.ascii)
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).waitFor()
    await page.goBack()
    await page
      .locator(SEL.heading)
      .filter({ hasNotText: /Checking|Your secret/ })
      .waitFor()
    // Restored from the back/forward cache → "no longer shown"; reloaded → the key is gone → corrupted.
    expect([HEADINGS.shown, HEADINGS.corrupted]).toContain(await heading(page))
    expect(await page.locator('body').innerText()).not.toContain('Tr0ub4dor')
    const values = await page
      .locator('textarea, input')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(values.join('')).not.toContain('Tr0ub4dor')
  })

  it('serves index.html with integrity on every script and stylesheet, and registers no service worker', async () => {
    const html = await (await fetch(`${app.server.url}/`)).text()
    // Scripts that run (not the JSON data block of the instance limits, which is never executed).
    const tags =
      html.match(
        /<script\b(?![^>]*type="application\/json")[^>]*>|<link\b[^>]*rel="(?:stylesheet|modulepreload)"[^>]*>/g,
      ) ?? []
    expect(tags.length).toBeGreaterThanOrEqual(3)
    for (const tag of tags) expect(tag).toMatch(/integrity="sha384-[A-Za-z0-9+/]{64}"/)
    const visitor = await context()
    const page = await visitor.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).waitFor()
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0)
  })
})
