import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Messages } from '../../web/src/i18n/messages.ts'
import en from '../../web/src/locales/en.ts'
import { chromiumAvailable } from '../support/browser.js'
import {
  axeViolations,
  horizontalOverflow,
  openLink,
  pressReveal,
  revealedText,
  screenshot,
  SEL,
  useWebApp,
} from './web-flows.js'

/** The twelve languages beyond English, Russian and Ukrainian, each as a browser asks for it. */
const LOCALES = {
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  'pt-BR': 'pt-BR',
  it: 'it-IT',
  pl: 'pl-PL',
  nl: 'nl-NL',
  tr: 'tr-TR',
  'zh-CN': 'zh-CN',
  ja: 'ja-JP',
  ko: 'ko-KR',
  ar: 'ar-EG',
} as const

const SECRET = '7f3a-9c21-40be'
const PASSPHRASE = 'correct-horse-7'

type Leaf = readonly [path: string, forms: readonly string[]]

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [[path, [node]]]
  const record = node as Record<string, unknown>
  if (typeof record.other === 'string') return [[path, Object.values(record) as string[]]]
  return Object.entries(record).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  )
}

/**
 * The English texts a page in `messages`' language must not show: every
 * literal piece of an English message (between its placeholders) with a word
 * in it, unless the language's own message for that key says the same
 * (the brand; web/test/locales.test.ts holds each catalogue to its short list
 * of such messages, so a message left in English fails there).
 */
function englishPieces(messages: Messages): RegExp[] {
  const own = new Map(leaves(messages))
  const pieces = new Set<string>()
  for (const [path, forms] of leaves(en)) {
    const translated = (own.get(path) ?? []).join('\n')
    for (const form of forms) {
      for (const piece of form.split(/\{\w+\}/).map((p) => p.trim())) {
        if (/[A-Za-z]{3,}/.test(piece) && !translated.includes(piece)) pieces.add(piece)
      }
    }
  }
  // Whole words only: "Secret" is not in "Secreto".
  return [...pieces].map(
    (p) => new RegExp(`(?<!\\p{L})${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'),
  )
}

/** Everything a person or a screen reader can get from the page: text, labels, title. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.textContent ?? '']
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(name)
        if (value) parts.push(value)
      }
    }
    return parts.join('\n')
  })
}

describe.skipIf(!chromiumAvailable)('web client in twelve more languages', () => {
  const app = useWebApp()
  const timings: string[] = []

  for (const [code, tag] of Object.entries(LOCALES)) {
    it(`runs create → reveal in ${code} (${tag}) without a word of English`, async () => {
      const started = Date.now()
      const messages = ((await import(`../../web/src/locales/${code}.ts`)) as { default: Messages })
        .default
      const english = englishPieces(messages)
      // The detector itself works: it would catch the English heading.
      expect(english.some((piece) => piece.test(en.create.title))).toBe(true)
      const rtl = code === 'ar'
      const ctx = await app.context({ locale: tag, viewport: { width: 360, height: 780 } })
      const page = await ctx.page()
      const found: string[] = []
      const problems: string[] = []
      /** Collects any English on the page and sideways scrolling at 360 px; in Arabic also axe and a screenshot. */
      const check = async (name: string): Promise<void> => {
        const text = await pageText(page)
        for (const piece of english) if (piece.test(text)) found.push(`${name}: ${piece.source}`)
        const overflow = await horizontalOverflow(page)
        if (overflow > 0) problems.push(`${name}: ${overflow} px of sideways scrolling`)
        if (!rtl) return
        problems.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`))
        await screenshot(page, `web-ar-${name}-360`)
      }

      await page.goto(`${app.server.url}/`)
      await page.locator(SEL.secret).waitFor()
      expect(await page.locator(SEL.heading).textContent()).toBe(messages.create.title)
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual([tag, rtl ? 'rtl' : 'ltr'])
      expect(await page.locator(SEL.language).inputValue()).toBe(code)
      await page.locator(SEL.secret).fill(SECRET)
      await page.locator(SEL.passphrase).fill(PASSPHRASE)
      await page
        .locator(SEL.fileInput)
        .setInputFiles({ name: 'notes-1.txt', mimeType: 'text/plain', buffer: Buffer.from('x') })
      await page.locator(SEL.fileRows).first().waitFor()
      await check('create')
      if (rtl) {
        // Mirrored: the brand sits at the right of the header, the file's Remove button left of its name.
        const brand = await page.locator('header .brand').boundingBox()
        expect(brand && brand.x + brand.width).toBeGreaterThan(300)
        const name = await page.locator(`${SEL.fileRows} .file-name`).first().boundingBox()
        const remove = await page.locator(`${SEL.fileRows} button`).first().boundingBox()
        expect(remove && name && remove.x < name.x).toBe(true)
      }

      await page.locator(SEL.submit).click()
      await page.locator(SEL.shareLink).waitFor({ timeout: 60_000 })
      expect(await page.locator(SEL.heading).textContent()).toBe(messages.created.title)
      await check('created')
      if (rtl) {
        // The links read left to right inside the right-to-left page.
        const dir = await page
          .locator(SEL.shareLink)
          .evaluate((el) => getComputedStyle(el).direction)
        expect(dir).toBe('ltr')
      }
      const link = await page.locator(SEL.shareLink).inputValue()

      expect(await openLink(page, link)).toBe(messages.reveal.title)
      await check('reveal')
      await pressReveal(page, PASSPHRASE)
      expect(await page.locator(SEL.heading).textContent()).toBe(messages.reveal.revealedTitle)
      expect(await revealedText(page)).toBe(SECRET)
      await check('revealed')

      expect(found).toEqual([])
      expect(problems).toEqual([])
      expect(ctx.probe.cspViolations).toEqual([])
      expect(ctx.probe.consoleErrors).toEqual([])
      await ctx.close()
      timings.push(`${code} ${((Date.now() - started) / 1000).toFixed(1)} s`)
      if (timings.length === Object.keys(LOCALES).length) {
        console.log(`create → reveal per language: ${timings.join(', ')}`)
      }
    })
  }
})
