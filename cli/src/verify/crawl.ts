import { createHash, randomBytes } from 'node:crypto'

/** One response the instance gave for a path, as a browser would decode it. */
export interface Served {
  readonly path: string
  /** What made a browser load it: the page that referenced it, or `start`. */
  readonly loadedBy: string
  readonly status: number
  /** The Content-Type essence, lower-case (`application/javascript`). */
  readonly type: string
  /** The Content-Encoding the response used (`identity`, `gzip`, `br`). */
  readonly encoding: string
  /** SHA-256 of the decoded body, hex. */
  readonly sha256: string
}

export interface Crawl {
  readonly served: readonly Served[]
  /** References to other origins, which the page must never make: `url ← page`. */
  readonly foreign: readonly { readonly url: string; readonly loadedBy: string }[]
  /** `<script>` elements with inline code, by page. */
  readonly inlineScripts: readonly string[]
}

/** Each file is fetched in every encoding the server may choose, so no variant escapes the check. */
const ENCODINGS = ['identity', 'gzip', 'br'] as const

const TAG_RE =
  /<(script|link|img|iframe|frame|embed|object|source|audio|video|track|input)\b([^>]*)>/gi
const ATTR_RE = /\s(src|href|data|srcset|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
/** Module specifiers and the asset lists Vite's preload helper carries. */
const JS_REF_RE =
  /(?:\bimport\s*\(\s*|\bimport\s*|\bfrom\s*)["'`]([^"'`]+)["'`]|["'`]((?:\.\.?\/|\/)?assets\/[\w./-]+)["'`]/g
const CSS_REF_RE = /url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g

/**
 * Loads the instance as a browser would: the page (at `/`, `/about` and a
 * fresh secret and receipt path, which must all be the same bytes), then
 * everything the page references, recursively (module imports, preloads,
 * stylesheets, icons, CSS urls), then whatever else `alsoCheck` lists.
 */
export async function crawlInstance(
  base: string,
  alsoCheck: readonly string[],
  timeoutMs: number,
  /** The built page from a served one (verify/page.ts); pages are compared as built. */
  builtPage: (served: string) => string = (served) => served,
): Promise<Crawl> {
  const origin = new URL(base).origin
  const served: Served[] = []
  const foreign: { url: string; loadedBy: string }[] = []
  const inlineScripts: string[] = []
  const seen = new Set<string>()
  const queue: { path: string; loadedBy: string }[] = pagePaths().map((path) => ({
    path,
    loadedBy: 'start',
  }))
  const enqueue = (reference: string, from: string): void => {
    if (reference === '' || reference.startsWith('#') || /^(?:data|blob|about):/i.test(reference)) {
      return
    }
    const url = new URL(reference, `${base}${from}`)
    if (url.origin !== origin) {
      foreign.push({ url: url.href, loadedBy: from })
      return
    }
    queue.push({ path: url.pathname, loadedBy: from })
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.path)) continue
    seen.add(next.path)
    const isPage = next.loadedBy === 'start'
    for (const encoding of isPage ? (['identity'] as const) : ENCODINGS) {
      const { served: one, body } = await fetchOne(base, next, encoding, timeoutMs, builtPage)
      served.push(one)
      if (encoding !== 'identity' || one.status !== 200) continue
      for (const reference of referencesIn(one.type, body.toString('utf8'))) {
        enqueue(reference, next.path)
      }
      if (one.type === 'text/html' && hasInlineScript(body.toString('utf8'))) {
        inlineScripts.push(next.path)
      }
    }
    if (queue.length === 0) {
      for (const path of alsoCheck) if (!seen.has(path)) queue.push({ path, loadedBy: 'manifest' })
    }
  }
  return { served, foreign, inlineScripts }
}

/** The paths that serve the page: the same bytes for every one of them, and for every id. */
export function pagePaths(): string[] {
  const id = randomBytes(16).toString('base64url')
  return ['/', '/about', `/s/${id}`, `/r/${id}`]
}

async function fetchOne(
  base: string,
  target: { path: string; loadedBy: string },
  encoding: string,
  timeoutMs: number,
  builtPage: (served: string) => string,
): Promise<{ served: Served; body: Buffer }> {
  const response = await fetch(`${base}${target.path}`, {
    headers: { 'accept-encoding': encoding, accept: '*/*' },
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  })
  // fetch decodes gzip and br itself: the digest is of what a browser would run.
  const received = Buffer.from(await response.arrayBuffer())
  const type = (response.headers.get('content-type') ?? '').replace(/;.*/s, '').trim().toLowerCase()
  const body = type === 'text/html' ? Buffer.from(builtPage(received.toString('utf8'))) : received
  return {
    body,
    served: {
      path: target.path,
      loadedBy: target.loadedBy,
      status: response.status,
      type,
      encoding: response.headers.get('content-encoding') ?? 'identity',
      sha256: createHash('sha256').update(body).digest('hex'),
    },
  }
}

export function referencesIn(type: string, text: string): string[] {
  const out: string[] = []
  if (type === 'text/html') {
    for (const tag of text.matchAll(TAG_RE)) {
      for (const attr of (tag[2] ?? '').matchAll(ATTR_RE)) {
        const value = attr[2] ?? attr[3] ?? attr[4] ?? ''
        // srcset: "url 1x, url 2x"
        const urls = attr[1]?.toLowerCase() === 'srcset' ? value.split(',') : [value]
        for (const u of urls) out.push(decodeEntities(u.trim().split(/\s+/)[0] ?? ''))
      }
    }
  } else if (type === 'text/javascript' || type === 'application/javascript') {
    for (const m of text.matchAll(JS_REF_RE)) {
      const ref = m[1] ?? m[2] ?? ''
      // Vite lists preloads relative to the site root without a slash.
      out.push(m[2] !== undefined && ref.startsWith('assets/') ? `/${ref}` : ref)
    }
  } else if (type === 'text/css') {
    for (const m of text.matchAll(CSS_REF_RE)) out.push(m[1] ?? m[2] ?? '')
  }
  // Bare specifiers ("vite", "node:fs") are not URLs a browser fetches.
  return out.filter((r) => /^(?:[a-z][a-z0-9+.-]*:|\/|\.\.?\/)/i.test(r))
}

function hasInlineScript(html: string): boolean {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc\s*=/i.test(m[1] ?? '') && (m[2] ?? '').trim() !== '') return true
  }
  return false
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
}
