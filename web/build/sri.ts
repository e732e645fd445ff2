import { createHash } from 'node:crypto'
import type { Plugin, Rolldown } from 'vite'

/** Tags whose fetch a browser checks against `integrity`: module scripts, styles, preloads. */
const TAG_RE = /<(script|link)\b[^>]*>/g
const URL_ATTR_RE = /\s(?:src|href)="(\/assets\/[^"]+)"/
const SCRIPT_SRC_RE = /<script\b[^>]*\ssrc="(\/assets\/[^"]+)"/g
const REL_RE = /\srel="(stylesheet|modulepreload|preload)"/

export function integrityOf(content: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`
}

/**
 * Adds `integrity` and `crossorigin` to every script, stylesheet and preload
 * that points into /assets. An asset the bundle does not hold fails the build:
 * shipping an unprotected tag silently is worse than not shipping.
 */
export function addIntegrity(
  html: string,
  read: (path: string) => string | Uint8Array | undefined,
): string {
  return html.replace(TAG_RE, (tag, name: string) => {
    const url = URL_ATTR_RE.exec(tag)?.[1]
    if (!url || (name === 'link' && !REL_RE.test(tag)) || /\sintegrity=/.test(tag)) return tag
    const content = read(url)
    if (content === undefined) throw new Error(`SRI: ${url} is referenced but not in the bundle`)
    const crossorigin = /\scrossorigin\b/.test(tag) ? '' : ' crossorigin'
    return tag.replace(
      /\s*\/?>$/,
      (end) => ` integrity="${integrityOf(content)}"${crossorigin}${end}`,
    )
  })
}

/** The files to preload for a dynamic chunk: itself and every chunk it imports statically. */
export function chunkFiles(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk): string[] {
  const files = new Set<string>()
  const visit = (c: Rolldown.OutputChunk): void => {
    if (files.has(c.fileName)) return
    files.add(c.fileName)
    for (const dep of c.imports) {
      const next = bundle[dep]
      if (next?.type === 'chunk') visit(next)
    }
  }
  visit(chunk)
  return [...files]
}

export interface SriOptions {
  /** Dynamic imports that index.html starts fetching at once (matched on the module id). */
  readonly eager?: RegExp
  /**
   * Dynamic imports whose preload tags wait inactive in `<template id="preload-NAME">`
   * until the app clones them into the document: verified like the rest, fetched only when needed.
   */
  readonly lazy?: Readonly<Record<string, RegExp>>
  /**
   * Modules loaded on demand one template each, named by the pattern's first group:
   * `preload-page-NAME`. Every dynamic import must be eager, lazy or one of these.
   */
  readonly pages?: RegExp
}

/** A module the page loads on demand: where the app asks for it, and the files it needs. */
interface Group {
  readonly name: string
  readonly chunks: readonly Rolldown.OutputChunk[]
}

/**
 * Which template holds each dynamic import's preloads. A dynamic import left
 * out would be fetched without integrity, so it fails the build instead.
 */
export function lazyGroups(
  dynamic: readonly Rolldown.OutputChunk[],
  options: SriOptions,
): { readonly eager: readonly Rolldown.OutputChunk[]; readonly lazy: readonly Group[] } {
  const covered = new Set<Rolldown.OutputChunk>()
  const matching = (pattern: RegExp): Rolldown.OutputChunk[] => {
    const matches = dynamic.filter((c) => pattern.test(c.facadeModuleId ?? ''))
    if (matches.length === 0) throw new Error(`SRI: no dynamic chunk matches ${pattern}`)
    for (const c of matches) covered.add(c)
    return matches
  }
  const eager = options.eager ? matching(options.eager) : []
  const lazy = Object.entries(options.lazy ?? {}).map(([name, pattern]) => ({
    name,
    chunks: matching(pattern),
  }))
  const pages = options.pages
  if (pages) {
    for (const chunk of dynamic) {
      const name = pages.exec(chunk.facadeModuleId ?? '')?.[1]
      if (name === undefined || covered.has(chunk)) continue
      covered.add(chunk)
      lazy.push({ name: `page-${name}`, chunks: [chunk] })
    }
  }
  const left = dynamic.filter((c) => !covered.has(c)).map((c) => c.facadeModuleId ?? c.fileName)
  if (left.length > 0)
    throw new Error(`SRI: no preload for the dynamic import of ${left.join(', ')}`)
  return { eager, lazy }
}

/**
 * Subresource Integrity for the built index.html, computed on the final bytes
 * of every asset after Vite has written its tags. Dynamic imports are covered
 * through integrity-checked modulepreload links: the later import() finds the
 * verified module already in the module map.
 */
export function subresourceIntegrity(options: SriOptions = {}): Plugin {
  return {
    name: 'hushlink:sri',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const page = bundle['index.html']
        if (page?.type !== 'asset') throw new Error('SRI: index.html is missing from the bundle')
        const chunks = Object.values(bundle).filter(
          (c): c is Rolldown.OutputChunk => c.type === 'chunk',
        )
        const groups = lazyGroups(
          chunks.filter((c) => c.isDynamicEntry),
          options,
        )
        // What index.html loads already (its scripts and their static imports) needs no template.
        const loaded = new Set(
          [...String(page.source).matchAll(SCRIPT_SRC_RE)].flatMap(([, url]) => {
            const script = bundle[url?.slice(1) ?? '']
            return script?.type === 'chunk' ? chunkFiles(bundle, script) : []
          }),
        )
        const eager = groups.eager
          .flatMap((c) => chunkFiles(bundle, c))
          .filter((f) => !loaded.has(f))
        for (const f of eager) loaded.add(f)
        const tags = [...new Set(eager)].map(preloadTag)
        for (const { name, chunks: members } of groups.lazy) {
          const files = new Set(members.flatMap((c) => chunkFiles(bundle, c)))
          const tagged = [...files].filter((f) => !loaded.has(f)).map(preloadTag)
          tags.push(`<template id="preload-${name}">${tagged.join('')}</template>`)
        }
        const html = String(page.source).replace('</head>', `  ${tags.join('\n    ')}\n  </head>`)
        page.source = addIntegrity(html, (url) => {
          const item = bundle[url.slice(1)]
          if (!item) return undefined
          return item.type === 'chunk' ? item.code : item.source
        })
      },
    },
  }
}

function preloadTag(file: string): string {
  return `<link rel="modulepreload" crossorigin href="/${file}">`
}
