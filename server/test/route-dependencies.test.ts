import Fastify, { type FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { adminRoutes } from '../src/admin-api/routes.js'
import { loadConfig } from '../src/config.js'
import { receiptRoutes } from '../src/receipts/routes.js'
import { secretRoutes } from '../src/secrets/routes.js'
import { uploadRoutes } from '../src/uploads/routes.js'

const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' })

/**
 * Route plugins name the plugins their routes' `access` and `rateLimit`
 * config rely on: registered without them, the app refuses to start instead
 * of serving admin routes unauthenticated or unlimited.
 */
describe('route plugins declare their dependencies', () => {
  // The routes never run: the dependency check comes first, so no service is needed.
  const options = { service: {} as never, keys: {} as never, config }
  const plugins: [string, (app: FastifyInstance) => PromiseLike<unknown>, string][] = [
    ['admin', (app) => app.register(adminRoutes, options), 'access'],
    ['secrets', (app) => app.register(secretRoutes, options), 'access'],
    ['uploads', (app) => app.register(uploadRoutes, options), 'access'],
    ['receipts', (app) => app.register(receiptRoutes, options), 'rate-limiting'],
  ]

  for (const [label, register, missing] of plugins) {
    it(`${label} routes refuse to register without ${missing}`, async () => {
      const app = Fastify()
      await expect(register(app)).rejects.toThrow(new RegExp(`dependency .*${missing}`))
      await app.close()
    })
  }
})
