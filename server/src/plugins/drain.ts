import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../errors.js'

/**
 * Graceful shutdown, the request side: once the app starts closing, requests
 * that still arrive on open keep-alive connections are refused with the
 * uniform error body, Retry-After and `Connection: close`, instead of
 * Fastify's own 503 text. Requests already running finish, and their
 * connections close after the answer: the server stops as soon as they are
 * done instead of waiting for idle keep-alive sockets to time out.
 */
const plugin: FastifyPluginCallback = (app, _options, done) => {
  let draining = false
  app.addHook('preClose', (next) => {
    draining = true
    next()
  })
  app.addHook('onRequest', async (_request, reply) => {
    if (!draining) return
    const error = new HttpError(503, 'unavailable', 'The server is restarting; retry in a moment.')
    return reply.code(503).header('retry-after', '1').send(error.toJSON())
  })
  app.addHook('onSend', (_request, reply, payload, next) => {
    if (draining) reply.header('connection', 'close')
    next(null, payload)
  })
  done()
}

export const drain = fp(plugin, { name: 'drain' })
