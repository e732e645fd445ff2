/** Pieces the API's JSON schemas share. */
export const timestamp = { type: 'string', format: 'date-time' } as const

export const nullable = <T extends object>(schema: T) =>
  ({ anyOf: [schema, { type: 'null' }] }) as const
