export * from './errors.js'
export type { ClientOptions, Fetch } from './http.js'
export * from './secrets.js'
