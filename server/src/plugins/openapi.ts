import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { DOCS_CONTENT_SECURITY_POLICY } from './security-headers.js'

export interface OpenApiOptions {
  /** Rate limit for the document itself. */
  readonly rateLimit: { max: number; timeWindow: number }
}

/**
 * The OpenAPI document is generated from the route schemas (which come from
 * @hushlink/shared/api), served at /openapi.json, and browsable at /docs.
 * Must be registered before the routes it describes.
 */
const plugin: FastifyPluginAsync<OpenApiOptions> = async (app, { rateLimit }) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hushlink API',
        version: '1',
        description:
          'Zero-knowledge one-time secrets: the server stores ciphertext and token verifiers only.',
      },
      tags: [
        { name: 'secrets', description: 'Create, inspect and claim secrets' },
        { name: 'receipts', description: "The creator's private view of a secret" },
        {
          name: 'requests',
          description: 'Ask for a secret: answers only the requester can open (protocol §7)',
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
  })
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...route.config, responseClass: 'docs' }
  })
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: DOCS_CONTENT_SECURITY_POLICY,
  })
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit } }, () => app.swagger())
}

export const openApi = fp(plugin, { name: 'openapi' })
