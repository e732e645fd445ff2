import { createRequire } from 'node:module'
import type BetterSqlite3 from '../../server/node_modules/@types/better-sqlite3/index.js'
import type { fastify as FastifyFactory } from '../../server/node_modules/fastify/fastify.js'

/**
 * better-sqlite3 and Fastify exactly as the server installs them: the
 * reference server and the database seeding must use the same versions (and
 * the same SQLite build) as the server under test, and tests/ declares no
 * second copy.
 */
const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url))

export const Database = requireFromServer('better-sqlite3') as typeof BetterSqlite3
export type Database = BetterSqlite3.Database
export const fastify = requireFromServer('fastify') as typeof FastifyFactory
