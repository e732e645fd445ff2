import { logoutReply, sessionReply, type SessionResponse } from '@hushlink/shared/api'
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import * as client from 'openid-client'
import type { Clock } from '../clock.js'
import type { OidcConfig } from '../config.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import { toIsoTime } from '../wire.js'
import { judgeClaims, missingClaims } from './claims.js'
import type { Provider } from './provider.js'
import { decodeFlow, encodeFlow, flowCookieName, newSession } from './session-cookie.js'

export interface SignInRoutesOptions {
  readonly oidc: OidcConfig
  readonly provider: Provider
  readonly publicUrl: string
  readonly clock: Clock
  /** Requests per minute per address. */
  readonly rateLimit: number
}

/** Why a sign-in failed, as the page /sign-in?problem=… explains it. */
export type SignInProblem =
  'expired' | 'state' | 'denied' | 'rejected' | 'domain' | 'group' | 'unavailable'

/** How long the provider may take to send the user back. */
const FLOW_LIFETIME_MS = 10 * 60_000
/** Where a sign-in may return to: the pages of the web client that need it. */
const RETURN_PATHS = ['/', '/my-secrets', '/admin'] as const

/**
 * OpenID Connect sign-in, authorization code with PKCE: /auth/login sends
 * the browser to the provider with a fresh state, nonce and code challenge
 * (kept in a signed cookie for ten minutes); /auth/callback lets
 * openid-client check the answer (state, issuer, the ID token's signature,
 * audience, nonce and times) and applies the instance's rules on claims.
 * A failure sends the browser to a page that says why, and logs only the
 * reason: never a code, token, cookie or claim.
 */
const plugin: FastifyPluginCallback<SignInRoutesOptions> = (app, options, done) => {
  const { oidc, provider, publicUrl, clock } = options
  const redirectUri = `${publicUrl}/auth/callback`
  const flowCookie = flowCookieName(app.sessions.secure)
  const flowCookieOptions = {
    path: '/auth/',
    httpOnly: true,
    secure: app.sessions.secure,
    sameSite: 'lax',
  } as const
  // States already answered: a callback replayed on this process is refused before the
  // provider is asked (which refuses a used code anyway).
  const answered = new Map<string, number>()
  const route = { rateLimit: perMinute(options.rateLimit) }
  const page = (path: string): string => `${publicUrl}${path}`

  const fail = (
    request: FastifyRequest,
    reply: FastifyReply,
    problem: SignInProblem,
    err?: unknown,
  ): FastifyReply => {
    request.log.warn(
      { problem, ...(err === undefined ? {} : { error: errorKind(err) }) },
      'sign-in refused',
    )
    reply.clearCookie(flowCookie, flowCookieOptions)
    return reply.redirect(page(`/sign-in?problem=${problem}`), 303)
  }

  app.get<{ Querystring: { return?: string } }>(
    '/auth/login',
    {
      config: route,
      schema: {
        tags: ['sign-in'],
        operationId: 'signIn',
        summary: 'Start signing in: redirects to the identity provider',
        querystring: {
          type: 'object',
          properties: { return: { type: 'string', enum: RETURN_PATHS } },
        },
        response: { ...errorReplies(400, 429) },
      },
    },
    async (request, reply) => {
      let configuration: client.Configuration
      try {
        configuration = await provider.configuration()
      } catch (err) {
        return fail(request, reply, 'unavailable', err)
      }
      const verifier = client.randomPKCECodeVerifier()
      const flow = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier,
        expiresAt: clock.now() + FLOW_LIFETIME_MS,
        returnTo: request.query.return ?? '/my-secrets',
      }
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: oidc.scopes.join(' '),
        response_type: 'code',
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      })
      reply.setCookie(flowCookie, encodeFlow(flow), {
        ...flowCookieOptions,
        signed: true,
        maxAge: FLOW_LIFETIME_MS / 1000,
      })
      return reply.redirect(url.href, 303)
    },
  )

  app.get(
    '/auth/callback',
    {
      config: route,
      // The provider's parameters (code, state, iss…) are read by openid-client.
      schema: {
        tags: ['sign-in'],
        operationId: 'signInCallback',
        summary: 'Where the identity provider sends the user back',
      },
    },
    async (request, reply) => {
      const now = clock.now()
      for (const [state, until] of answered) if (until <= now) answered.delete(state)
      const raw = request.cookies[flowCookie]
      const unsigned = raw === undefined ? undefined : request.unsignCookie(raw)
      const flow = unsigned?.valid && unsigned.value ? decodeFlow(unsigned.value) : undefined
      if (!flow || flow.expiresAt <= now) return fail(request, reply, 'expired')
      const query = new URL(request.url, 'http://callback').searchParams
      if (query.get('state') !== flow.state || answered.has(flow.state)) {
        return fail(request, reply, 'state')
      }
      answered.set(flow.state, flow.expiresAt)
      if (query.has('error')) return fail(request, reply, 'denied')

      let claims: Record<string, unknown> & { sub: string }
      try {
        const configuration = await provider.configuration()
        const current = new URL(redirectUri)
        current.search = query.toString()
        const tokens = await client.authorizationCodeGrant(configuration, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        })
        const idClaims = tokens.claims()
        if (!idClaims) return fail(request, reply, 'rejected')
        claims = { ...idClaims }
        if (missingClaims(claims, oidc)) {
          const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
          claims = { ...info, ...idClaims }
        }
      } catch (err) {
        return fail(request, reply, isUnreachable(err) ? 'unavailable' : 'rejected', err)
      }
      const verdict = judgeClaims(claims, oidc)
      if (!verdict.allowed) return fail(request, reply, verdict.refusal)
      app.sessions.start(reply, newSession(verdict, clock.now(), oidc.sessionLifetime))
      reply.clearCookie(flowCookie, flowCookieOptions)
      request.log.info({ admin: verdict.admin }, 'signed in')
      const returnTo = RETURN_PATHS.find((path) => path === flow.returnTo) ?? '/my-secrets'
      return reply.redirect(page(returnTo), 303)
    },
  )

  app.get(
    '/auth/session',
    {
      config: route,
      schema: {
        tags: ['sign-in'],
        operationId: 'whoAmI',
        summary: 'Who is signed in (from the session cookie)',
        response: { 200: sessionReply, ...errorReplies(429) },
      },
    },
    (request): SessionResponse => {
      const user = request.user
      return {
        user: user
          ? { name: user.name, admin: user.admin, expires_at: toIsoTime(user.expiresAt) }
          : null,
      }
    },
  )

  app.post(
    '/auth/logout',
    {
      config: route,
      schema: {
        tags: ['sign-in'],
        operationId: 'signOut',
        summary: 'Sign out: ends the session here and says where to end it at the provider',
        response: { 200: logoutReply, ...errorReplies(403, 429) },
      },
    },
    async (request, reply) => {
      app.sessions.end(request, reply)
      let endSessionUrl: string | null = null
      try {
        const configuration = await provider.configuration()
        if (configuration.serverMetadata().end_session_endpoint) {
          endSessionUrl = client.buildEndSessionUrl(configuration, {
            client_id: oidc.clientId,
            post_logout_redirect_uri: page('/'),
          }).href
        }
      } catch (err) {
        request.log.warn({ error: errorKind(err) }, 'could not reach the identity provider')
      }
      return { end_session_url: endSessionUrl }
    },
  )
  done()
}

/** An error's class and code, never its message (which may quote a claim). */
function errorKind(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown'
  const code = (err as { code?: unknown }).code
  return typeof code === 'string' ? `${err.name}:${code}` : err.name
}

function isUnreachable(err: unknown): boolean {
  return err instanceof TypeError || (err instanceof Error && err.name === 'TimeoutError')
}

export const signInRoutes = fp(plugin, { name: 'sign-in', dependencies: ['sessions'] })
