/**
 * One link per person (docs/protocol.md §10) in real Chromium: the create
 * form's option with names, the created page's labelled links, each
 * recipient opening only their own link, and the receipt listing each link's
 * name and state with a Burn per link and Burn all. The names never reach the
 * server in clear: the database file is searched for them. One Chromium for
 * the file; one context per person.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import { databaseFile } from '../support/server.js'
import {
  enterSecret,
  fragmentOf,
  HEADINGS,
  leaks,
  openLink,
  pressReveal,
  revealedText,
  SEL,
  useWebApp,
} from './web-flows.js'

const FAN_OUT = {
  option: 'main input[name=fan-out]',
  names: 'main input[name=fan-out-label]',
  links: 'main input[name^=fan-out-link-]',
  cards: 'main .fan-out-link',
  states: 'main .fan-out-states li',
} as const

interface CreatedLink {
  readonly name: string
  readonly link: string
}

/** Makes a fan-out secret in the create form: one row a name (empty: unnamed). */
async function createFanOutInUi(
  page: Page,
  base: string,
  text: string,
  names: readonly string[],
): Promise<{ links: CreatedLink[]; receiptLink: string }> {
  await page.goto(`${base}/`)
  await enterSecret(page, text)
  await page.locator(FAN_OUT.option).check()
  for (let i = 2; i < names.length; i++) {
    await page.getByRole('button', { name: 'Add a person' }).click()
  }
  const fields = await page.locator(FAN_OUT.names).all()
  for (const [i, field] of fields.entries()) await field.fill(names[i] ?? '')
  await page.locator(SEL.submit).click()
  await page.locator(FAN_OUT.links).first().waitFor({ timeout: 60_000 })
  const cards = await page.locator(FAN_OUT.cards).all()
  const links = await Promise.all(
    cards.map(async (card) => ({
      name: (await card.locator('label').textContent()) ?? '',
      link: await card.locator('input').inputValue(),
    })),
  )
  return { links, receiptLink: await page.locator(SEL.receiptLink).inputValue() }
}

/** The receipt's lines, `name: state`, once the page has settled. */
async function receiptLines(page: Page): Promise<string[]> {
  await page.locator('main:not([aria-busy]) h1').waitFor()
  const items = await page.locator(FAN_OUT.states).all()
  return Promise.all(
    items.map(async (item) => {
      const name = (await item.locator('.link-name').textContent()) ?? ''
      const state = (await item.locator('.link-state').textContent()) ?? ''
      return `${name}: ${state}`
    }),
  )
}

describe.skipIf(!chromiumAvailable)('one link per person, in the browser', () => {
  const app = useWebApp()

  it('names on the form, a labelled link each, each opens once for its person only; the receipt shows and burns per link; no name in the database', async () => {
    const text = 'the office door code: 4417#'
    const names = ['Alice Quokka', 'Bob Pangolin', '']
    const creator = await app.context()
    const page = await creator.page()
    const { links, receiptLink } = await createFanOutInUi(page, app.server.url, text, names)
    expect(await page.locator(SEL.heading).textContent()).toBe('Your links are ready')
    expect(links.map((l) => l.name)).toEqual(['Alice Quokka', 'Bob Pangolin', 'Link 3'])
    expect(links.map((l) => /#f1\.(\d+)\./.exec(l.link)?.[1])).toEqual(['1', '2', '3'])
    expect(new Set(links.map((l) => l.link)).size).toBe(3)
    // The names went to the server sealed: nowhere in its requests, nor in its database.
    expect(leaks(creator.probe, app.server.url, [text, ...names.filter(Boolean)])).toEqual([])

    const alice = await app.context()
    const alicePage = await alice.page()
    expect(await openLink(alicePage, links[0]?.link ?? '')).toBe(HEADINGS.waiting)
    await pressReveal(alicePage)
    expect(await revealedText(alicePage)).toBe(text)
    expect(await openLink(alicePage, links[0]?.link ?? '')).toBe(HEADINGS.gone)
    expect(leaks(alice.probe, app.server.url, [text, fragmentOf(links[0]?.link ?? '')])).toEqual([])
    expect(alice.probe.cspViolations).toEqual([])
    await alice.close()

    await page.goto(receiptLink)
    await expect
      .poll(() => receiptLines(page))
      .toEqual([
        expect.stringMatching(/^Alice Quokka: Opened on /),
        'Bob Pangolin: Waiting',
        'Link 3: Waiting',
      ])
    await page.getByRole('button', { name: 'Burn the link of Bob Pangolin' }).click()
    await expect
      .poll(() => receiptLines(page))
      .toEqual([
        expect.stringMatching(/^Alice Quokka: Opened on /),
        'Bob Pangolin: Destroyed',
        'Link 3: Waiting',
      ])
    const bob = await app.context()
    expect(await openLink(await bob.page(), links[1]?.link ?? '')).toBe(HEADINGS.gone)
    await bob.close()

    await page.getByRole('button', { name: 'Burn all links' }).click()
    await page.getByRole('button', { name: 'Yes, destroy it' }).click()
    await expect
      .poll(() => receiptLines(page))
      .toEqual([
        expect.stringMatching(/^Alice Quokka: Opened on /),
        'Bob Pangolin: Destroyed',
        'Link 3: Destroyed',
      ])
    expect(creator.probe.cspViolations).toEqual([])
    await creator.close()

    const db = databaseFile(app.server.dataDir)
    for (const file of [db, `${db}-wal`]) {
      if (!existsSync(file)) continue
      const bytes = readFileSync(file).toString('utf8')
      for (const name of names.filter(Boolean)) expect(bytes).not.toContain(name)
    }
  })

  it('refuses a name over 63 bytes on the form, before anything is sent', async () => {
    const creator = await app.context()
    const page = await creator.page()
    await page.goto(`${app.server.url}/`)
    await enterSecret(page, 'x')
    await page.locator(FAN_OUT.option).check()
    await page.locator(FAN_OUT.names).nth(1).fill('é'.repeat(40))
    await page.locator(SEL.submit).click()
    await expect
      .poll(() => page.locator(SEL.error).textContent())
      .toBe('The name of person 2 is too long (at most 63 bytes).')
    expect(creator.probe.requests.filter((r) => r.method === 'POST')).toEqual([])
    await creator.close()
  })
})
