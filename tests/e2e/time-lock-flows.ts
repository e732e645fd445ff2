import type { Page } from 'playwright-core'
import { enterSecret, SEL } from './web-flows.js'

/** The create page's time-lock checkbox and its "Opens at" input (protocol §9). */
export const TIME_LOCK = 'input[name=time-lock]'
export const OPENS_AT = 'input[name=opens-at]'
/** The reveal page's countdown, with the opening in `data-opens-at`. */
export const COUNTDOWN = 'main .time-lock'

/** The value a `datetime-local` input shows for `ms` in a zone `offsetHours` east of UTC. */
export function localInput(ms: number, offsetHours: number): string {
  return new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19)
}

/**
 * Creates a time-locked secret on the create page of a browser in a zone
 * `offsetHours` east of UTC, as a person types it there; returns its links.
 */
export async function createLockedInUi(
  page: Page,
  base: string,
  input: { readonly text: string; readonly opensAt: number; readonly offsetHours: number },
  views?: number,
): Promise<{ readonly link: string; readonly receiptLink: string }> {
  await page.goto(`${base}/`)
  await enterSecret(page, input.text)
  if (views !== undefined) await page.selectOption(SEL.views, String(views))
  await page.locator(TIME_LOCK).check()
  await page.locator(OPENS_AT).fill(localInput(input.opensAt, input.offsetHours))
  await page.locator(SEL.submit).click()
  await page.locator(SEL.shareLink).waitFor({ timeout: 30_000 })
  return {
    link: await page.locator(SEL.shareLink).inputValue(),
    receiptLink: await page.locator(SEL.receiptLink).inputValue(),
  }
}

/** Whether Reveal can be pressed (a countdown holds it until the opening). */
export function revealEnabled(page: Page): Promise<boolean> {
  return page.locator(SEL.submit).isEnabled()
}

/** Views left, read with the non-consuming metadata request. */
export async function viewsLeft(server: string, link: string): Promise<number> {
  const id = new URL(link).pathname.split('/').pop() ?? ''
  const res = await fetch(`${server}/api/v1/secrets/${id}`)
  return ((await res.json()) as { views_left: number }).views_left
}
