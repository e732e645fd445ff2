import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type {
  FastifyError,
  FastifyInstance,
  FastifyPluginCallback,
  FastifyReply,
  FastifyRequest,
} from 'fastify'
import fp from 'fastify-plugin'
import type { ErrorCode } from '@hushlink/shared/api'
import { badRequest, HttpError, storageFull } from '../errors.js'
import { StorageFullError } from '../storage/full.js'
import { createMethodIndex } from './method-index.js'
import { API_HEADERS } from './security-headers.js'

const FASTIFY_ERRORS: Readonly<Record<string, () => HttpError>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new HttpError(413, 'payload_too_large', 'The request body is too large.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new HttpError(415, 'unsupported_media_type', 'Send request bodies as application/json.'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => badRequest('The request body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => badRequest('The request body is empty.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    badRequest('The request body does not match its Content-Length.'),
}

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
}

/**
 * Maps anything thrown to its wire form. Messages are fixed texts: validation
 * messages name the field and the rule, never the value; anything unexpected
 * becomes a generic 500 whose details only go to the log.
 */
export function toHttpError(err: FastifyError): HttpError | null {
  if (err instanceof HttpError) return err
  if (err instanceof StorageFullError) return storageFull()
  if (err.validation) return badRequest(validationMessage(err))
  const known = FASTIFY_ERRORS[err.code]
  if (known) return known()
  const status = err.statusCode
  if (status !== undefined && status >= 400 && status < 500) {
    return new HttpError(
      status,
      CODE_BY_STATUS[status] ?? 'bad_request',
      STATUS_CODES[status] ?? 'Bad request',
    )
  }
  return null
}

function validationMessage(err: FastifyError): string {
  const first = err.validation?.[0]
  if (!first) return 'The request is invalid.'
  const field = `${err.validationContext ?? 'request'}${first.instancePath}`
  return `${field} ${first.message ?? 'is invalid'}`.slice(0, 200)
}

export interface ErrorHandlingOptions {
  /** Limit for requests that match no route (probing); needs the rate-limit plugin first. */
  readonly notFoundRateLimit: { max: number; timeWindow: number }
  /** The web client's page, sent with 404 to browsers that ask for a page that does not exist. */
  readonly notFoundPage?: Buffer | null
}

const plugin: FastifyPluginCallback<ErrorHandlingOptions> = (
  app,
  { notFoundRateLimit, notFoundPage },
  done,
) => {
  const methods = createMethodIndex()
  app.addHook('onRoute', (route) => methods.add(route.url, route.method))
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const known = toHttpError(err)
    if (known) {
      request.log.debug({ code: known.code, status: known.statusCode }, 'request rejected')
      return reply.code(known.statusCode).send(known.toJSON())
    }
    request.log.error({ err }, 'request failed')
    return reply
      .code(500)
      .send(new HttpError(500, 'internal', 'Something went wrong on our side.').toJSON())
  })
  app.setNotFoundHandler({ preHandler: app.rateLimit(notFoundRateLimit) }, (request, reply) => {
    // A route that exists but found nothing (a missing asset) is still a 404.
    const allowed = methods.allowed(request.url.split('?', 1)[0] ?? '')
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .send(
          new HttpError(
            405,
            'method_not_allowed',
            'This path does not accept that method.',
          ).toJSON(),
        )
    }
    // A person who mistyped a page address gets the web client's own "page not found".
    if (notFoundPage && request.method === 'GET' && wantsHtml(request.headers.accept)) {
      return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage)
    }
    return reply.code(404).send(new HttpError(404, 'not_found', 'There is nothing here.').toJSON())
  })
  done()
}

export const errorHandling = fp(plugin, { name: 'error-handling' })

function wantsHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes('text/html')
}

/**
 * Fastify's router errors (malformed percent-encoding, oversized parameter):
 * the default text would echo the path, which may carry an id or a key.
 */
export function handleFrameworkError(
  _err: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  // The router answers before any route's hooks, so the security headers are set here.
  void reply
    .code(400)
    .headers(API_HEADERS)
    .send(badRequest('The URL is malformed or too long.').toJSON())
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (malformed
 * HTTP, oversized headers, timeouts): answer with the same JSON shape and the
 * API headers instead of an empty reply, then close the connection.
 */
export function handleClientError(
  this: FastifyInstance,
  err: NodeJS.ErrnoException,
  socket: Socket,
): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const error =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new HttpError(431, 'headers_too_large', 'The request headers are too large.')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new HttpError(408, 'bad_request', 'The request took too long to arrive.')
        : badRequest('The request is not valid HTTP.')
  this.log.debug({ code: err.code }, 'client error')
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const body = JSON.stringify(error.toJSON())
  const headers = {
    ...API_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(
    `HTTP/1.1 ${error.statusCode} ${STATUS_CODES[error.statusCode] ?? 'Error'}\r\n${head}\r\n${body}`,
  )
  // Do not wait for a misbehaving client to close its side.
  socket.destroySoon()
}
