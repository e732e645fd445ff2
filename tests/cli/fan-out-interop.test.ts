/**
 * One link per person across clients (docs/protocol.md §10): links the CLI
 * makes with `send --to NAME` open in the web page, each once, and the web
 * receipt shows the CLI's names; links the web page makes open with
 * `hushlink read`, and `hushlink status` shows the names typed in the page.
 */
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import {
  enterSecret,
  HEADINGS,
  openLink,
  pressReveal,
  revealedText,
  SEL,
  useWebApp,
} from '../e2e/web-flows.js'
import { receiptOf, runCli } from './run-cli.js'

describe.skipIf(!chromiumAvailable)('one link per person: CLI ⇄ web client', () => {
  const app = useWebApp()

  it('CLI links open in the web page, each once, and the web receipt names them', async () => {
    const text = 'shared from the terminal: 🛰️ uplink key'
    const sent = await runCli(
      ['send', '--server', app.server.url, '--to', 'Ada Lovelace', '--to', 'Grace Hopper'],
      { input: text },
    )
    expect(sent.code, sent.stderr).toBe(0)
    const [ada, grace] = sent.stdout
      .toString()
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[1] ?? '')
    const receipt = receiptOf(sent.stderr)

    const recipient = await app.context()
    const page = await recipient.page()
    expect(await openLink(page, grace ?? '')).toBe(HEADINGS.waiting)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(text)
    expect(await openLink(page, grace ?? '')).toBe(HEADINGS.gone)
    // Ada's link is untouched by Grace's view.
    expect(await openLink(page, ada ?? '')).toBe(HEADINGS.waiting)
    await recipient.close()

    const creator = await app.context()
    const receiptPage = await creator.page()
    await receiptPage.goto(receipt)
    const states = receiptPage.locator('main .fan-out-states li')
    await expect
      .poll(() => states.allTextContents())
      .toEqual([
        expect.stringMatching(/^Ada Lovelace: Waiting/),
        expect.stringMatching(/^Grace Hopper: Opened on /),
      ])
    await creator.close()
  })

  it('web links open with the CLI, and `hushlink status` shows the names typed in the page', async () => {
    const text = 'from the browser, for two: 鍵 🗝️'
    const creator = await app.context()
    const page = await creator.page()
    await page.goto(`${app.server.url}/`)
    await enterSecret(page, text)
    await page.locator('main input[name=fan-out]').check()
    const names = page.locator('main input[name=fan-out-label]')
    await names.nth(0).fill('Katherine Johnson')
    await page.locator(SEL.submit).click()
    await page.locator('main input[name^=fan-out-link-]').first().waitFor({ timeout: 60_000 })
    const links = await Promise.all(
      (await page.locator('main input[name^=fan-out-link-]').all()).map((l) => l.inputValue()),
    )
    const receipt = await page.locator(SEL.receiptLink).inputValue()
    await creator.close()

    const read = await runCli(['read', links[1] ?? ''])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout.toString('utf8')).toBe(text)
    expect((await runCli(['read', links[1] ?? ''])).code).toBe(3)
    const status = (await runCli(['status', receipt])).stdout.toString()
    expect(status).toContain('link 1 Katherine Johnson: waiting (0 of 1 views)')
    expect(status).toMatch(/^link 2: opened \(1 of 1 views, first opened 20\d\d-/m)
  })
})
