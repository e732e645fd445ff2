import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILD_MANIFEST_PATH } from '@hushlink/shared/format'
import type { FastifyPluginCallback } from 'fastify'

export interface BuildManifestOptions {
  /** The Vite build output the web client is served from. */
  readonly webDist: string
  readonly rateLimit: { max: number; timeWindow: number }
}

/**
 * Publishes the manifest of the web client this server sends browsers: the
 * SHA-256 of every file, so anyone can compare the instance with a build of
 * the source (`hushlink verify`). Served byte-identical as the build wrote it;
 * absent (404) when the client is not built.
 */
export const buildManifest: FastifyPluginCallback<BuildManifestOptions> = (
  app,
  { webDist, rateLimit },
  done,
) => {
  let manifest: Buffer
  try {
    manifest = readFileSync(join(webDist, BUILD_MANIFEST_PATH))
  } catch {
    done()
    return
  }
  app.get(
    BUILD_MANIFEST_PATH,
    { schema: { hide: true }, config: { rateLimit } },
    (_request, reply) => reply.type('application/json; charset=utf-8').send(manifest),
  )
  done()
}
