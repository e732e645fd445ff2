import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify'
import type { LogLevel } from './config.js'

/** Where log lines go; tests capture them, production writes to stdout. */
export interface LogStream {
  write(line: string): void
}

/** The route pattern (`/api/v1/secrets/:id`), never the URL: paths carry ids and keys. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched'
}

/**
 * Logger settings: the request serializer keeps method and route pattern
 * only, and redaction removes anything that could carry an id, a token, a
 * verifier or ciphertext should it ever be passed to a log call.
 */
export function loggerOptions(level: LogLevel, stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, route: routeOf(request) }),
    },
    redact: {
      paths: [
        'req.url',
        'req.headers',
        'req.body',
        'req.params',
        'url',
        'headers',
        'body',
        'params',
      ],
      censor: '[redacted]',
    },
  }
}

/**
 * Replaces Fastify's per-request lines, which print the URL ("incoming
 * request", "Route GET:/s/<id> not found"), with one line per response:
 * method, route pattern, status and time.
 */
export class AccessLogController extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      route: routeOf(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    }
    if (error) request.log.warn({ ...line, error: error.name }, 'request ended with an error')
    else request.log.info(line, 'request')
  }
}
