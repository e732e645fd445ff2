import type { BuildManifest } from '@hushlink/shared'
import type { Crawl, Served } from './crawl.js'

export type Difference =
  | { readonly kind: 'different'; readonly served: Served; readonly expected: string }
  | { readonly kind: 'type'; readonly served: Served; readonly expected: string }
  | { readonly kind: 'extra'; readonly served: Served }
  | { readonly kind: 'status'; readonly served: Served }
  | { readonly kind: 'foreign'; readonly url: string; readonly loadedBy: string }
  | { readonly kind: 'inline'; readonly page: string }

/** The manifest entry a path must match: the page is served at several paths. */
export function expectedPathOf(path: string): string {
  return path === '/' || path === '/about' || /^\/[sr]\/[^/]+$/.test(path) ? '/index.html' : path
}

/** Every way the instance differs from the manifest; empty when it serves exactly the build. */
export function compareWithManifest(manifest: BuildManifest, crawl: Crawl): Difference[] {
  const out: Difference[] = []
  for (const served of crawl.served) {
    const entry = manifest.files[expectedPathOf(served.path)]
    if (entry === undefined) {
      out.push({ kind: 'extra', served })
    } else if (served.status !== 200) {
      out.push({ kind: 'status', served })
    } else {
      if (served.sha256 !== entry.sha256) {
        out.push({ kind: 'different', served, expected: entry.sha256 })
      }
      if (served.type !== entry.type) out.push({ kind: 'type', served, expected: entry.type })
    }
  }
  for (const f of crawl.foreign) out.push({ kind: 'foreign', ...f })
  for (const page of crawl.inlineScripts) out.push({ kind: 'inline', page })
  return out
}

/** One paragraph per difference: which file, what was expected, what was served. */
export function describeDifference(d: Difference, show: (s: string) => string): string {
  const via = (s: Served): string =>
    `${s.encoding === 'identity' ? '' : ` (${s.encoding})`}${s.loadedBy === 'start' || s.loadedBy === 'manifest' ? '' : `, loaded by ${show(s.loadedBy)}`}`
  switch (d.kind) {
    case 'different':
      return [
        `DIFFERENT  ${show(d.served.path)}${via(d.served)}`,
        `    expected sha256 ${d.expected}`,
        `    served   sha256 ${d.served.sha256}`,
      ].join('\n')
    case 'type':
      return [
        `TYPE       ${show(d.served.path)}${via(d.served)}`,
        `    expected Content-Type ${show(d.expected)}`,
        `    served   Content-Type ${show(d.served.type || '(none)')}`,
      ].join('\n')
    case 'extra':
      return [
        `EXTRA      ${show(d.served.path)}${via(d.served)}: not in the manifest`,
        `    served   sha256 ${d.served.sha256} (HTTP ${d.served.status}, ${show(d.served.type || 'no type')})`,
      ].join('\n')
    case 'status':
      return `MISSING    ${show(d.served.path)}${via(d.served)}: HTTP ${d.served.status}`
    case 'foreign':
      return `FOREIGN    ${show(d.url)}, loaded by ${show(d.loadedBy)}: another origin`
    case 'inline':
      return `INLINE     ${show(d.page)} carries an inline <script>`
  }
}
