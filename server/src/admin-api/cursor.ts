import { ID_PATTERN } from '@hushlink/shared/api'
import { badRequest } from '../errors.js'

/** Where a page ended: the (created_at, id) of its last item. */
export interface Position {
  readonly createdAt: number
  readonly id: string
}

const ID = new RegExp(ID_PATTERN)

/** Opaque to clients: base64url of `<created_at>.<id>`. */
export function encodeCursor({ createdAt, id }: Position): string {
  return Buffer.from(`${createdAt}.${id}`, 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): Position {
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  const match = /^(0|[1-9]\d{0,15})\.(.+)$/.exec(text)
  const createdAt = Number(match?.[1])
  const id = match?.[2] ?? ''
  if (!match || !Number.isSafeInteger(createdAt) || !ID.test(id)) {
    throw badRequest('cursor is not a next_cursor this server gave out')
  }
  return { createdAt, id }
}
