/**
 * The web client's budget: how many bytes of JavaScript the create page loads
 * of the app's own (gzip, libsodium excluded), and how long headless Chromium
 * takes from navigation to a usable create page on localhost. Builds nothing:
 * it reads web/dist as it is and serves it with the built server.
 *
 *   tsx tests/bench/web-budget.ts [runs]    prints the result as JSON
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser.js'
import { PERMISSIVE_LIMITS, REPO_ROOT, startServer } from '../support/server.js'

export const WEB_DIST = join(REPO_ROOT, 'web', 'dist')
/** The mark web/src/pages/create.ts sets once the form can be used. */
export const CREATE_READY_MARK = 'hushlink:create-ready'

export const BUDGET = {
  /** What the create page loads of the app's JavaScript, with its largest language, gzip. */
  createPageJsGzipBytes: 60 * 1024,
  /** Navigation → usable create page, median, headless Chromium on localhost. */
  createReadyMs: 500,
} as const

export interface Timing {
  readonly runs: readonly number[]
  readonly median: number
  readonly max: number
}

export interface WebBudget {
  /** The create page: index.html's app script, what it imports statically, and its largest language. */
  readonly createPageJsGzipBytes: number
  /** What browsers that accept brotli download of the same (the build writes .br copies). */
  readonly createPageJsBrotliBytes: number
  /** The page showing a new link, fetched while the secret is typed (not part of the create page's load). */
  readonly createdPageJsGzipBytes: number
  /** The reveal page at its largest, a share of a split secret: the create page's scripts and that page. */
  readonly revealPageJsGzipBytes: number
  /** Every file of the app's own JavaScript, whichever page loads it, without the languages. */
  readonly totalAppJsGzipBytes: number
  /** The largest language chunk alone. */
  readonly localeJsGzipBytes: number
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

const SCRIPT_RE = /<script\b[^>]*\ssrc="\/(assets\/[^"]+\.js)"/g
const TEMPLATE_RE = /<template id="preload-([\w-]+)">([\s\S]*?)<\/template>/g
const PRELOAD_RE = /<link\b[^>]*\srel="modulepreload"[^>]*\shref="\/(assets\/[^"]+)"/g
/** A static import in built code: `import…from"./x.js"`, `import"./x.js"`, `export…from"./x.js"`. */
const STATIC_IMPORT_RE = /(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g
const STYLESHEET_RE = /<link\b[^>]*\srel="stylesheet"[^>]*\shref="\/(assets\/[^"]+)"/g

const urls = (text: string, pattern: RegExp): string[] =>
  [...text.matchAll(pattern)].map((m) => m[1] ?? '')

/**
 * The built client's module graph as the browser meets it: index.html's scripts
 * and what they import statically, the chunks it preloads at once, and the
 * templates of preloads the app activates for a chunk it loads on demand.
 */
export function builtGraph(dist = WEB_DIST): {
  readonly initial: ReadonlySet<string>
  readonly eager: readonly string[]
  readonly templates: ReadonlyMap<string, readonly string[]>
  readonly stylesheets: readonly string[]
  readonly html: Buffer
} {
  const html = readFileSync(join(dist, 'index.html'))
  const text = html.toString('utf8')
  const templates = new Map([...text.matchAll(TEMPLATE_RE)].map((m) => [m[1] ?? '', m[2] ?? '']))
  const outside = text.replace(TEMPLATE_RE, '')
  const initial = new Set<string>()
  const visit = (file: string): void => {
    if (initial.has(file)) return
    initial.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const next of urls(code, STATIC_IMPORT_RE)) visit(join(file, '..', next))
  }
  for (const script of urls(outside, SCRIPT_RE)) visit(script)
  if (initial.size === 0) throw new Error(`${dist} holds no built client`)
  return {
    initial,
    // Preloaded at once but not imported by the app's script: libsodium, which it imports itself.
    eager: urls(outside, PRELOAD_RE).filter((f) => !initial.has(f)),
    templates: new Map([...templates].map(([name, tags]) => [name, urls(tags, PRELOAD_RE)])),
    stylesheets: urls(outside, STYLESHEET_RE),
    html,
  }
}

/** Gzip sizes of the built files, grouped by which page loads them. */
export function distSizes(dist = WEB_DIST): Omit<WebBudget, 'createReadyCold' | 'createReadyWarm'> {
  const graph = builtGraph(dist)
  const read = (file: string): Buffer => readFileSync(join(dist, file))
  const gzip = (files: Iterable<string>): number =>
    [...new Set(files)].reduce((sum, f) => sum + gzipSync(read(f)).length, 0)
  const brotli = (files: Iterable<string>): number =>
    [...new Set(files)].reduce((sum, f) => sum + brotliCompressSync(read(f)).length, 0)
  const template = (name: string): readonly string[] => {
    const files = graph.templates.get(name)
    if (!files) throw new Error(`index.html has no <template id="preload-${name}">`)
    return files
  }
  const locales = [...graph.templates.keys()].filter((name) => name.startsWith('locale-'))
  const largestLocale = locales
    .map((name) => template(name))
    .reduce<readonly string[]>((a, b) => (gzip(b) > gzip(a) ? b : a), [])
  const pages = [...graph.templates.keys()].filter((name) => name.startsWith('page-'))
  const createPage = [...graph.initial, ...largestLocale]
  return {
    createPageJsGzipBytes: gzip(createPage),
    createPageJsBrotliBytes: brotli(createPage),
    createdPageJsGzipBytes: gzip(template('page-created')),
    revealPageJsGzipBytes: gzip([...createPage, ...template('page-split-reveal')]),
    totalAppJsGzipBytes: gzip([...graph.initial, ...pages.flatMap(template)]),
    localeJsGzipBytes: gzip(largestLocale),
    cssGzipBytes: gzip(graph.stylesheets),
    htmlGzipBytes: gzipSync(graph.html).length,
    sodiumGzipBytes: gzip(graph.eager),
    sodiumSumoGzipBytes: gzip(template('sumo')),
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
