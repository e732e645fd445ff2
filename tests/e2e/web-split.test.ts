/**
 * A secret split between people (k of n, docs/protocol.md §7) in real
 * Chromium: the create form's option and its n share links, a recipient
 * gathering shares in one browser (refusals say why and use nothing up), any
 * k distinct shares opening it, and links made by the CLI and the web page
 * opening in the other. One Chromium for the file; one context per person.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createSplitSecret } from '@hushlink/shared'
import { runCli } from '../cli/run-cli.js'
import { chromiumAvailable } from '../support/browser.js'
import {
  apiCalls,
  axeViolations,
  capture,
  enterSecret,
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

const SPLIT = {
  option: 'main input[name=split]',
  needed: 'main select[name=split-needed]',
  total: 'main select[name=split-total]',
  links: 'main input[name^=share-link-]',
  status: 'main [data-split-status]',
  paste: 'main textarea[name=share-links]',
  shares: 'main ul.shares li',
} as const
const SPLIT_HEADING = 'Part of a split secret'

/** Creates a split secret in the create form; returns its share links in order. */
async function createSplitInUi(
  page: Page,
  base: string,
  input: { text: string; needed: number; total: number; views?: number },
): Promise<string[]> {
  await page.goto(`${base}/`)
  await enterSecret(page, input.text)
  if (input.views !== undefined) await page.selectOption(SEL.views, String(input.views))
  await page.locator(SPLIT.option).check()
  await page.selectOption(SPLIT.total, String(input.total))
  await page.selectOption(SPLIT.needed, String(input.needed))
  await page.locator(SEL.submit).click()
  await page.locator(SPLIT.links).first().waitFor({ timeout: 60_000 })
  const fields = await page.locator(SPLIT.links).all()
  return Promise.all(fields.map((f) => f.inputValue()))
}

/** Pastes links into the split page and presses Add; waits until the page has settled. */
async function paste(page: Page, ...links: string[]): Promise<void> {
  await page.locator(SPLIT.paste).fill(links.join('\n'))
  await page.getByRole('button', { name: 'Add the link' }).click()
  await page.waitForFunction(() => !document.querySelector('form[aria-busy=true]'))
  await page.locator('main:not([aria-busy]) h1').waitFor()
}

async function statusOf(page: Page): Promise<string> {
  return (await page.locator(SPLIT.status).textContent()) ?? ''
}

async function errorOf(page: Page): Promise<string> {
  return (await page.locator(SEL.error).textContent()) ?? ''
}

describe.skipIf(!chromiumAvailable)('a secret split between people, in the browser', () => {
  const app = useWebApp()

  it('3 of 5: n links with Copy and QR; 1 and 2 shares reveal nothing and say what is missing; refusals use nothing up; the 3rd opens it once', async () => {
    const text = 'break-glass: vault unseal key 4 of 7 🔑'
    const creator = await app.context()
    const createPage = await creator.page()
    await createPage.goto(`${app.server.url}/`)
    await createPage.locator(SPLIT.option).check()
    expect(await axeViolations(createPage)).toEqual([])
    const links = await createSplitInUi(createPage, app.server.url, {
      text,
      needed: 3,
      total: 5,
    })
    expect(await heading(createPage)).toBe('Your split links are ready')
    expect(links).toHaveLength(5)
    expect(links.map((l) => /#s1\.3\.5\.(\d)\./.exec(l)?.[1])).toEqual(['1', '2', '3', '4', '5'])
    expect(await createPage.locator(SEL.qr).count()).toBe(5)
    expect(await createPage.getByRole('button', { name: /^Copy link [1-5]$/ }).count()).toBe(5)
    expect(await createPage.locator(SEL.receiptLink).inputValue()).toContain('/r/')
    // Five cards of link, Copy and QR: no sideways scrolling on a phone, axe clean in both themes.
    expect(await capture(createPage, 'split-created')).toEqual([])
    // The whole key never left the creator's browser, and no share did either.
    expect(leaks(creator.probe, app.server.url, links.map(fragmentOf))).toEqual([])
    await creator.close()

    // A share of another secret, made with the SDK.
    const other = await createSplitSecret({
      server: app.server.url,
      text: 'another secret',
      ttl: 3600,
      split: { threshold: 2, shares: 2 },
    })

    const recipient = await app.context()
    const page = await recipient.page()
    expect(await openLink(page, links[1] ?? '')).toBe(SPLIT_HEADING)
    expect(await statusOf(page)).toBe('1 of 3 shares present. 2 more links are needed.')
    expect(await page.locator(SPLIT.shares).allTextContents()).toEqual(['Share 2 of 5'])
    expect(new URL(page.url()).hash).toBe('')
    expect(await capture(page, 'split-gathering')).toEqual([])

    await paste(page, links[1] ?? '')
    expect(await errorOf(page)).toBe(
      'This share is already here: a link from someone else is needed.',
    )
    await paste(page, other.shareLinks[0] ?? '')
    expect(await errorOf(page)).toContain('This link is a share of another secret')
    await paste(page, (links[3] ?? '').slice(0, -3))
    expect(await errorOf(page)).toContain('This is not a share link of a split secret')
    await paste(page, links[3] ?? '')
    expect(await errorOf(page)).toBe('')
    expect(await statusOf(page)).toBe('2 of 3 shares present. 1 more link is needed.')
    expect(await page.locator(SPLIT.shares).allTextContents()).toEqual([
      'Share 2 of 5',
      'Share 4 of 5',
    ])
    // Fewer than k shares: nothing was requested at all.
    expect(apiCalls(recipient.probe)).toEqual([])

    await paste(page, links[4] ?? '')
    expect(await heading(page)).toBe(HEADINGS.waiting)
    expect(apiCalls(recipient.probe)).toEqual([
      `GET /api/v1/secrets/${new URL(links[0] ?? '').pathname.slice(3)}`,
    ])
    await pressReveal(page)
    expect(await revealedText(page)).toBe(text)
    expect(leaks(recipient.probe, app.server.url, [text, ...links.map(fragmentOf)])).toEqual([])
    expect(recipient.probe.cspViolations).toEqual([])
    await recipient.close()

    // Claimed once: three other shares find it gone.
    const late = await app.context()
    const latePage = await late.page()
    await openLink(latePage, links[0] ?? '')
    await paste(latePage, links[2] ?? '', links[3] ?? '')
    expect(await heading(latePage)).toBe(HEADINGS.gone)
    await late.close()
  })

  it('any 3 distinct of 5 shares open it (all ten choices), the first by keyboard alone', async () => {
    const text = 'ten views, ten committees'
    const creator = await app.context()
    const links = await createSplitInUi(await creator.page(), app.server.url, {
      text,
      needed: 3,
      total: 5,
      views: 10,
    })
    await creator.close()
    const choices: number[][] = []
    for (let a = 0; a < 5; a++)
      for (let b = a + 1; b < 5; b++) for (let c = b + 1; c < 5; c++) choices.push([a, b, c])
    expect(choices).toHaveLength(10)

    const recipient = await app.context()
    for (const [n, choice] of choices.entries()) {
      const [first, ...others] = choice.map((i) => links[i] ?? '')
      const page = await recipient.page()
      expect(await openLink(page, first ?? '')).toBe(SPLIT_HEADING)
      if (n === 0) {
        // Focus starts in the paste field; Tab reaches Add, Enter presses it.
        for (const link of others) {
          await page.keyboard.insertText(link)
          await page.keyboard.press('Tab')
          await page.keyboard.press('Enter')
          await page.locator('main:not([aria-busy]) h1').waitFor()
          // Added: focus is back in the paste field for the next link.
          if (link !== others.at(-1)) {
            expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
              'share-links',
            )
          }
        }
        // The last share starts combining and the hand-over to the reveal page.
        await page.locator(SEL.heading, { hasText: HEADINGS.waiting }).waitFor()
        await page.locator('main:not([aria-busy]) h1').waitFor()
        await page.keyboard.press('Tab')
        await page.keyboard.press('Enter')
        await page.locator(SEL.secret).waitFor()
      } else {
        await paste(page, ...others)
        expect(await heading(page), choice.join()).toBe(HEADINGS.waiting)
        await pressReveal(page)
      }
      expect(await revealedText(page), choice.join()).toBe(text)
      await page.close()
    }
    await recipient.close()
  })

  it('a web-made split opens with the CLI, and a CLI-made split opens in the web page', async () => {
    const fromWeb = 'made in the browser, read in a terminal'
    const creator = await app.context()
    const links = await createSplitInUi(await creator.page(), app.server.url, {
      text: fromWeb,
      needed: 2,
      total: 3,
    })
    await creator.close()
    const read = await runCli(['read', links[2] ?? '', links[0] ?? ''])
    expect(read.stderr).toBe('')
    expect(read.stdout.toString()).toBe(fromWeb)

    const fromCli = 'made in a terminal, read in the browser'
    const sent = await runCli(['send', '--server', app.server.url, '--split', '3/4'], {
      input: fromCli,
    })
    expect(sent.code, sent.stderr).toBe(0)
    const cliLinks = sent.stdout.toString().trim().split('\n')
    const recipient = await app.context()
    const page = await recipient.page()
    expect(await openLink(page, cliLinks[3] ?? '')).toBe(SPLIT_HEADING)
    expect(await statusOf(page)).toBe('1 of 3 shares present. 2 more links are needed.')
    // The page follows the language switcher, plurals included.
    // Languages other than English load on demand: wait for the switch.
    await page.selectOption(SEL.language, 'ru')
    await expect.poll(() => statusOf(page)).toBe('Есть частей: 1 из 3. Нужны ещё 2 ссылки.')
    await page.selectOption(SEL.language, 'uk')
    await expect.poll(() => statusOf(page)).toBe('Є частин: 1 з 3. Потрібні ще 2 посилання.')
    await page.selectOption(SEL.language, 'en')
    await paste(page, cliLinks[0] ?? '', cliLinks[1] ?? '')
    await pressReveal(page)
    expect(await revealedText(page)).toBe(fromCli)
    expect(leaks(recipient.probe, app.server.url, [fromCli, ...cliLinks.map(fragmentOf)])).toEqual(
      [],
    )
    await recipient.close()
  })
})
