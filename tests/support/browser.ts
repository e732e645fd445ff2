import { existsSync } from 'node:fs'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, SHARED_CHROMIUM_ENV } from './browser-options.js'

export { CHROMIUM_PATH }

/**
 * Browser tests need Debian's chromium (`apt-get install -y chromium`; .ci/run
 * installs it). Without it they are skipped with a visible reason, except in CI,
 * where a missing browser must fail the run rather than pass it silently.
 */
export const chromiumAvailable = existsSync(CHROMIUM_PATH)
if (!chromiumAvailable) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests are skipped (apt-get install -y chromium)`
  if (process.env.CI) throw new Error(message)
  console.warn(message)
}

export interface LaunchedBrowser {
  readonly browser: Browser
  close(): Promise<void>
}

/**
 * A Chromium for one test file. Under Vitest the end-to-end project shares one
 * browser for the whole run (tests/support/browser-server.ts): this connects to
 * it, and `close()` closes the contexts this file made and disconnects. Outside
 * (pnpm bench) or if that browser is gone, it launches one of its own, with a
 * fresh temporary profile (Playwright refuses --user-data-dir). Either way, work
 * in contexts of your own (`browser.newContext()`); they share no cookies,
 * cache or storage.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const endpoint = process.env[SHARED_CHROMIUM_ENV]
  const browser =
    (endpoint ? await chromium.connect(endpoint).catch(() => null) : null) ??
    (await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }))
  return {
    browser,
    close: () => browser.close(),
  }
}

export interface CapturedRequest {
  readonly url: string
  readonly method: string
  readonly headers: Record<string, string>
  readonly body: string
}

/** What a page did on the wire and what its CSP refused. */
export interface PageProbe {
  readonly requests: CapturedRequest[]
  readonly cspViolations: string[]
  readonly consoleErrors: string[]
}

/**
 * Records every request of a context (headers and bodies) and every CSP
 * violation its pages report, so tests can prove what never left the browser.
 */
export async function probeContext(context: BrowserContext): Promise<PageProbe> {
  const probe: PageProbe = { requests: [], cspViolations: [], consoleErrors: [] }
  context.on('request', (req: Request) => {
    probe.requests.push({
      url: req.url(),
      method: req.method(),
      headers: req.headers(),
      body: req.postData() ?? '',
    })
  })
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    probe.cspViolations.push(violation)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void })
        .__reportCspViolation
      report(`${e.violatedDirective} blocked ${e.blockedURI}`)
    })
  })
  context.on('page', (page: Page) => watchConsole(page, probe))
  return probe
}

function watchConsole(page: Page, probe: PageProbe): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') probe.consoleErrors.push(msg.text())
  })
  page.on('pageerror', (err) => probe.consoleErrors.push(err.message))
}
