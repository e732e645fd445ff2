/**
 * The web client's budget: how many bytes of JavaScript the app itself ships
 * (gzip, libsodium excluded), and how long headless Chromium takes from
 * navigation to a usable create page on localhost. Builds nothing: it reads
 * web/dist as it is and serves it with the built server.
 *
 *   tsx tests/bench/web-budget.ts [runs]    prints the result as JSON
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser.js'
import { PERMISSIVE_LIMITS, REPO_ROOT, startServer } from '../support/server.js'

export const WEB_DIST = join(REPO_ROOT, 'web', 'dist')
/** The mark web/src/pages/create.ts sets once the form can be used. */
export const CREATE_READY_MARK = 'hushlink:create-ready'
const SODIUM_RE = /^sodium-(?!sumo-)[\w-]+\.js$/
const SODIUM_SUMO_RE = /^sodium-sumo-[\w-]+\.js$/
/** A language other than English: a page loads the one it shows, if any. */
const LOCALE_RE = /^locale-[\w-]+-[\w-]+\.js$/

export const BUDGET = {
  /** The app's own JavaScript with its largest language, gzip. */
  appJsGzipBytes: 60 * 1024,
  /** Navigation → usable create page, median, headless Chromium on localhost. */
  createReadyMs: 500,
} as const

export interface Timing {
  readonly runs: readonly number[]
  readonly median: number
  readonly max: number
}

export interface WebBudget {
  /** What a page of the app loads of its own JavaScript: the app and, beyond English, its largest language. */
  readonly appJsGzipBytes: number
  /** The largest language chunk alone. */
  readonly localeJsGzipBytes: number
  /** What browsers that accept brotli download (the build writes .br copies). */
  readonly appJsBrotliBytes: number
  readonly cssGzipBytes: number
  readonly htmlGzipBytes: number
  /** libsodium, fetched in parallel with the app and cached immutably. */
  readonly sodiumGzipBytes: number
  /** libsodium with Argon2, fetched only when a passphrase is involved. */
  readonly sodiumSumoGzipBytes: number
  /** Navigation → usable create page with an empty cache (a first visit), ms. */
  readonly createReadyCold: Timing
  /** The same with libsodium and the app already cached (a later visit), ms. */
  readonly createReadyWarm: Timing
}

export interface BudgetOptions {
  /** Page loads per measurement (default 10). */
  readonly runs?: number
  /** A server already serving web/dist; otherwise one is started and stopped. */
  readonly baseUrl?: string
  /** A Chromium to use; otherwise one is launched and closed. */
  readonly browser?: Browser
}

/** Gzip sizes of the built files, grouped as the budget counts them. */
export function distSizes(dist = WEB_DIST): Omit<WebBudget, 'createReadyCold' | 'createReadyWarm'> {
  const assets = join(dist, 'assets')
  const sizes = { app: 0, appBrotli: 0, locale: 0, localeBrotli: 0, css: 0, sodium: 0, sumo: 0 }
  for (const name of readdirSync(assets)) {
    // The build's own .br/.gz copies are the same files again.
    if (/\.(?:br|gz)$/.test(name)) continue
    const gz = gzipSync(readFileSync(join(assets, name))).length
    if (SODIUM_SUMO_RE.test(name)) sizes.sumo += gz
    else if (SODIUM_RE.test(name)) sizes.sodium += gz
    else if (LOCALE_RE.test(name)) {
      sizes.locale = Math.max(sizes.locale, gz)
      const br = brotliCompressSync(readFileSync(join(assets, name))).length
      sizes.localeBrotli = Math.max(sizes.localeBrotli, br)
    } else if (name.endsWith('.js')) {
      sizes.app += gz
      sizes.appBrotli += brotliCompressSync(readFileSync(join(assets, name))).length
    } else if (name.endsWith('.css')) sizes.css += gz
  }
  if (sizes.app === 0 || sizes.sodium === 0) throw new Error(`${dist} holds no built client`)
  return {
    appJsGzipBytes: sizes.app + sizes.locale,
    localeJsGzipBytes: sizes.locale,
    appJsBrotliBytes: sizes.appBrotli + sizes.localeBrotli,
    cssGzipBytes: sizes.css,
    htmlGzipBytes: gzipSync(readFileSync(join(dist, 'index.html'))).length,
    sodiumGzipBytes: sizes.sodium,
    sodiumSumoGzipBytes: sizes.sumo,
  }
}

function timing(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { runs, median: Math.round(median), max: Math.round(sorted.at(-1) ?? 0) }
}

/** Milliseconds from navigation start to the create page's ready mark, as the page measured it. */
async function loadOnce(browser: Browser, url: string, warm: boolean): Promise<number> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    if (warm) await page.goto(url, { waitUntil: 'load' })
    await page.goto(url)
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      CREATE_READY_MARK,
      { timeout: 30_000 },
    )
    return Math.round((await handle.jsonValue()) ?? Number.NaN)
  } finally {
    await context.close()
  }
}

export async function measureWebBudget(options: BudgetOptions = {}): Promise<WebBudget> {
  const runs = options.runs ?? 10
  const sizes = distSizes()
  const server = options.baseUrl ? null : await startServer({ env: PERMISSIVE_LIMITS })
  const chromium = options.browser ? null : await launchChromium()
  try {
    const browser = options.browser ?? chromium?.browser
    if (!browser) throw new Error('no browser')
    const url = `${options.baseUrl ?? server?.url}/`
    // One load first, so that the server's and Chromium's own start-up are not counted.
    await loadOnce(browser, url, false)
    const cold: number[] = []
    const warm: number[] = []
    for (let i = 0; i < runs; i++) {
      cold.push(await loadOnce(browser, url, false))
      warm.push(await loadOnce(browser, url, true))
    }
    return { ...sizes, createReadyCold: timing(cold), createReadyWarm: timing(warm) }
  } finally {
    await chromium?.close()
    await server?.stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 10)
  console.log(JSON.stringify(await measureWebBudget({ runs }), null, 2))
}
