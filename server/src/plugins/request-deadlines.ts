import type { Socket } from 'node:net'
import type { FastifyInstance, FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
import { handleClientError } from './error-handler.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The body may take as long as it keeps arriving (upload parts): it is cut
     * off only when no byte came for the stall time, instead of after the
     * whole-request deadline, which a slow link cannot meet for a large part.
     */
    readonly bodyDeadline?: 'progress'
  }
}

export interface RequestDeadlineOptions {
  /** Milliseconds a request (headers and body) may take to arrive. */
  readonly wholeMs: number
  /** Milliseconds without a byte after which a `progress` route's body is cut off. */
  readonly stallMs: number
}

/**
 * Deadlines for receiving a request body, in place of Node's server-wide
 * `requestTimeout`, which cannot tell a 4 MiB upload part on a slow link from
 * a client trickling a small body to hold a socket. A request that misses
 * its deadline gets the JSON 408 that Node's timeout gave, and its
 * connection closes.
 */
const plugin: FastifyPluginCallback<RequestDeadlineOptions> = (app, options, done) => {
  app.addHook('onRequest', (request, reply, next) => {
    const raw = request.raw
    // Bodiless requests are complete once their headers are parsed.
    if (raw.complete) return next()
    const socket = raw.socket
    const progress = request.routeOptions.config.bodyDeadline === 'progress'
    // Progress is read from the socket's byte count: listening for the body's
    // data here would start it flowing before its parser is attached.
    let seen = socket.bytesRead
    const expire = (): void => {
      if (progress && socket.bytesRead !== seen) {
        seen = socket.bytesRead
        timer.refresh()
        return
      }
      stop()
      timedOut(app, socket, reply.raw.headersSent)
    }
    const timer = setTimeout(expire, progress ? options.stallMs : options.wholeMs)
    const stop = (): void => clearTimeout(timer)
    raw.once('end', stop)
    reply.raw.once('close', stop)
    next()
  })
  done()
}

function timedOut(app: FastifyInstance, socket: Socket, answered: boolean): void {
  if (answered) {
    socket.destroy()
    return
  }
  const error = Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' })
  handleClientError.call(app, error, socket)
}

export const requestDeadlines = fp(plugin, { name: 'request-deadlines' })
