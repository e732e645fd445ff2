import fastifySwagger from '@fastify/swagger'
import type { FastifyPluginAsync } from 'fastify'
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
 */
const plugin: FastifyPluginAsync<OpenApiOptions> = async (app, { rateLimit, publicUrl }) => {
  await app.register(fastifySwagger, {
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
  })
  registerApiReference(app)
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit } }, () => app.swagger())
}

export const openApi = fp(plugin, { name: 'openapi' })
