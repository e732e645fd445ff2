import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger'
import Fastify, { type FastifyPluginAsync, type RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { registerApiReference } from './api-reference.js'

export interface OpenApiOptions {
  /** Rate limit for the document itself. */
  readonly rateLimit: { max: number; timeWindow: number }
  /** PUBLIC_URL: the server generated clients talk to; the document's own origin without it. */
  readonly publicUrl: string | null
}

/**
 * The OpenAPI document is generated from the route schemas (which come from
 * @hushlink/shared/api), served at /openapi.json, and rendered as a static
 * page at /docs. Must be registered before the routes it describes. It passes
 * Redocly's recommended lint (tests/openapi/contract.test.ts).
 *
 * The routes are recorded as they are added, and @fastify/swagger (with
 * `yaml` and its resolvers, ~4 MB resident) is loaded only when the document
 * is first asked for: it then describes those routes on an instance of its
 * own, which serves nothing. Most servers are never asked.
 */
const plugin: FastifyPluginAsync<OpenApiOptions> = (app, { rateLimit, publicUrl }) => {
  const routes: RouteOptions[] = []
  app.addHook('onRoute', (route) => {
    routes.push(route)
  })
  let document: Promise<object> | undefined
  const openApiDocument = (): Promise<object> => {
    if (document === undefined) {
      document = describe(routes, publicUrl)
      // A failure is not kept: the next request tries again.
      document.catch(() => (document = undefined))
    }
    return document
  }
  registerApiReference(app, openApiDocument)
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit } }, openApiDocument)
  return Promise.resolve()
}

/** The document of `routes`, made by @fastify/swagger on an instance that only describes them. */
async function describe(
  routes: readonly RouteOptions[],
  publicUrl: string | null,
): Promise<object> {
  const { default: fastifySwagger } = await import('@fastify/swagger')
  // The HEAD routes are replayed like the others, so none is made here.
  const doc = Fastify({ exposeHeadRoutes: false })
  try {
    await doc.register(fastifySwagger, openApiOptions(publicUrl))
    // The schemas are described, never run: no validator or serializer is compiled for them.
    const uncompiled = {
      validatorCompiler: () => () => true,
      serializerCompiler: () => JSON.stringify,
    }
    for (const { method, url, schema, config } of routes) {
      doc.route({ method, url, schema, config, handler: () => null, ...uncompiled })
    }
    await doc.ready()
    return doc.swagger()
  } finally {
    await doc.close()
  }
}

function openApiOptions(publicUrl: string | null): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hushlink API',
        version: '1',
        description:
          'Zero-knowledge one-time secrets: the server stores ciphertext and token verifiers only.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: publicUrl ?? '/', description: 'This instance' }],
      // Public by default: the operations that take an API key say so themselves.
      security: [],
      tags: [
        { name: 'secrets', description: 'Create, inspect and claim secrets' },
        { name: 'receipts', description: "The creator's private view of a secret" },
        {
          name: 'requests',
          description: 'Ask for a secret: answers only the requester can open (protocol §8)',
        },
        { name: 'service', description: 'Health and instance limits' },
        {
          name: 'admin',
          description: 'Manage secrets (API key with admin scope); never ciphertext or verifiers',
        },
      ],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-API-Key',
            description: 'An API key (hlk_…) made with `hushlink-admin keys create`',
          },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'The same API key as `Authorization: Bearer hlk_…`',
          },
        },
      },
    },
  }
}

export const openApi = fp(plugin, { name: 'openapi' })
