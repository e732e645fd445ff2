import type { FastifyPluginCallback } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../errors.js'

/**
 * Request shapes the API refuses before any handler runs:
 * - bodies other than application/json (a JSON body forces a CORS preflight,
 *   and the server never answers one, so no other site can post);
 * - POSTs a browser marks as cross-site.
 */
const plugin: FastifyPluginCallback = (app, _options, done) => {
  app.removeContentTypeParser('text/plain')
  app.addHook('onRequest', (request, _reply, next) => {
    if (request.method === 'POST' && request.headers['sec-fetch-site'] === 'cross-site') {
      next(new HttpError(403, 'forbidden', 'Cross-site requests are not accepted.'))
      return
    }
    next()
  })
  done()
}

export const requestGuards = fp(plugin, { name: 'request-guards' })
