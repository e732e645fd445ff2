import { errorReply } from '@hushlink/shared/api'

/** Response schemas for the error statuses a route can answer with. */
export function errorReplies(...statuses: readonly number[]): Record<number, typeof errorReply> {
  return Object.fromEntries(statuses.map((status) => [status, errorReply]))
}
