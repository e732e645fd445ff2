import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import { INSTANCE_CONFIG_ELEMENT_ID } from '@hushlink/shared/api'
import type { FastifyPluginAsync } from 'fastify'
import { HttpError } from '../errors.js'

/** Paths the web client routes itself (see web/src/route.ts): all get the same page. */
export const SHELL_ROUTES = [
  '/',
  '/index.html',
  '/about',
  '/request',
  '/s/:id',
  '/r/:id',
  '/q/:id',
  '/i/:id',
] as const
/** Pages of signed-in users, served only when sign-in is configured. */
export const ACCOUNT_ROUTES = ['/sign-in', '/my-secrets', '/admin'] as const

/** Root file names served as-is: plain names only, nothing a router would read as a pattern. */
const ROOT_FILE_RE = /^[\w-][\w.-]*$/

const ASSET_PATH_RE = /^[\w.-]+(\/[\w.-]+)*$/

export interface WebClientOptions {
  /** The Vite build output: index.html, assets/ and any root files. */
  readonly webDist: string
  /** The page as made by `readShell`, or null when the client is not built. */
  readonly shell: Buffer | null
  /** Serve the sign-in, "my secrets" and admin pages too (OIDC_ISSUER is set). */
  readonly accountPages?: boolean
}

/**
 * Serves the built web client. The page is read once and sent byte-identical
 * for every id with no database access, so a link preview learns nothing.
 * Hashed files under /assets are immutable; everything else is no-store (the
 * security-headers plugin sets caching from each route's responseClass).
 */
export const webClient: FastifyPluginAsync<WebClientOptions> = async (
  app,
  { webDist, shell, accountPages = false },
) => {
  const routes = [...SHELL_ROUTES, ...(accountPages ? ACCOUNT_ROUTES : [])]
  if (!shell) {
    app.log.warn('web client not built: serving the API only')
    for (const url of routes) {
      app.get(url, { schema: { hide: true } }, () => {
        throw new HttpError(
          503,
          'unavailable',
          'The web client is not built. Run the build (pnpm build) and restart the server.',
        )
      })
    }
    return
  }

  await app.register(fastifyStatic, {
    root: webDist,
    serve: false,
    cacheControl: false,
    dotfiles: 'deny',
    index: false,
    // Serves name.js.br / name.js.gz when the build wrote them and the client accepts them.
    preCompressed: true,
  })
  for (const url of routes) {
    app.get(
      url,
      { schema: { hide: true }, config: { responseClass: 'shell' } },
      (_request, reply) => reply.type('text/html; charset=utf-8').send(shell),
    )
  }
  app.get<{ Params: { '*': string } }>(
    '/assets/*',
    { schema: { hide: true }, config: { responseClass: 'asset' } },
    (request, reply) => {
      const path = request.params['*']
      // Plain relative names only: nothing that climbs out of assets/.
      if (!ASSET_PATH_RE.test(path) || path.split('/').some((part) => /^\.+$/.test(part))) {
        return reply.callNotFound()
      }
      // The bytes depend on Accept-Encoding (preCompressed); shared caches must know.
      return reply.header('vary', 'accept-encoding').sendFile(`assets/${path}`)
    },
  )
  // Unhashed root files (favicon, robots.txt…) from the build's public folder.
  for (const entry of readdirSync(webDist, { withFileTypes: true })) {
    const name = entry.name
    if (!entry.isFile() || name === 'index.html' || !ROOT_FILE_RE.test(name)) continue
    app.get(`/${name}`, { schema: { hide: true } }, (_request, reply) => reply.sendFile(name))
  }
}

/** The page as served, and the CSP sources its inline stylesheets need. */
export interface Shell {
  readonly page: Buffer
  /** `'sha256-…'` of each `<style>` the page got instead of a stylesheet link. */
  readonly styleHashes: readonly string[]
}

const STYLESHEET_LINK_RE =
  /<link rel="stylesheet" crossorigin href="\/(assets\/[\w.-]+\.css)" integrity="(sha384-[\w+/=]+)">/g

/**
 * index.html made ready to serve, once at start-up, so a first visit paints
 * without waiting for anything but the page:
 * - each stylesheet (a few KB) is inlined in a `<style>` whose hash the CSP
 *   names (no 'unsafe-inline'); a file that does not match its integrity
 *   attribute keeps its link, which the browser then refuses;
 * - the instance's limits (`instanceConfig`, the body of GET /api/v1/config)
 *   are embedded in a JSON data block, which is never executed, so the strict
 *   CSP needs no change; `<` is escaped so no value can close the element.
 */
export function readShell(webDist: string, instanceConfig: object): Shell | null {
  let html: string
  try {
    html = readFileSync(join(webDist, 'index.html'), 'utf8')
  } catch {
    return null
  }
  const styleHashes: string[] = []
  html = html.replace(STYLESHEET_LINK_RE, (link, file: string, integrity: string) => {
    const css = readFileSync(join(webDist, file))
    const text = css.toString('utf8')
    if (`sha384-${digest('sha384', css)}` !== integrity || text.includes('</')) return link
    styleHashes.push(`'sha256-${digest('sha256', css)}'`)
    return `<style>${text}</style>`
  })
  const json = JSON.stringify(instanceConfig).replaceAll('<', '\\u003c')
  const element = `<script type="application/json" id="${INSTANCE_CONFIG_ELEMENT_ID}">${json}</script>`
  return { page: Buffer.from(html.replace('</head>', `  ${element}\n  </head>`)), styleHashes }
}

function digest(algorithm: 'sha256' | 'sha384', data: Buffer): string {
  return createHash(algorithm).update(data).digest('base64')
}
