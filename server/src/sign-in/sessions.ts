import fastifyCookie from '@fastify/cookie'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Clock } from '../clock.js'
import type { OidcConfig } from '../config.js'
import { HttpError } from '../errors.js'
import {
  decodeSession,
  encodeSession,
  sessionCookieName,
  type SignedInUser,
} from './session-cookie.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user of a valid session cookie; null without one; undefined when sign-in is off. */
    user?: SignedInUser | null
    /** Why a session cookie that was sent does not count. */
    sessionProblem?: 'expired' | null
  }
  interface FastifyInstance {
    readonly sessions: Sessions
  }
}

export interface Sessions {
  /** Sets the session cookie. */
  start(reply: FastifyReply, user: SignedInUser): void
  /** Revokes the request's session (on this process) and clears its cookie. */
  end(request: FastifyRequest, reply: FastifyReply): void
  /** Whether cookies are sent with `Secure` (PUBLIC_URL is https). */
  readonly secure: boolean
}

export interface SessionsOptions {
  readonly oidc: OidcConfig
  /** PUBLIC_URL: its origin is the only one state-changing requests with the cookie may come from. */
  readonly publicUrl: string
  readonly clock: Clock
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The session cookie: HMAC-signed (SESSION_SECRET), HttpOnly, SameSite=Lax,
 * Secure behind HTTPS, valid until the expiry it carries. It is stateless, so
 * every replica accepts it; signing out revokes it on the process that
 * answered and clears it in the browser. A state-changing request carrying it
 * must come from this origin (Sec-Fetch-Site, else Origin): SameSite alone
 * lets sibling subdomains through.
 */
const plugin: FastifyPluginAsync<SessionsOptions> = async (app, { oidc, publicUrl, clock }) => {
  const secure = publicUrl.startsWith('https:')
  const origin = new URL(publicUrl).origin
  const name = sessionCookieName(secure)
  // Signed-out sessions until they would have expired anyway: few, and pruned as they lapse.
  const revoked = new Map<string, number>()

  await app.register(fastifyCookie, { secret: oidc.sessionSecret, algorithm: 'sha256' })
  app.decorateRequest('user', null)
  app.decorateRequest('sessionProblem', null)

  app.addHook('onRequest', (request, _reply, next) => {
    const raw = request.cookies[name]
    if (raw === undefined) return next()
    if (!SAFE_METHODS.has(request.method) && crossSite(request, origin)) {
      return next(new HttpError(403, 'forbidden', 'Cross-site requests are not accepted.'))
    }
    const unsigned = request.unsignCookie(raw)
    const user =
      unsigned.valid && unsigned.value !== null ? decodeSession(unsigned.value) : undefined
    if (user && (user.expiresAt <= clock.now() || revoked.has(user.sid))) {
      request.sessionProblem = 'expired'
    } else if (user) {
      request.user = user
    }
    next()
  })

  const cookieOptions = { path: '/', httpOnly: true, secure, sameSite: 'lax' } as const
  app.decorate('sessions', {
    secure,
    start(reply: FastifyReply, user: SignedInUser) {
      const maxAge = Math.max(0, Math.floor((user.expiresAt - clock.now()) / 1000))
      reply.setCookie(name, encodeSession(user), { ...cookieOptions, signed: true, maxAge })
    },
    end(request: FastifyRequest, reply: FastifyReply) {
      const now = clock.now()
      for (const [sid, expiresAt] of revoked) if (expiresAt <= now) revoked.delete(sid)
      if (request.user) revoked.set(request.user.sid, request.user.expiresAt)
      reply.clearCookie(name, cookieOptions)
    },
  } satisfies Sessions)
}

/**
 * Fetch metadata first (every current browser sends it), the Origin header
 * otherwise; a request with neither comes from no browser, so no other site
 * can have made it.
 */
function crossSite(request: FastifyRequest, origin: string): boolean {
  const site = request.headers['sec-fetch-site']
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none'
  const from = request.headers.origin
  return from !== undefined && from !== origin
}

export const sessions = fp(plugin, { name: 'sessions' })
