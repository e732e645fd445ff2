import type { FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, buildTestApp, IN_MEMORY } from './helpers/app.js'
import { storeSecret } from './helpers/secrets.js'

const SECURITY_HEADERS = [
  'cache-control',
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'permissions-policy',
  'pragma',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'x-robots-tag',
] as const

async function headersOf(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'OPTIONS',
  url: string,
  headers: Record<string, string> = {},
): Promise<Record<string, string | undefined>> {
  const res = await app.inject({ method, url, headers })
  const picked: Record<string, string | undefined> = { status: String(res.statusCode) }
  for (const name of SECURITY_HEADERS) picked[name] = res.headers[name] as string | undefined
  for (const name of Object.keys(res.headers)) {
    // Never CORS, never the obsolete XSS filter, never a server banner.
    expect(name).not.toMatch(/^access-control-|^x-xss-protection$|^x-powered-by$|^server$/)
  }
  return picked
}

describe('security headers per route class', APP_TESTS, () => {
  it('matches the snapshot for every class of response', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const secret = await storeSecret(app)
    const classes = {
      api: await headersOf(app, 'GET', `/api/v1/secrets/${secret.id}`),
      apiError: await headersOf(app, 'GET', '/api/v1/secrets/AAAAAAAAAAAAAAAAAAAAAA'),
      unknownRoute: await headersOf(app, 'GET', '/nothing/here'),
      health: await headersOf(app, 'GET', '/health'),
      shell: await headersOf(app, 'GET', `/s/${secret.id}`),
      asset: await headersOf(app, 'GET', '/assets/app-3f9a1c.js'),
      missingAsset: await headersOf(app, 'GET', '/assets/missing-0000.js'),
      rootFile: await headersOf(app, 'GET', '/robots.txt'),
      docs: await headersOf(app, 'GET', '/docs'),
      docsStyles: await headersOf(app, 'GET', '/docs/reference.css'),
      preflight: await headersOf(app, 'OPTIONS', '/api/v1/secrets', {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
      }),
    }
    expect(classes).toMatchSnapshot()
  })

  it('adds upgrade-insecure-requests to the page policy only behind https', async () => {
    const plain = await buildTestApp({ ...IN_MEMORY, PUBLIC_URL: 'http://127.0.0.1:8080' })
    const tls = await buildTestApp({ ...IN_MEMORY, PUBLIC_URL: 'https://secrets.example.com' })
    const csp = async (app: FastifyInstance): Promise<string> =>
      (await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy'] as string
    expect(await csp(plain.app)).not.toContain('upgrade-insecure-requests')
    expect(await csp(tls.app)).toContain('upgrade-insecure-requests')
  })

  it('never serves a weaker policy than the page: the API reference at /docs runs under the same one', async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const secret = await storeSecret(app)
    const shellPolicy = (await app.inject({ method: 'GET', url: '/' })).headers[
      'content-security-policy'
    ]
    const sandbox = (await app.inject({ method: 'GET', url: '/api/v1/config' })).headers[
      'content-security-policy'
    ]
    expect(shellPolicy).toContain("require-trusted-types-for 'script'")
    expect(sandbox).toContain('sandbox')
    const urls = [
      '/',
      '/about',
      `/s/${secret.id}`,
      `/r/${secret.id}`,
      '/docs',
      '/docs/',
      '/docs/reference.css',
      '/docs/static/index.html',
      '/docs/json',
      '/openapi.json',
      '/.well-known/hushlink-manifest.json',
      '/api/v1/config',
      `/api/v1/secrets/${secret.id}`,
      '/health',
      '/ready',
      '/metrics',
      '/assets/app-3f9a1c.js',
      '/assets/missing-0000.js',
      '/robots.txt',
      '/nothing/here',
    ]
    for (const url of urls) {
      const res = await app.inject({ method: 'GET', url })
      const policy = res.headers['content-security-policy']
      if (String(res.headers['content-type']).startsWith('text/html')) {
        expect(policy, url).toBe(shellPolicy)
      } else {
        expect([undefined, shellPolicy, sandbox], url).toContain(policy)
      }
      expect(String(policy), url).not.toMatch(/'unsafe-inline'|'unsafe-eval'/)
    }
    // The reference is a real page: every operation, no script.
    const docs = await app.inject({ method: 'GET', url: '/docs' })
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('id="claimSecret"')
    expect(docs.body).not.toMatch(/<script|style=/i)
  })
})
