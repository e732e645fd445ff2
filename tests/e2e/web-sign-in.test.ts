/**
 * Issue 17: sign-in with a real OpenID provider (oidc-provider on loopback)
 * in real Chromium — "my secrets", the refusals, the admin page — and a scan
 * of the server's log for tokens, codes, cookies and e-mail addresses.
 * One server, one provider, one Chromium; a browser context per person.
 */
import { createSecret } from '@hushlink/shared'
import type { AdminSecret, ApiKeyList, CreatedApiKey } from '@hushlink/shared/api'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  chromiumAvailable,
  launchChromium,
  probeContext,
  type LaunchedBrowser,
  type PageProbe,
} from '../support/browser.js'
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js'
import { freePort, PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import {
  axeViolations,
  horizontalOverflow,
  createInUi,
  openLink,
  pressReveal,
  revealedText,
  HEADINGS,
  SEL,
} from './web-flows.js'

const USERS = {
  alice: { email: 'alice@example.com', name: 'Alice Admin', groups: ['staff', 'admins'] },
  bob: { email: 'bob@example.com', name: 'Bob Staff', groups: ['staff'] },
  eve: { email: 'eve@elsewhere.test', name: 'Eve Outside', groups: ['staff'] },
  mallory: { email: 'mallory@example.com', name: 'Mallory Nogroup', groups: [] },
} as const
const SESSION_COOKIE = 'hushlink-session'
const FLOW_COOKIE = 'hushlink-sign-in'

describe.skipIf(!chromiumAvailable)('sign-in with OpenID Connect', () => {
  let server: RunningServer
  let provider: TestProvider
  let chromium: LaunchedBrowser
  let base = ''
  /** Codes and cookie values seen in the tests: none may reach the log. */
  const seen: string[] = []
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    provider = await startTestProvider(`${base}/auth/callback`, USERS)
    server = await startServer({
      port,
      env: {
        ...PERMISSIVE_LIMITS,
        PUBLIC_URL: base,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_ALLOWED_DOMAINS: 'example.com',
        OIDC_ALLOWED_GROUPS: 'staff',
        OIDC_ADMIN_GROUPS: 'admins',
        SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
        CREATE_REQUIRES_LOGIN: 'true',
      },
    })
    chromium = await launchChromium()
  }, 60_000)

  afterAll(async () => {
    await chromium?.close()
    await server?.stop()
    await provider?.close()
  })

  async function person(): Promise<{ context: BrowserContext; page: Page; probe: PageProbe }> {
    const context = await chromium.browser.newContext()
    contexts.push(context)
    const probe = await probeContext(context)
    return { context, page: await context.newPage(), probe }
  }

  /** Signs in through the provider's own pages (devInteractions: any password). */
  async function signIn(
    page: Page,
    login: string,
    returnTo = '/my-secrets',
    atProvider?: () => Promise<void>,
  ): Promise<void> {
    await page.goto(`${base}/auth/login?return=${returnTo}`)
    await atProvider?.()
    await page.locator('input[name=login]').fill(login)
    await page.locator('input[name=password]').fill('any password')
    await page.locator('button[type=submit]').click()
    const consent = page.getByRole('button', { name: 'Continue' })
    await Promise.race([
      consent.waitFor({ timeout: 30_000 }),
      page.waitForURL((url) => url.href.startsWith(base), { timeout: 30_000 }),
    ])
    if (!page.url().startsWith(base)) await consent.click()
    await page.waitForURL((url) => url.href.startsWith(base), { timeout: 30_000 })
    await page.locator('main:not([aria-busy]) h1').waitFor()
  }

  async function sessionCookie(context: BrowserContext): Promise<string> {
    const cookie = (await context.cookies(base)).find((c) => c.name === SESSION_COOKIE)
    if (!cookie) throw new Error('not signed in')
    seen.push(cookie.value)
    return `${SESSION_COOKIE}=${cookie.value}`
  }

  const heading = async (page: Page): Promise<string> =>
    (await page.locator(SEL.heading).textContent()) ?? ''

  it('signs in, creates, lists it in "my secrets", and shows when the recipient opened it', async () => {
    const alice = await person()
    await signIn(alice.page, 'alice')
    expect(await heading(alice.page)).toBe('My secrets')
    expect(await alice.page.locator('main .notice').textContent()).toBe('Nothing here yet.')

    const text = 'the deploy token for staging: 7f3a-orbit'
    // Signed in, the create page asks for no key.
    const { link } = await createInUi(alice.page, base, { text })
    expect(await alice.page.locator('input[name=api-key]').count()).toBe(0)

    await alice.page.goto(`${base}/my-secrets`)
    const row = alice.page.locator('table.secrets tbody tr')
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    expect(await row.locator('td.state').textContent()).toBe('Waiting')
    expect(await axeViolations(alice.page)).toEqual([])
    await alice.page.setViewportSize({ width: 360, height: 800 })
    expect(await horizontalOverflow(alice.page)).toBe(0)
    await alice.page.setViewportSize({ width: 1280, height: 800 })

    const recipient = await person()
    expect(await openLink(recipient.page, link)).toBe(HEADINGS.waiting)
    await pressReveal(recipient.page)
    expect(await revealedText(recipient.page)).toBe(text)
    // The recipient has no account and never got a session.
    expect((await recipient.context.cookies(base)).map((c) => c.name)).not.toContain(SESSION_COOKIE)

    await alice.page.getByRole('button', { name: 'Refresh' }).click()
    await alice.page.locator('table.secrets tbody tr[data-state=viewed]').waitFor()
    expect(await row.locator('td.state').textContent()).toMatch(/^Opened .*\d/)
    expect(await row.getByRole('button').count()).toBe(0)
    for (const { probe } of [alice, recipient]) expect(probe.cspViolations).toEqual([])

    // The server recorded the secret for the user's stable subject.
    const mine = (await (
      await fetch(`${base}/api/v1/my/secrets`, {
        headers: { cookie: await sessionCookie(alice.context) },
      })
    ).json()) as { items: AdminSecret[] }
    expect(mine.items.map((s) => [s.owner, s.state])).toEqual([['oidc:alice', 'viewed']])
  })

  it('refuses a bad state, a missing sign-in cookie, and a replayed answer', async () => {
    const login = await fetch(`${base}/auth/login`, { redirect: 'manual' })
    expect(login.status).toBe(303)
    const authorize = new URL(login.headers.get('location') ?? '')
    expect(authorize.origin).toBe(provider.issuer)
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
    const flow = /hushlink-sign-in=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? ''
    expect(flow).not.toBe('')
    seen.push(flow)
    const callback = (query: string, cookie?: string) =>
      fetch(`${base}/auth/callback?${query}`, {
        redirect: 'manual',
        headers: cookie ? { cookie: `${FLOW_COOKIE}=${cookie}` } : {},
      })
    const bad = await callback('code=abc&state=not-the-state', flow)
    expect(bad.status).toBe(303)
    expect(bad.headers.get('location')).toBe(`${base}/sign-in?problem=state`)
    expect(bad.headers.get('set-cookie') ?? '').not.toContain(`${SESSION_COOKIE}=`)
    const state = authorize.searchParams.get('state') ?? ''
    const noCookie = await callback(`code=abc&state=${state}`)
    expect(noCookie.headers.get('location')).toBe(`${base}/sign-in?problem=expired`)

    // A real answer, captured on its way back, then replayed with its sign-in cookie.
    const user = await person()
    let callbackUrl: string | undefined
    let flowCookie = ''
    // The provider redirects to the callback: the request event sees every hop of a redirect.
    user.context.on('request', (request) => {
      if (request.url().startsWith(`${base}/auth/callback?`)) callbackUrl ??= request.url()
    })
    await signIn(user.page, 'bob', '/my-secrets', async () => {
      const cookies = await user.context.cookies(`${base}/auth/callback`)
      flowCookie = cookies.find((c) => c.name === FLOW_COOKIE)?.value ?? ''
    })
    expect(await heading(user.page)).toBe('My secrets')
    if (callbackUrl === undefined || flowCookie === '') throw new Error('the callback was not seen')
    seen.push(new URL(callbackUrl).searchParams.get('code') ?? '', flowCookie)
    // The sign-in cookie is gone from the browser, but a copy of it does not help.
    const left = await user.context.cookies(`${base}/auth/callback`)
    expect(left.map((c) => c.name)).not.toContain(FLOW_COOKIE)
    const again = await fetch(callbackUrl, {
      redirect: 'manual',
      headers: { cookie: `${FLOW_COOKIE}=${flowCookie}` },
    })
    expect(again.headers.get('location')).toBe(`${base}/sign-in?problem=state`)
    expect(again.headers.get('set-cookie') ?? '').not.toContain(`${SESSION_COOKIE}=`)
  })

  it('refuses ID tokens from the wrong issuer or for the wrong audience, with a clear page', async () => {
    for (const tamper of [
      { iss: 'http://127.0.0.1:1/not-the-issuer' },
      { aud: 'another-client' },
    ]) {
      provider.tamper = tamper
      try {
        const user = await person()
        await signIn(user.page, 'alice')
        expect(new URL(user.page.url()).search).toBe('?problem=rejected')
        expect(await heading(user.page)).toBe('Sign-in failed')
        expect(await user.page.locator('main [data-problem]').textContent()).toBe(
          'The answer from the identity provider failed its security checks, so it was refused.',
        )
        expect((await user.context.cookies(base)).map((c) => c.name)).not.toContain(SESSION_COOKIE)
      } finally {
        provider.tamper = null
      }
    }
  })

  it('refuses users outside the allowed domain or groups', async () => {
    for (const [login, problem, message] of [
      ['eve', 'domain', 'Your account is not in a domain this server accepts.'],
      ['mallory', 'group', 'Your account is not in a group that may use this server.'],
    ] as const) {
      const user = await person()
      await signIn(user.page, login)
      expect(new URL(user.page.url()).search).toBe(`?problem=${problem}`)
      expect(await user.page.locator('main [data-problem]').textContent()).toBe(message)
      expect((await user.context.cookies(base)).map((c) => c.name)).not.toContain(SESSION_COOKIE)
      expect(await axeViolations(user.page)).toEqual([])
    }
    // Signed out, the create page offers sign-in (or a key) instead of creating.
    const visitor = await person()
    await visitor.page.goto(`${base}/`)
    const offer = visitor.page.locator('main form .notice')
    await offer.waitFor()
    expect(await offer.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/auth/login?return=/',
    )
    expect(await visitor.page.locator('input[name=api-key]').count()).toBe(1)
  })

  it('keeps non-admins out of the admin page and API, refuses cross-site requests, and ends sessions', async () => {
    const bob = await person()
    await signIn(bob.page, 'bob', '/admin')
    expect(await heading(bob.page)).toBe('This page is for administrators')
    expect(await axeViolations(bob.page)).toEqual([])
    const cookie = await sessionCookie(bob.context)
    const stats = await fetch(`${base}/api/v1/admin/stats`, { headers: { cookie } })
    expect(stats.status).toBe(403)
    expect(((await stats.json()) as { error: { code: string } }).error.code).toBe('forbidden')

    // Cross-site requests carrying the cookie: by fetch metadata, and by Origin alone.
    const crossSite = await fetch(`${base}/api/v1/secrets`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: '{}',
    })
    expect(crossSite.status).toBe(403)
    const sameSite = await fetch(`${base}/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-site' },
    })
    expect(sameSite.status).toBe(403)
    const otherOrigin = await fetch(`${base}/api/v1/my/secrets/AAAAAAAAAAAAAAAAAAAAAA`, {
      method: 'DELETE',
      headers: { cookie, origin: 'https://evil.example' },
    })
    expect(otherOrigin.status).toBe(403)
    expect(((await otherOrigin.json()) as { error: { code: string } }).error.code).toBe('forbidden')
    // Still signed in: none of them did anything.
    expect(
      (await (await fetch(`${base}/auth/session`, { headers: { cookie } })).json()).user?.name,
    ).toBe('Bob Staff')

    // Sign out in the page: the cookie is revoked, so a copy of it no longer works.
    await bob.page.goto(`${base}/my-secrets`)
    await bob.page.getByRole('button', { name: 'Sign out' }).click()
    await bob.page.waitForURL((url) => url.href.startsWith(provider.issuer) || url.pathname === '/')
    expect((await bob.context.cookies(base)).map((c) => c.name)).not.toContain(SESSION_COOKIE)
    const after = await fetch(`${base}/api/v1/my/secrets`, { headers: { cookie } })
    expect(after.status).toBe(401)
    expect(((await after.json()) as { error: { message: string } }).error.message).toBe(
      'Your sign-in has expired: sign in again.',
    )
  })

  it('admin page: pages through 250 secrets, burns one, creates and revokes an API key', async () => {
    const alice = await person()
    await signIn(alice.page, 'alice', '/admin')
    const cookie = await sessionCookie(alice.context)
    // An admin key, made through the admin API with the session (same origin).
    const made = await fetch(`${base}/api/v1/admin/keys`, {
      method: 'POST',
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'seed', scope: 'admin' }),
    })
    expect(made.status).toBe(201)
    const adminKey = ((await made.json()) as CreatedApiKey).key
    seen.push(adminKey)
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, { ...init, headers: { 'x-api-key': adminKey, ...init.headers } })
    for (let i = 0; i < 250; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          createSecret({
            server: base,
            text: `seed ${i + j}`,
            ttl: 3600,
            maxViews: 1,
            apiKey: adminKey,
          }),
        ),
      )
    }

    await alice.page.goto(`${base}/admin`)
    await alice.page.locator('table.secrets tbody tr').first().waitFor()
    expect(await heading(alice.page)).toBe('Administration')
    expect(await axeViolations(alice.page)).toEqual([])
    await alice.page.setViewportSize({ width: 360, height: 800 })
    expect(await horizontalOverflow(alice.page)).toBe(0)
    await alice.page.setViewportSize({ width: 1280, height: 800 })
    const ids = new Set<string>()
    for (let pages = 1; ; pages++) {
      for (const id of await alice.page
        .locator('table.secrets tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''))) {
        ids.add(id)
      }
      const next = alice.page.getByRole('button', { name: 'Next page' })
      if ((await next.count()) === 0) break
      await next.click()
      await alice.page.locator('table.secrets caption', { hasText: `Page ${pages + 1},` }).waitFor()
    }
    // The 250 and alice's earlier secret, each exactly once.
    expect(ids.size).toBe(251)

    await alice.page.goto(`${base}/admin`)
    const first = alice.page.locator('table.secrets tbody tr[data-state=active]').first()
    await first.waitFor()
    const burnId = (await first.getAttribute('data-id')) ?? ''
    await first.getByRole('button', { name: 'Burn' }).click()
    await alice.page
      .locator(`table.secrets tbody tr[data-id="${burnId}"][data-state=burned]`)
      .waitFor()
    expect(
      ((await (await api(`/api/v1/admin/secrets/${burnId}`)).json()) as AdminSecret).state,
    ).toBe('burned')

    // Extend: the next live secret's expiry moves to a day from now.
    const live = alice.page.locator('table.secrets tbody tr[data-state=active]').first()
    const extendId = (await live.getAttribute('data-id')) ?? ''
    const expiry = async (): Promise<string> =>
      ((await (await api(`/api/v1/admin/secrets/${extendId}`)).json()) as AdminSecret).expires_at
    const before = await expiry()
    await live.getByRole('button', { name: 'Extend 1 day', exact: false }).click()
    await expect.poll(expiry).not.toBe(before)
    // The state filter: only the burned one.
    await alice.page.locator('select[name=state]').selectOption('burned')
    await alice.page.getByRole('button', { name: 'Show' }).click()
    const rowIds = (): Promise<(string | null)[]> =>
      alice.page
        .locator('table.secrets tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
    await expect.poll(rowIds).toEqual([burnId])

    await alice.page.locator('input[name=key-name]').fill('ci-bot')
    await alice.page.locator('select[name=key-scope]').selectOption('create')
    await alice.page.getByRole('button', { name: 'Create key' }).click()
    const shown = alice.page.locator('input[name=new-key]')
    await shown.waitFor()
    const ciKey = await shown.inputValue()
    seen.push(ciKey)
    expect(ciKey).toMatch(/^hlk_[A-Za-z0-9_-]{43}$/)
    const listed = (await (await api('/api/v1/admin/keys')).json()) as ApiKeyList
    const ci = listed.items.find((k) => k.name === 'ci-bot')
    expect(ci).toMatchObject({ scope: 'create', revoked_at: null })
    expect(
      (await createSecret({ server: base, text: 'by ci', ttl: 3600, maxViews: 1, apiKey: ciKey }))
        .link,
    ).toContain('/s/')
    await alice.page.locator(`tr[data-key-id="${ci?.id}"]`).waitFor()
    expect(await axeViolations(alice.page)).toEqual([])
    await alice.page.getByRole('button', { name: 'Revoke the key ci-bot' }).click()
    await alice.page.locator(`tr[data-key-id="${ci?.id}"]`).waitFor({ state: 'detached' })
    const revoked = ((await (await api('/api/v1/admin/keys')).json()) as ApiKeyList).items.find(
      (k) => k.id === ci?.id,
    )
    expect(revoked?.revoked_at).not.toBeNull()
    await expect(
      createSecret({ server: base, text: 'too late', ttl: 3600, maxViews: 1, apiKey: ciKey }),
    ).rejects.toThrow()
  }, 180_000)

  it('logs no token, code, cookie or e-mail address', async () => {
    const log = server.logs.join('\n')
    expect(log).toContain('signed in')
    expect(log).toContain('sign-in refused')
    const secrets = [...provider.issued, ...seen].filter((s) => s.length >= 8)
    expect(secrets.length).toBeGreaterThan(10)
    for (const secret of secrets) expect(log).not.toContain(secret)
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
    for (const context of contexts) await context.close()
  })
})
