/** Pieces the API's JSON schemas share. */
import { ID_PATTERN, TOKEN_PATTERN } from '../link.js'

export const id = {
  type: 'string',
  pattern: ID_PATTERN,
  description: '16 random bytes, base64url',
} as const

export const token = {
  type: 'string',
  pattern: TOKEN_PATTERN,
  description: '32 bytes, base64url',
} as const

export const timestamp = { type: 'string', format: 'date-time' } as const

export const nullable = <T extends object>(schema: T) =>
  ({ anyOf: [schema, { type: 'null' }] }) as const
