import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

export type HeaderSet = Readonly<Record<string, string>>

/** Which set of headers a response gets (protocol reference §3.6). */
export type ResponseClass = 'shell' | 'asset' | 'docs' | 'api'

const COMMON: HeaderSet = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
}

const NO_STORE: HeaderSet = { 'cache-control': 'no-store', pragma: 'no-cache' }

/** Even a sniffed ciphertext can never execute, and nothing may frame a response. */
export const API_HEADERS: HeaderSet = {
  ...COMMON,
  ...NO_STORE,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex',
}

const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
].join(', ')

/**
 * The page's policy: only same-origin scripts, styles and connections, and the
 * inline stylesheets the server put in the page, by hash (`inlineStyles`);
 * 'wasm-unsafe-eval' because libsodium instantiates its embedded WASM;
 * Trusted Types so no HTML sink can be written to.
 */
export function shellContentSecurityPolicy(
  publicUrl: string | null,
  inlineStyles: readonly string[] = [],
): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...inlineStyles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ]
  // On plain http (a local install) upgrading would break every asset load.
  if (publicUrl?.startsWith('https:')) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The header set for this route's successful responses; API by default. */
    responseClass?: ResponseClass
  }
}

export interface SecurityHeadersOptions {
  readonly publicUrl: string | null
  /** CSP sources (`'sha256-…'`) of the page's inline stylesheets (plugins/web-client.ts). */
  readonly inlineStyles?: readonly string[]
}

/**
 * Sets the headers for every response, including errors and 404s: the class
 * comes from the route, and any error response falls back to the API set so
 * an error is never cached as an immutable asset.
 */
const plugin: FastifyPluginCallback<SecurityHeadersOptions> = (
  app,
  { publicUrl, inlineStyles },
  done,
) => {
  const sets: Readonly<Record<ResponseClass, HeaderSet>> = {
    api: API_HEADERS,
    shell: {
      ...COMMON,
      ...NO_STORE,
      'content-security-policy': shellContentSecurityPolicy(publicUrl, inlineStyles),
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': PERMISSIONS_POLICY,
      'x-robots-tag': 'noindex, nofollow, noarchive',
    },
    asset: { ...COMMON, 'cache-control': 'public, max-age=31536000, immutable' },
    // The API reference (plugins/api-reference.ts): static HTML under the page's own strict policy.
    docs: {
      ...COMMON,
      ...NO_STORE,
      'content-security-policy': shellContentSecurityPolicy(publicUrl),
      'x-frame-options': 'DENY',
      'x-robots-tag': 'noindex',
    },
  }
  app.addHook('onSend', (request, reply, payload, next) => {
    reply.headers(sets[responseClass(request, reply)])
    next(null, payload)
  })
  done()
}

function responseClass(request: FastifyRequest, reply: FastifyReply): ResponseClass {
  // An error is JSON, except the web client's own "page not found" (HTML, 404).
  if (reply.statusCode >= 400) {
    return String(reply.getHeader('content-type')).startsWith('text/html') ? 'shell' : 'api'
  }
  return request.routeOptions.config.responseClass ?? 'api'
}

export const securityHeaders = fp(plugin, { name: 'security-headers' })
