import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import {
  launchChromium,
  probeContext,
  type LaunchedBrowser,
  type PageProbe,
} from '../support/browser.js'
import { PERMISSIVE_LIMITS, REPO_ROOT, startServer, type RunningServer } from '../support/server.js'

export interface ProbedContext {
  readonly probe: PageProbe
  page(): Promise<Page>
  close(): Promise<void>
}

export interface WebApp {
  readonly server: RunningServer
  readonly browser: Browser
  /** A fresh browser context (no shared cookies, cache or storage) whose requests are recorded. */
  context(options?: BrowserContextOptions): Promise<ProbedContext>
}

/** One server and one Chromium for a describe block: started before its tests, stopped after. */
export function useWebApp(env: Readonly<Record<string, string>> = PERMISSIVE_LIMITS): WebApp {
  let server: RunningServer | undefined
  let chromium: LaunchedBrowser | undefined
  beforeAll(async () => {
    server = await startServer({ env })
    chromium = await launchChromium()
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useWebApp: used outside a running test')
    return value
  }
  return {
    get server() {
      return started(server)
    },
    get browser() {
      return started(chromium).browser
    },
    async context(options = {}) {
      const ctx = await started(chromium).browser.newContext(options)
      const probe = await probeContext(ctx)
      return { probe, page: () => ctx.newPage(), close: () => ctx.close() }
    },
  }
}

/** What the web client's pages are made of, as the browser tests drive them. */
export const SEL = {
  heading: 'main h1',
  secret: 'textarea[name=secret]',
  views: 'select[name=views]',
  ttl: 'select[name=ttl]',
  passphrase: 'input[name=passphrase]',
  shareLink: 'input[name=share-link]',
  receiptLink: 'input[name=receipt-link]',
  submit: 'main button[type=submit]',
  error: 'main .error[role=alert]',
  problem: 'main [data-problem]',
  receiptState: 'main [data-state]',
  language: 'header select[name=language]',
  themeToggle: 'header button.theme-toggle',
  qr: 'main svg.qr',
  aboutLink: 'footer a[href="/about"]',
  fileInput: 'main input[type=file]',
  fileRows: 'main .file-list li',
  transfer: 'main .transfer',
  /** The warning that a link travelled with its key (or receipt token) visible: `%23`. */
  exposed: 'main .exposed-link',
} as const

export const HEADINGS = {
  create: 'Share a secret',
  created: 'Your link is ready',
  waiting: 'One secret is waiting for you',
  revealed: 'Your secret',
  gone: 'This secret is not available',
  burnedFailures: 'This secret was destroyed',
  corrupted: 'This link is corrupted',
  shown: 'This secret is no longer shown',
  notFound: 'Page not found',
  about: 'How Hushlink works',
} as const

export interface CreatedLinks {
  readonly link: string
  readonly receiptLink: string
}

export interface CreateInput {
  readonly text: string
  readonly views?: number
  readonly passphrase?: string
  /** For the file picker: paths on disk, or names and bytes. */
  readonly files?: Parameters<Locator['setInputFiles']>[0]
}

/**
 * Puts text into the secret field. Long text arrives as a paste would: one input event.
 * (Playwright's fill makes Chromium insert a line break per newline, each re-laid-out:
 * 100 KB of lines takes over 30 s on a busy 2-core machine.)
 */
export async function enterSecret(page: Page, text: string): Promise<void> {
  const field = page.locator(SEL.secret)
  if (text.length <= 4096) return field.fill(text)
  await field.evaluate((el, value) => {
    ;(el as HTMLTextAreaElement).value = value
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }))
  }, text)
}

/** Types a secret into the create page like a person and returns the two links it shows. */
export async function createInUi(
  page: Page,
  base: string,
  input: CreateInput,
): Promise<CreatedLinks> {
  await page.goto(`${base}/`)
  await enterSecret(page, input.text)
  if (input.files) await page.locator(SEL.fileInput).setInputFiles(input.files)
  if (input.views !== undefined) await page.selectOption(SEL.views, String(input.views))
  if (input.passphrase !== undefined) await page.locator(SEL.passphrase).fill(input.passphrase)
  await page.locator(SEL.submit).click()
  await page.locator(SEL.shareLink).waitFor({ timeout: 60_000 })
  return {
    link: await page.locator(SEL.shareLink).inputValue(),
    receiptLink: await page.locator(SEL.receiptLink).inputValue(),
  }
}

/** Opens a link and waits until the page has settled (past "Checking…", in any language). */
export async function openLink(page: Page, link: string): Promise<string> {
  await page.goto(link)
  await page.locator('main:not([aria-busy]) h1').waitFor()
  return (await page.locator(SEL.heading).textContent()) ?? ''
}

/** Presses Reveal (with a passphrase if given) and waits for the text or a problem. */
export async function pressReveal(page: Page, passphrase?: string): Promise<void> {
  if (passphrase !== undefined) await page.locator(SEL.passphrase).fill(passphrase)
  await page.locator(SEL.submit).click()
  // The form is busy while Argon2 and the claim run; it is gone or idle afterwards.
  await page.waitForFunction(() => !document.querySelector('form[aria-busy=true]'), undefined, {
    timeout: 30_000,
  })
}

/** Presses a revealed file's Save button and returns the name and bytes the browser saved. */
export async function saveFile(
  page: Page,
  name: string,
): Promise<{ readonly filename: string; readonly bytes: Buffer }> {
  const button = page.getByRole('button', { name: `Save ${name} (`, exact: false })
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  // The browser is shared over CDP (tests/support/browser-server.ts): its download is copied here.
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-download-'))
  try {
    const file = join(dir, 'saved')
    await download.saveAs(file)
    return { filename: download.suggestedFilename(), bytes: readFileSync(file) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One value a progress bar took: its share done and the numbers shown beside it. */
export interface ProgressStep {
  readonly share: number
  readonly text: string
}

/**
 * Starts recording, per phase, every value the page's progress bars take (a
 * MutationObserver: the page has no hook for tests). Read it with progressSeen.
 */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, { share: number; text: string }[]> = {}
    Object.assign(window, { __progressSeen: seen })
    new MutationObserver((records) => {
      for (const r of records) {
        const bar = r.target
        if (!(bar instanceof HTMLProgressElement)) continue
        const row = bar.closest('[data-phase]')
        const phase = row?.getAttribute('data-phase')
        if (!phase) continue
        const text = row?.querySelector('.phase-numbers')?.textContent ?? ''
        ;(seen[phase] ??= []).push({ share: bar.value / bar.max, text })
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'] })
  })
}

export async function progressSeen(page: Page): Promise<Record<string, ProgressStep[]>> {
  return page.evaluate(
    () =>
      (window as unknown as { __progressSeen: Record<string, { share: number; text: string }[]> })
        .__progressSeen,
  )
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator(SEL.heading).textContent()) ?? ''
}

export async function revealedText(page: Page): Promise<string> {
  return page.locator(SEL.secret).inputValue()
}

/** The fragment of a link: the key (plus `.p`) or the receipt token. */
export function fragmentOf(link: string): string {
  return new URL(link).hash.slice(1)
}

/**
 * Asserts nothing sensitive left the browser: every request stays on the
 * app's origin, carries no Referer, no '#', and none of the given strings in
 * its URL, headers or body.
 */
export function leaks(probe: PageProbe, origin: string, secrets: readonly string[]): string[] {
  const found: string[] = []
  for (const req of probe.requests) {
    if (new URL(req.url).origin !== origin) found.push(`off-origin request ${req.url}`)
    if (req.url.includes('#')) found.push(`fragment in ${req.url}`)
    // Playwright shows a withheld Referer as an empty string.
    if (req.headers.referer) found.push(`Referer on ${req.url}`)
    const wire = [req.url, JSON.stringify(req.headers), req.body].join('\n')
    for (const s of secrets) {
      if (s.length >= 8 && wire.includes(s))
        found.push(`${s.slice(0, 12)}… in ${req.method} ${req.url}`)
    }
  }
  return found
}

/** API requests a probe saw, as "METHOD /path". */
export function apiCalls(probe: PageProbe): string[] {
  return probe.requests
    .filter((r) => new URL(r.url).pathname.startsWith('/api/'))
    .map((r) => `${r.method} ${new URL(r.url).pathname}`)
}

export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts')

/** Full-page screenshot into tests/artifacts/ (git-ignored), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

export const LAYOUTS = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
] as const
export const THEMES = ['light', 'dark'] as const

/** Nothing may be wider than the viewport: no sideways scrolling on a phone. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

interface AxeResults {
  readonly passes: readonly unknown[]
  readonly violations: readonly {
    readonly id: string
    readonly impact: string | null
    readonly nodes: readonly { readonly target: readonly unknown[] }[]
  }[]
}

/**
 * axe-core's serious and critical findings for the page as it is now. The
 * source is evaluated through DevTools, so the app's CSP and Trusted Types
 * stay in force (an injected <script> would be refused, rightly).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(AXE_SOURCE)
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe
    return axe.run(document)
  })
  // A run that checked nothing would pass anything.
  if (results.passes.length < 10) throw new Error(`axe checked only ${results.passes.length} rules`)
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * Records the page as it is now at 360 and 1280 px, light and dark: a
 * screenshot of each into tests/artifacts/, plus what is wrong with it —
 * sideways scrolling, and (at 1280 px, in both themes) axe's serious and
 * critical findings. The system theme is emulated; the app follows it.
 */
export async function capture(
  page: Page,
  name: string,
  options: { readonly axe?: boolean } = {},
): Promise<string[]> {
  const found: string[] = []
  const original = page.viewportSize()
  for (const layout of LAYOUTS) {
    await page.setViewportSize(layout)
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme })
      const file = `web-${name}-${layout.width}-${theme}`
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) found.push(`${file}: ${overflow} px of sideways scrolling`)
      if (options.axe !== false && layout.width === 1280) {
        for (const v of await axeViolations(page)) found.push(`${file}: ${v}`)
      }
      await screenshot(page, file)
    }
  }
  await page.emulateMedia({ colorScheme: null })
  if (original) await page.setViewportSize(original)
  return found
}
