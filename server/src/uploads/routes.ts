import {
  createSecretReply,
  createUploadBody,
  secretIdParams,
  UPLOAD_PART_BYTES,
  UPLOAD_PART_MAX_BYTES,
  uploadPartHeaders,
  uploadPartReply,
  type CreateUploadRequest,
} from '@hushlink/shared/api'
import type { FastifyPluginCallback, preValidationHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { apiKeySecurity } from '../auth/access.js'
import { buffersReleased } from '../buffer-gc.js'
import type { Config } from '../config.js'
import { HttpError } from '../errors.js'
import { uploadLimits } from '../instance/routes.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import { tooLarge, type UploadService } from './service.js'

export interface UploadRoutesOptions {
  readonly service: UploadService
  readonly config: Config
}

interface PartRoute {
  Params: { readonly id: string }
  Headers: { readonly 'upload-offset': number; readonly authorization: string }
  Body: Buffer
}

/** POST /api/v1/uploads declares a streamed secret; its parts go to …/parts (protocol §5.1). */
const plugin: FastifyPluginCallback<UploadRoutesOptions> = (app, { service, config }, done) => {
  // An oversize declaration is refused as too large (413), not as malformed.
  const refuseOversize: preValidationHookHandler = (request, _reply, next) => {
    const size = (request.body as { size?: unknown } | undefined)?.size
    next(
      typeof size === 'number' && size > config.maxTotalBytes
        ? tooLarge(config.maxTotalBytes)
        : undefined,
    )
  }
  app.post<{ Body: CreateUploadRequest }>(
    '/api/v1/uploads',
    {
      config: { rateLimit: perMinute(config.rateLimit.create), access: 'create' },
      preValidation: refuseOversize,
      schema: {
        tags: ['secrets'],
        summary: 'Declare a secret whose envelope is uploaded in parts',
        description:
          'Validated like a JSON create, from the 84-byte header and the total size. The secret stays invisible (404) until its last part arrived.',
        body: createUploadBody(uploadLimits(config)),
        security: apiKeySecurity(!config.createRequiresApiKey),
        response: {
          201: createSecretReply,
          ...errorReplies(400, 401, 403, 409, 413, 415, 429),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.declare(request.body, request.apiKey?.name ?? null)),
  )

  // Parts are raw bytes: only this scope parses application/octet-stream.
  void app.register((parts, _options, registered) => {
    parts.removeAllContentTypeParsers()
    parts.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: UPLOAD_PART_MAX_BYTES },
      (_request, body, parsed) => parsed(null, body),
    )
    parts.addHook('onRequest', (request, _reply, next) => {
      const type = (request.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase()
      next(
        type === 'application/octet-stream'
          ? undefined
          : new HttpError(
              415,
              'unsupported_media_type',
              'Send upload parts as application/octet-stream.',
            ),
      )
    })
    // Every allowed create may upload a whole envelope of the largest size.
    const partsPerUpload = Math.ceil(config.maxTotalBytes / UPLOAD_PART_BYTES)
    parts.post<PartRoute>(
      '/api/v1/uploads/:id/parts',
      {
        bodyLimit: UPLOAD_PART_MAX_BYTES,
        config: { rateLimit: perMinute(config.rateLimit.create * partsPerUpload) },
        preValidation: offsetAsNumber,
        schema: {
          tags: ['secrets'],
          summary: 'Append a part of an upload',
          description: `Body: application/octet-stream, at most ${UPLOAD_PART_MAX_BYTES} bytes, starting at Upload-Offset. A part at another offset gets 409 upload_offset_mismatch with the offset the server has (received). The part that completes the envelope makes the secret live (complete: true).`,
          params: secretIdParams,
          headers: uploadPartHeaders,
          response: { 200: uploadPartReply, ...errorReplies(400, 403, 404, 409, 413, 415, 429) },
        },
      },
      async (request) => {
        const body: unknown = request.body
        const data = Buffer.isBuffer(body) ? body : Buffer.alloc(0)
        try {
          return await service.append(request.params.id, {
            offset: request.headers['upload-offset'],
            token: request.headers.authorization.slice('Bearer '.length),
            data,
          })
        } finally {
          buffersReleased(data.length)
        }
      },
    )
    registered()
  })
  done()
}

/**
 * Header values arrive as strings and the schema (shared with the OpenAPI
 * document) says integer; validation never coerces, so a canonical decimal is
 * converted here and anything else is left to fail validation.
 */
const offsetAsNumber: preValidationHookHandler = (request, _reply, next) => {
  const raw = request.headers['upload-offset']
  if (typeof raw === 'string' && /^(0|[1-9]\d{0,14})$/.test(raw)) {
    ;(request.headers as Record<string, unknown>)['upload-offset'] = Number(raw)
  }
  next()
}

/**
 * Encapsulated, and refused unless the plugins that enforce its routes'
 * `access` and `rateLimit` config are registered first.
 */
export const uploadRoutes = fp(plugin, {
  name: 'upload-routes',
  dependencies: ['access', 'rate-limiting'],
  encapsulate: true,
})
