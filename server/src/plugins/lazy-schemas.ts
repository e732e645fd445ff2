import ajvCompiler from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>
type Validate = ((data: unknown) => unknown) & { errors?: unknown }

export interface LazySchemas {
  /** Fastify's `schemaController` option. */
  readonly schemaController: NonNullable<FastifyServerOptions['schemaController']>
  /** Compiles every schema not compiled yet; throws what the first broken one throws. */
  readonly compileAll: () => void
}

/**
 * Fastify's own compilers (ajv for request validation, fast-json-stringify for
 * responses), with the same options, but each route's schema compiled on the
 * first request that needs it instead of at start-up. Compiling all of them
 * up front (admin, requests, webhooks, uploads… most of which a given server
 * rarely serves) left ~13 MB more resident on an idle server: the generated
 * code, and the garbage of generating it, which grew V8's young generation
 * during start-up to a size it keeps. The tests call `compileAll`, so a schema
 * that does not compile still fails the suite, not a request. One difference
 * from the defaults: Fastify lowercases header schemas' property names only for
 * its own compilers, so ours name headers in lowercase (as shared/api does).
 */
export function lazySchemas(): LazySchemas {
  const pending: (() => void)[] = []
  const buildValidator = ajvCompiler()
  const buildSerializer = SerializerSelector()

  const compilersFactory: CompilersFactory = {
    buildValidator: (...args: Parameters<typeof buildValidator>) => {
      const compile = buildValidator(...args)
      return (route: Parameters<typeof compile>[0]) => {
        let validate: Validate | undefined
        const ready = (): Validate => (validate ??= compile(route) as Validate)
        pending.push(ready)
        // Fastify reads a failed validation's `errors` from the function it called.
        const lazy: Validate = (data) => {
          const real = ready()
          const result = real(data)
          lazy.errors = real.errors
          return result
        }
        return lazy as ReturnType<typeof compile>
      }
    },
    buildSerializer: (externalSchemas, options) => {
      const compile = buildSerializer(externalSchemas, options)
      return (route) => {
        let serialize: ((doc: unknown) => string) | undefined
        const ready = (): ((doc: unknown) => string) => (serialize ??= compile(route))
        pending.push(ready)
        return (doc) => ready()(doc)
      }
    },
  }

  return {
    schemaController: { compilersFactory },
    compileAll() {
      for (const ready of pending) ready()
    },
  }
}
