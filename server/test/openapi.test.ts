import { createSecretBody } from '@hushlink/shared/api'
import { describe, expect, it } from 'vitest'
import { APP_TESTS, buildTestApp, IN_MEMORY } from './helpers/app.js'

interface OpenApiDocument {
  readonly openapi: string
  readonly paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: unknown }> }
        security?: unknown
      }
    >
  >
  readonly components: { readonly securitySchemes: Record<string, unknown> }
}

describe('OpenAPI document', APP_TESTS, () => {
  it('describes every API route from the shared schemas', async () => {
    const { app, config } = await buildTestApp(IN_MEMORY)
    const res = await app.inject({ method: 'GET', url: '/openapi.json' })
    expect(res.statusCode).toBe(200)
    const doc = res.json<OpenApiDocument>()
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/config',
        '/api/v1/receipts/{id}/burn',
        '/api/v1/receipts/{id}/status',
        '/api/v1/secrets',
        '/api/v1/secrets/{id}',
        '/api/v1/secrets/{id}/claim',
        '/api/v1/admin/secrets',
        '/api/v1/admin/secrets/{id}',
        '/api/v1/admin/stats',
        '/health',
      ]),
    )
    // Pages and static files are not part of the API.
    expect(Object.keys(doc.paths).filter((p) => /^\/(s|r|assets|docs)\b|^\/$/.test(p))).toEqual([])
    const create =
      doc.paths['/api/v1/secrets']?.post?.requestBody?.content['application/json']?.schema
    const limits = {
      minTtl: config.minTtl,
      maxTtl: config.maxTtl,
      defaultTtl: config.defaultTtl,
      maxViews: config.maxViews,
      maxTextBytes: config.maxTextBytes,
    }
    expect(create).toMatchObject(JSON.parse(JSON.stringify(createSecretBody(limits))) as object)

    // API keys: both schemes, optional on creation here, required on every admin route.
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKey', 'bearer'])
    expect(doc.paths['/api/v1/secrets']?.post?.security).toEqual([
      {},
      { apiKey: [] },
      { bearer: [] },
    ])
    expect(Object.keys(doc.paths['/api/v1/admin/secrets/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ])
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/admin/')) continue
      for (const operation of Object.values(item)) {
        expect(operation.security, path).toEqual([{ apiKey: [] }, { bearer: [] }])
      }
    }
  })

  it('requires a key for creating on a private instance', async () => {
    const { app } = await buildTestApp({ ...IN_MEMORY, CREATE_REQUIRES_API_KEY: 'true' })
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>()
    for (const path of ['/api/v1/secrets', '/api/v1/uploads']) {
      expect(doc.paths[path]?.post?.security, path).toEqual([{ apiKey: [] }, { bearer: [] }])
    }
  })

  it("renders the reference page at /docs under the page's strict policy", async () => {
    const { app } = await buildTestApp(IN_MEMORY)
    const res = await app.inject({ method: 'GET', url: '/docs' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    const page = await app.inject({ method: 'GET', url: '/' })
    expect(res.headers['content-security-policy']).toBe(page.headers['content-security-policy'])
    // Every operation, by its operationId, and text only: the document's strings are escaped.
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>()
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item) as { operationId: string }[]) {
        expect(res.body).toContain(`id="${op.operationId}"`)
      }
    }
    expect(res.body).not.toMatch(/<script|\sstyle=|<style/i)
  })
})
