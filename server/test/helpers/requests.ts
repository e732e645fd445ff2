import type { FastifyInstance } from 'fastify'
import type { Fetch } from '@hushlink/shared'

/** The base URL the SDK is given when it talks to an app through `inject`. */
export const INJECT_BASE = 'http://hushlink.test'

/**
 * The SDK's `fetch` over `app.inject`: the real routes, schemas and store,
 * without a socket. Only what the SDK's JSON calls use.
 */
export function injectFetch(app: FastifyInstance): Fetch {
  return async (url, init) => {
    const res = await app.inject({
      method: init.method as 'GET' | 'POST',
      url: url.slice(INJECT_BASE.length),
      headers: init.headers ?? {},
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    })
    return {
      status: res.statusCode,
      headers: {
        get: (name: string) => (res.headers[name.toLowerCase()] as string | undefined) ?? null,
      },
      body: null,
      json: () => Promise.resolve(res.json()),
      text: () => Promise.resolve(res.body),
    }
  }
}
