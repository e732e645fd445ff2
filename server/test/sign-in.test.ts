/**
 * Sign-in (issue 17) without a provider: configuration, the rules on claims,
 * and what a session cookie may do — expiry, tampering, ownership, the admin
 * API, cross-site requests, CREATE_REQUIRES_LOGIN. The full flow against a
 * real provider is tests/e2e/web-sign-in.test.ts.
 */
import type { AdminSecretList, ApiKeyList, ConfigResponse } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import { ConfigError, describeConfig, loadConfig } from '@hushlink/server'
import { judgeClaims, ownerOf } from '../src/sign-in/claims.js'
import { encodeSession, newSession } from '../src/sign-in/session-cookie.js'
import { APP_TESTS, buildTestApp, type TestApp } from './helpers/app.js'
import { makeSecret } from './helpers/secrets.js'

const PUBLIC_URL = 'https://secrets.example.com'
const SIGN_IN = {
  PUBLIC_URL,
  // Nothing listens there: discovery fails, which only /auth/login notices.
  OIDC_ISSUER: 'http://127.0.0.1:9/realms/company',
  OIDC_CLIENT_ID: 'hushlink',
  OIDC_CLIENT_SECRET: 'client-secret',
  OIDC_ADMIN_GROUPS: 'admins',
  SESSION_SECRET: 'x'.repeat(40),
  SESSION_LIFETIME: '3600',
}
const COOKIE = '__Host-hushlink-session'
const SAME_ORIGIN = { origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' }

describe('sign-in configuration', () => {
  it('is off by default and needs its parts together', () => {
    expect(loadConfig({}).oidc).toBeNull()
    const config = loadConfig(SIGN_IN)
    expect(config.oidc).toMatchObject({
      issuer: SIGN_IN.OIDC_ISSUER,
      scopes: ['openid', 'profile', 'email'],
      allowedDomains: null,
      allowedGroups: null,
      adminGroups: ['admins'],
      groupsClaim: 'groups',
      clockTolerance: 30,
      sessionLifetime: 3600,
    })
    expect(JSON.stringify(describeConfig(config))).not.toContain(SIGN_IN.SESSION_SECRET)
    expect(JSON.stringify(describeConfig(config))).not.toContain(SIGN_IN.OIDC_CLIENT_SECRET)
    const refused: [Record<string, string>, RegExp][] = [
      [{ OIDC_CLIENT_ID: 'x' }, /^OIDC_CLIENT_ID needs OIDC_ISSUER/],
      [{ CREATE_REQUIRES_LOGIN: 'true' }, /^CREATE_REQUIRES_LOGIN=true needs sign-in/],
      [{ ...SIGN_IN, OIDC_CLIENT_ID: '' }, /^OIDC_ISSUER needs OIDC_CLIENT_ID/],
      [{ ...SIGN_IN, OIDC_CLIENT_SECRET: '' }, /^OIDC_ISSUER needs OIDC_CLIENT_SECRET/],
      [{ ...SIGN_IN, SESSION_SECRET: 'short' }, /^SESSION_SECRET must be set to at least 32/],
      [{ ...SIGN_IN, PUBLIC_URL: '' }, /^OIDC_ISSUER needs PUBLIC_URL/],
      [{ ...SIGN_IN, OIDC_ISSUER: 'http://idp.example.com' }, /^OIDC_ISSUER must be an https/],
      [{ ...SIGN_IN, OIDC_SCOPES: 'profile,email' }, /^OIDC_SCOPES must include openid/],
      [{ ...SIGN_IN, OIDC_ALLOWED_DOMAINS: 'a.com,,b.com' }, /^OIDC_ALLOWED_DOMAINS must be/],
      [{ ...SIGN_IN, SESSION_LIFETIME: '10' }, /^SESSION_LIFETIME must be an integer/],
      [{ ...SIGN_IN, OIDC_CLOCK_TOLERANCE: '-1' }, /^OIDC_CLOCK_TOLERANCE must be an integer/],
    ]
    for (const [env, message] of refused) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError)
      expect(() => loadConfig(env)).toThrow(message)
    }
  })
})

describe('rules on claims', () => {
  const rules = {
    allowedDomains: ['example.com'],
    allowedGroups: ['staff'],
    adminGroups: ['admins'],
    groupsClaim: 'groups',
  }
  const user = { sub: 'u1', email: 'a@Example.COM', email_verified: true, name: 'A' }

  it('lets members in, marks admins, and refuses the rest', () => {
    expect(judgeClaims({ ...user, groups: ['staff'] }, rules)).toEqual({
      allowed: true,
      owner: 'oidc:u1',
      name: 'A',
      admin: false,
    })
    expect(judgeClaims({ ...user, groups: ['staff', 'admins'] }, rules)).toMatchObject({
      admin: true,
    })
    expect(judgeClaims({ ...user, groups: [] }, rules)).toEqual({
      allowed: false,
      refusal: 'group',
    })
    for (const claims of [
      { ...user, email: 'a@example.com.evil.test', groups: ['staff'] },
      { ...user, email_verified: false, groups: ['staff'] },
      { sub: 'u1', groups: ['staff'] },
    ]) {
      expect(judgeClaims(claims, rules)).toEqual({ allowed: false, refusal: 'domain' })
    }
  })

  it('records the subject, hashed when it would not fit an owner', () => {
    expect(ownerOf('f3c1-uuid')).toBe('oidc:f3c1-uuid')
    const long = ownerOf('x'.repeat(64))
    expect(long).toMatch(/^oidc:~[A-Za-z0-9_-]{43}$/)
    expect(ownerOf('x'.repeat(64))).toBe(long)
    expect(ownerOf('has space')).toMatch(/^oidc:~/)
  })
})

function session(t: TestApp, sub: string, admin = false): string {
  const user = newSession(
    { owner: ownerOf(sub), name: sub, admin },
    t.clock.now(),
    t.config.oidc?.sessionLifetime ?? 0,
  )
  return `${COOKIE}=${t.app.signCookie(encodeSession(user))}`
}

async function create(t: TestApp, headers: Record<string, string>) {
  const secret = await makeSecret()
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/secrets',
    headers: { ...SAME_ORIGIN, ...headers },
    payload: secret.body,
  })
  return { res, id: secret.id }
}

describe('sessions', APP_TESTS, () => {
  it('records the owner, lists and burns only their own secrets, and ends with its lifetime', async () => {
    const t = await buildTestApp({ ...SIGN_IN, CREATE_REQUIRES_LOGIN: 'true' })
    const anonymous = await create(t, {})
    expect(anonymous.res.statusCode).toBe(401)
    expect(anonymous.res.json().error.message).toBe(
      'This server creates secrets only for its members: sign in or send an API key.',
    )
    const ann = session(t, 'ann')
    const ben = session(t, 'ben')
    const mine = await create(t, { cookie: ann })
    expect(mine.res.statusCode).toBe(201)
    await create(t, { cookie: ben })

    const list = await t.app.inject({ url: '/api/v1/my/secrets', headers: { cookie: ann } })
    expect(list.json<AdminSecretList>().items.map((s) => [s.id, s.owner])).toEqual([
      [mine.id, 'oidc:ann'],
    ])
    const burn = (cookie: string) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/my/secrets/${mine.id}`,
        headers: { ...SAME_ORIGIN, cookie },
      })
    expect((await burn(ben)).statusCode).toBe(404)
    expect((await burn(ann)).statusCode).toBe(204)
    const after = await t.app.inject({ url: '/api/v1/my/secrets', headers: { cookie: ann } })
    expect(after.json<AdminSecretList>().items[0]?.state).toBe('burned')

    // A cookie altered by its holder is no session at all.
    const forged = ann.replace(
      /^([^=]+=)(.)/,
      (_, name: string, c: string) => `${name}${c === 'W' ? 'X' : 'W'}`,
    )
    const refused = await t.app.inject({ url: '/api/v1/my/secrets', headers: { cookie: forged } })
    expect(refused.statusCode).toBe(401)

    t.clock.advance(3600 * 1000)
    const expired = await t.app.inject({ url: '/api/v1/my/secrets', headers: { cookie: ann } })
    expect(expired.statusCode).toBe(401)
    expect(expired.json().error.message).toBe('Your sign-in has expired: sign in again.')
    expect((await t.app.inject({ url: '/auth/session', headers: { cookie: ann } })).json()).toEqual(
      {
        user: null,
      },
    )
  })

  it('opens the admin API to admins only, and refuses cross-site requests with the cookie', async () => {
    const t = await buildTestApp(SIGN_IN)
    const admin = session(t, 'root', true)
    const member = session(t, 'ann')
    const stats = (cookie: string) =>
      t.app.inject({ url: '/api/v1/admin/stats', headers: { cookie } })
    expect((await stats(admin)).statusCode).toBe(200)
    expect((await stats(member)).statusCode).toBe(403)
    expect((await stats(member)).json().error.message).toBe(
      'Your account is not in an admin group.',
    )

    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example.com' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/keys',
        headers: { ...headers, cookie: admin },
        payload: { name: 'sneaky', scope: 'admin' },
      })
      expect(res.statusCode, JSON.stringify(headers)).toBe(403)
      expect(res.json().error.code).toBe('forbidden')
    }
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/keys',
      headers: { ...SAME_ORIGIN, cookie: admin },
      payload: { name: 'ci', scope: 'create' },
    })
    expect(made.statusCode).toBe(201)
    const listed = await t.app.inject({ url: '/api/v1/admin/keys', headers: { cookie: admin } })
    expect(listed.json<ApiKeyList>().items.map((k) => k.name)).toEqual(['ci'])
    expect(JSON.stringify(listed.json())).not.toContain(made.json().key)
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/keys',
      headers: { ...SAME_ORIGIN, cookie: admin },
      payload: { name: 'ci', scope: 'create' },
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('name_taken')
  })

  it('says the provider cannot be reached, with a page, when discovery fails', async () => {
    const t = await buildTestApp(SIGN_IN)
    const res = await t.app.inject({ url: '/auth/login' })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe(`${PUBLIC_URL}/sign-in?problem=unavailable`)
    const config = (await t.app.inject({ url: '/api/v1/config' })).json<ConfigResponse>()
    expect(config).toMatchObject({ sign_in: true, create_requires_login: false })
  })

  it('leaves an instance without sign-in as it was', async () => {
    const t = await buildTestApp({})
    for (const url of ['/auth/login', '/auth/session', '/api/v1/my/secrets', '/my-secrets']) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404)
    }
    const config = (await t.app.inject({ url: '/api/v1/config' })).json<ConfigResponse>()
    expect(Object.keys(config)).not.toContain('sign_in')
    // A cookie of that name means nothing here.
    const res = await t.app.inject({
      url: '/api/v1/admin/stats',
      headers: { cookie: `${COOKIE}=x` },
    })
    expect(res.statusCode).toBe(401)
  })
})
