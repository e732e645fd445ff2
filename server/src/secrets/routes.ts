import {
  claimBody,
  claimReply,
  createSecretBody,
  createSecretHeaders,
  createSecretReply,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  secretIdParams,
  secretMetaQuery,
  secretMetaReply,
  type ClaimRequest,
  type CreateSecretRequest,
} from '@hushlink/shared/api'
import { Readable } from 'node:stream'
import type { FastifyPluginCallback, FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import { apiKeySecurity, creatorOf, principalOf } from '../auth/access.js'
import type { Config } from '../config.js'
import { instanceLimits } from '../instance/routes.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import type { EnvelopeDownload, SecretService } from './service.js'

export interface SecretRoutesOptions {
  readonly service: SecretService
  readonly config: Config
}

interface CreateHeaders {
  readonly [IDEMPOTENCY_KEY_HEADER]?: string
}

interface IdParams {
  readonly id: string
}

/**
 * The largest JSON create body: the base64url envelope plus room for the
 * other fields. Every other route keeps the small global limit.
 */
export function createBodyLimit(maxTextBytes: number): number {
  return Math.ceil((maxTextBytes * 4) / 3) + 4096
}

const plugin: FastifyPluginCallback<SecretRoutesOptions> = (app, { service, config }, done) => {
  app.post<{ Body: CreateSecretRequest; Headers: CreateHeaders }>(
    '/api/v1/secrets',
    {
      bodyLimit: createBodyLimit(config.maxTextBytes),
      config: { rateLimit: perMinute(config.rateLimit.create), access: 'create' },
      schema: {
        tags: ['secrets'],
        operationId: 'createSecret',
        summary: 'Store a sealed envelope',
        description:
          'The client chooses the id, seals the envelope and sends SHA-256 verifiers of its tokens. The envelope header is validated (magic, version, id binding, reserved bytes, padded length). With an Idempotency-Key, a retry with the same key and body within 24 hours gets the original 201 (header Idempotent-Replayed: true) and creates nothing; the same key with another body gets 422. Keys are scoped per API key; without an API key, per client (its IPv4 address, or its IPv6 network of RATE_LIMIT_IPV6_PREFIX bits), so no client can see or block the keys of another; a client whose address changes between retries loses its keys. Use random keys (at least 128 bits, e.g. a UUIDv4).',
        headers: createSecretHeaders,
        body: createSecretBody(instanceLimits(config)),
        security: apiKeySecurity(!config.createRequiresApiKey && !config.createRequiresLogin),
        response: {
          201: createSecretReply,
          ...errorReplies(400, 401, 403, 409, 413, 415, 422, 429, 507),
        },
      },
    },
    async (request, reply) => {
      const key = request.headers[IDEMPOTENCY_KEY_HEADER]
      const { response, replayed } = await service.create(request.body, {
        ...creatorOf(request),
        idempotency: key === undefined ? null : { principal: principalOf(request), key },
      })
      if (replayed) reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true')
      return reply.code(201).send(response)
    },
  )

  app.get<{ Params: IdParams; Querystring: { readonly link?: string } }>(
    '/api/v1/secrets/:id',
    {
      config: { rateLimit: perMinute(config.rateLimit.read) },
      schema: {
        tags: ['secrets'],
        operationId: 'getSecret',
        summary: 'Describe a secret without consuming it',
        params: secretIdParams,
        querystring: secretMetaQuery,
        response: { 200: secretMetaReply, ...errorReplies(400, 404, 429) },
      },
    },
    (request) =>
      service.meta(
        request.params.id,
        request.query.link === undefined ? undefined : Number(request.query.link),
      ),
  )

  app.post<{ Params: IdParams; Body: ClaimRequest }>(
    '/api/v1/secrets/:id/claim',
    {
      config: { rateLimit: perMinute(config.rateLimit.claim) },
      schema: {
        tags: ['secrets'],
        operationId: 'claimSecret',
        summary: 'Count one view and receive the envelope',
        description:
          'Wrong access token, unknown, expired or used up all answer the same 404. With a right access token, a wrong or missing pass token answers 401 with the attempts remaining; the last one burns the secret. With Accept: application/octet-stream the raw envelope is streamed (header Hushlink-Views-Left); a JSON claim of an envelope larger than max_text_bytes answers 406. Before the not_before of a time-locked secret (with a right access token) the answer is 409 not_yet with opens_at and server_time, and nothing is counted, not even a passphrase attempt. The view is committed before the first byte: an interrupted download has used it.',
        params: secretIdParams,
        body: claimBody,
        response: {
          200: {
            content: {
              'application/json': { schema: claimReply },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
            },
          },
          ...errorReplies(400, 401, 403, 404, 406, 409, 415, 429),
        },
      },
    },
    async (request, reply) => {
      if (!acceptsOctetStream(request.headers.accept)) {
        return service.claim(request.params.id, request.body)
      }
      return sendEnvelope(reply, await service.claimStream(request.params.id, request.body))
    },
  )
  done()
}

function acceptsOctetStream(accept: string | undefined): boolean {
  return accept !== undefined && /(^|[\s,])application\/octet-stream\s*(;|,|$)/i.test(accept)
}

/** The raw envelope: from memory, or streamed from its chunks at the client's pace. */
function sendEnvelope(reply: FastifyReply, download: EnvelopeDownload): FastifyReply {
  const { body } = download
  reply
    .header('content-type', 'application/octet-stream')
    .header('content-length', String(download.size))
    // Never rendered, even if a browser navigated here.
    .header('content-disposition', 'attachment')
    .header('hushlink-views-left', String(download.viewsLeft))
  if (body instanceof Readable) {
    // A client that goes away stops the reading (and releases the chunks).
    reply.raw.once('close', () => body.destroy())
    return reply.send(body)
  }
  return reply.send(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
}

/**
 * Encapsulated, and refused unless the plugins that enforce its routes'
 * `access` and `rateLimit` config are registered first.
 */
export const secretRoutes = fp(plugin, {
  name: 'secret-routes',
  dependencies: ['access', 'rate-limiting'],
  encapsulate: true,
})
