import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
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

/** A sample of what each page says in each language, plural forms included. */
const LANGUAGES = {
  en: {
    browser: 'en-US',
    create: 'Share a secret',
    viewOptions: ['1 view', '2 views', '3 views', '5 views', '10 views'],
    ttl: '5 minutes',
    created: 'Your link is ready',
    notice: /can be opened 3 times until .* \(in 1 day\)/,
    receiptActive: 'Not opened yet',
    waiting: 'One secret is waiting for you',
    wrong: 'Wrong passphrase. 4 attempts left before the secret is destroyed.',
    revealed: 'Your secret',
    viewsLeft: 'This link can still be opened 2 times, then it is deleted.',
    gone: 'This secret is not available',
    receiptViewed: 'Opened',
    corrupted: 'This link is corrupted',
    about: 'How Hushlink works',
  },
  ru: {
    browser: 'ru-RU',
    create: 'Поделиться секретом',
    viewOptions: ['1 просмотр', '2 просмотра', '3 просмотра', '5 просмотров', '10 просмотров'],
    ttl: '5 минут',
    created: 'Ссылка готова',
    notice: /можно открыть 3 раза до .* \(через 1 день\)/,
    receiptActive: 'Ещё не открыт',
    waiting: 'Для вас есть секрет',
    wrong: 'Неверная парольная фраза. Осталось 4 попытки, затем секрет будет уничтожен.',
    revealed: 'Ваш секрет',
    viewsLeft: 'Эту ссылку можно открыть ещё 2 раза, затем секрет будет удалён.',
    gone: 'Этот секрет недоступен',
    receiptViewed: 'Открыт',
    corrupted: 'Ссылка повреждена',
    about: 'Как работает Hushlink',
  },
  uk: {
    browser: 'uk-UA',
    create: 'Поділитися секретом',
    viewOptions: ['1 перегляд', '2 перегляди', '3 перегляди', '5 переглядів', '10 переглядів'],
    ttl: '5 хвилин',
    created: 'Посилання готове',
    notice: /можна відкрити 3 рази до .* \(через 1 день\)/,
    receiptActive: 'Ще не відкрито',
    waiting: 'На вас чекає секрет',
    wrong: 'Неправильна парольна фраза. Залишилося 4 спроби, потім секрет буде знищено.',
    revealed: 'Ваш секрет',
    viewsLeft: 'Це посилання можна відкрити ще 2 рази, потім секрет буде видалено.',
    gone: 'Цей секрет недоступний',
    receiptViewed: 'Відкрито',
    corrupted: 'Посилання пошкоджене',
    about: 'Як працює Hushlink',
  },
} as const

const PASSPHRASE = 'lang-test-passphrase'

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim()
}

/** Lists what would scroll sideways at 360 px and saves a screenshot named for the language and page. */
async function snap(page: Page, code: string, name: string, problems: string[]): Promise<void> {
  const overflow = await horizontalOverflow(page)
  if (overflow > 0) problems.push(`${code} ${name}: ${overflow} px of sideways scrolling`)
  await screenshot(page, `web-${code}-${name}-360-light`)
}

describe.skipIf(!chromiumAvailable)('web client: English, Russian and Ukrainian', () => {
  const app = useWebApp()

  for (const [code, expected] of Object.entries(LANGUAGES)) {
    it(`speaks ${code} on every page when the browser prefers ${expected.browser}`, async () => {
      const ctx = await app.context({
        locale: expected.browser,
        viewport: { width: 360, height: 780 },
      })
      const page = await ctx.page()
      const base = app.server.url
      const problems: string[] = []

      await page.goto(`${base}/`)
      await page.locator(SEL.secret).waitFor()
      expect(await text(page, SEL.heading)).toBe(expected.create)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(expected.browser)
      expect(await page.locator(SEL.language).inputValue()).toBe(code)
      expect(await page.locator(`${SEL.views} option`).allTextContents()).toEqual(
        expected.viewOptions,
      )
      expect(await text(page, `${SEL.ttl} option`)).toBe(expected.ttl)
      expect(await axeViolations(page)).toEqual([])
      await snap(page, code, 'create', problems)

      await page.locator(SEL.secret).fill(`secret in ${code}`)
      await page.selectOption(SEL.views, '3')
      await page.locator(SEL.passphrase).fill(PASSPHRASE)
      await page.locator(SEL.submit).click()
      await page.locator(SEL.shareLink).waitFor({ timeout: 30_000 })
      expect(await text(page, SEL.heading)).toBe(expected.created)
      expect(await text(page, 'main .notice')).toMatch(expected.notice)
      await snap(page, code, 'created', problems)
      const link = await page.locator(SEL.shareLink).inputValue()
      const receiptLink = await page.locator(SEL.receiptLink).inputValue()

      await openLink(page, receiptLink)
      expect(await text(page, SEL.heading)).toBe(expected.receiptActive)
      await snap(page, code, 'receipt-active', problems)

      expect(await openLink(page, link)).toBe(expected.waiting)
      await snap(page, code, 'reveal-waiting', problems)
      await pressReveal(page, 'not it')
      expect(await text(page, SEL.error)).toBe(expected.wrong)
      await snap(page, code, 'reveal-wrong-passphrase', problems)
      await pressReveal(page, PASSPHRASE)
      expect(await text(page, SEL.heading)).toBe(expected.revealed)
      expect(await text(page, 'main .notice')).toBe(expected.viewsLeft)
      await snap(page, code, 'revealed', problems)

      // Two more views, then it is gone.
      for (let i = 0; i < 2; i++) {
        await openLink(page, link)
        await pressReveal(page, PASSPHRASE)
      }
      expect(await openLink(page, link)).toBe(expected.gone)
      await snap(page, code, 'gone', problems)
      await openLink(page, receiptLink)
      expect(await text(page, SEL.heading)).toBe(expected.receiptViewed)
      await snap(page, code, 'receipt-viewed', problems)

      expect(await openLink(page, `${base}/s/AAAAAAAAAAAAAAAAAAAAAA#broken`)).toBe(
        expected.corrupted,
      )
      await snap(page, code, 'corrupted', problems)
      await page.locator(SEL.aboutLink).click()
      expect(await text(page, SEL.heading)).toBe(expected.about)
      await snap(page, code, 'about', problems)

      expect(problems).toEqual([])
      expect(ctx.probe.cspViolations).toEqual([])
      await ctx.close()
    })
  }

  it('switches language in place from the header, keeps the secret on screen, and remembers only the code', async () => {
    const ctx = await app.context({ locale: 'en-GB' })
    const page = await ctx.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).fill('stays on screen')
    await page.locator(SEL.submit).click()
    const link = await page.locator(SEL.shareLink).inputValue()
    await openLink(page, link)
    await pressReveal(page)
    expect(await text(page, SEL.heading)).toBe('Your secret')

    await page.locator(SEL.language).focus()
    await page.selectOption(SEL.language, 'uk')
    // Ukrainian loads on demand: the page switches once its chunk is in.
    await expect.poll(() => text(page, SEL.heading)).toBe('Ваш секрет')
    expect(await text(page, 'main label')).toBe('Текст секрету')
    expect(await text(page, 'footer a')).toBe('Як це працює')
    expect(await page.locator('main .copy button').getAttribute('aria-label')).toBe(
      'Копіювати секрет',
    )
    expect(await revealedText(page), 'the secret stays as it was').toBe('stays on screen')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('language')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk')
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'hushlink.language': 'uk' })

    // The choice wins over the browser's languages on the next visit.
    const next = await ctx.page()
    await next.goto(`${app.server.url}/`)
    await next.locator(SEL.secret).waitFor()
    expect(await text(next, SEL.heading)).toBe('Поділитися секретом')
    await next.selectOption(SEL.language, 'en')
    await expect.poll(() => text(next, SEL.heading)).toBe('Share a secret')
    // en-GB formats dates the British way once English is back.
    expect(await next.evaluate(() => document.documentElement.lang)).toBe('en-GB')
    await ctx.close()
  })
})
