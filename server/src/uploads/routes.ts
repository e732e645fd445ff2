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
import { isSecretId } from '@hushlink/shared/format'
import type {
  FastifyPluginCallback,
  FastifyRequest,
  preParsingAsyncHookHandler,
  preValidationHookHandler,
} from 'fastify'
import fp from 'fastify-plugin'
import { apiKeySecurity, creatorOf } from '../auth/access.js'
import { buffersReleased } from '../buffer-gc.js'
import type { Config } from '../config.js'
import { badRequest, HttpError, notAvailable } from '../errors.js'
import { uploadLimits } from '../instance/routes.js'
import { perMinute } from '../plugins/rate-limit.js'
import { errorReplies } from '../schemas.js'
import { createPartBudget } from './part-budget.js'
import { tooLarge, type OpenUpload, type PartHeaders, type UploadService } from './service.js'

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
        operationId: 'createUpload',
        summary: 'Declare a secret whose envelope is uploaded in parts',
        description:
          'Validated like a JSON create, from the 84-byte header and the total size. The secret stays invisible (404) until its last part arrived.',
        body: createUploadBody(uploadLimits(config)),
        security: apiKeySecurity(!config.createRequiresApiKey && !config.createRequiresLogin),
        response: {
          201: createSecretReply,
          ...errorReplies(400, 401, 403, 409, 413, 415, 429, 507),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.declare(request.body, creatorOf(request))),
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
    const budget = createPartBudget(config.uploadBufferBytes)
    const admitted = new WeakMap<FastifyRequest, Admitted>()
    /**
     * Runs after the rate limit and the network gate and before a byte of the
     * body is read: a part nobody may send is answered at once, and the
     * connection closes instead of draining what is still on the way.
     */
    const admit: preParsingAsyncHookHandler = async (request, reply, payload) => {
      try {
        const length = contentLength(request)
        const reserved = length ?? UPLOAD_PART_MAX_BYTES
        if (!budget.fits(reserved)) throw busy()
        const params = request.params as Partial<PartRoute['Params']>
        const headers = partHeaders(request, length)
        const upload = await service.authorize(params.id ?? '', headers)
        const release = budget.take(reserved)
        if (!release) throw busy()
        admitted.set(request, { upload, release })
        return payload
      } catch (err) {
        // A part at the wrong offset comes from the upload's own client (its token checked): Node
        // discards the rest of that body, so the client reads the 409 and resumes where it says,
        // where a closed connection would reach it as a network error mid-send.
        const authorized = err instanceof HttpError && err.statusCode === 409
        if (!authorized) reply.header('connection', 'close')
        if (err instanceof HttpError && err.statusCode === 503) reply.header('retry-after', '1')
        throw err
      }
    }
    parts.addHook('onResponse', (request, _reply, next) => {
      admitted.get(request)?.release()
      next()
    })
    parts.addHook('onRequestAbort', (request, next) => {
      admitted.get(request)?.release()
      next()
    })
    // Every allowed create may upload a whole envelope of the largest size.
    const partsPerUpload = Math.ceil(config.maxTotalBytes / UPLOAD_PART_BYTES)
    parts.post<PartRoute>(
      '/api/v1/uploads/:id/parts',
      {
        bodyLimit: UPLOAD_PART_MAX_BYTES,
        config: {
          rateLimit: perMinute(config.rateLimit.create * partsPerUpload),
          access: 'upload',
          bodyDeadline: 'progress',
        },
        preParsing: admit,
        preValidation: offsetAsNumber,
        schema: {
          tags: ['secrets'],
          operationId: 'appendUploadPart',
          summary: 'Append a part of an upload',
          description: `Body: application/octet-stream, at most ${UPLOAD_PART_MAX_BYTES} bytes, starting at Upload-Offset. The headers are checked before the body is read: a wrong token or unknown upload (404), another offset (409: upload_offset_mismatch with the offset the server has, received), a Content-Length past the declared size (400) or over the limit (413) is answered at once. Parts come from the networks allowed to create (CREATE_ALLOWED_CIDRS); the upload token is their authorisation. When the server holds too many part bytes at once it answers 503 with Retry-After. The part that completes the envelope makes the secret live (complete: true).`,
          params: secretIdParams,
          headers: uploadPartHeaders,
          response: {
            200: uploadPartReply,
            ...errorReplies(400, 403, 404, 409, 413, 415, 429, 503, 507),
          },
        },
      },
      async (request) => {
        const body: unknown = request.body
        const data = Buffer.isBuffer(body) ? body : Buffer.alloc(0)
        try {
          const entry = admitted.get(request)
          if (!entry) throw notAvailable()
          return await service.append(
            request.params.id,
            entry.upload,
            request.headers['upload-offset'],
            data,
          )
        } finally {
          buffersReleased(data.length)
        }
      },
    )
    registered()
  })
  done()
}

interface Admitted {
  readonly upload: OpenUpload
  readonly release: () => void
}

function busy(): HttpError {
  return new HttpError(
    503,
    'unavailable',
    'The server is receiving too many upload parts at once; retry in a moment.',
  )
}

/** Content-Length, refused with 413 over the part limit; undefined for a chunked body. */
function contentLength(request: FastifyRequest): number | undefined {
  const raw = request.headers['content-length']
  if (raw === undefined) return undefined
  const length = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(length)) throw badRequest('headers/content-length must be a number.')
  if (length > UPLOAD_PART_MAX_BYTES) {
    throw new HttpError(413, 'payload_too_large', 'The request body is too large.')
  }
  return length
}

/** The checks of `uploadPartHeaders` and `secretIdParams`, made before the body (and the schema) is read. */
function partHeaders(request: FastifyRequest, length: number | undefined): PartHeaders {
  const params = request.params as { id?: unknown }
  if (typeof params.id !== 'string' || !isSecretId(params.id)) {
    throw badRequest('params/id must be a secret id.')
  }
  const offset = request.headers['upload-offset']
  if (typeof offset !== 'string' || !OFFSET_RE.test(offset)) {
    throw badRequest('headers/upload-offset must be a non-negative integer.')
  }
  const token = BEARER_RE.exec(request.headers.authorization ?? '')?.[1]
  if (token === undefined) throw badRequest('headers/authorization must be Bearer <upload token>.')
  return { offset: Number(offset), token, length }
}

const OFFSET_RE = /^(0|[1-9]\d{0,14})$/
/** `uploadPartHeaders.authorization`, capturing the token. */
const BEARER_RE = /^Bearer ([A-Za-z0-9_-]{43})$/

/**
 * Header values arrive as strings and the schema (shared with the OpenAPI
 * document) says integer; validation never coerces, so a canonical decimal is
 * converted here and anything else is left to fail validation.
 */
const offsetAsNumber: preValidationHookHandler = (request, _reply, next) => {
  const raw = request.headers['upload-offset']
  if (typeof raw === 'string' && OFFSET_RE.test(raw)) {
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
