import { NOT_FOUND_MESSAGE, type ApiErrorBody, type ErrorCode } from '@hushlink/shared/api'
import type { OverQuota } from './storage/records.js'

/**
 * An error with a place on the wire: status, stable code, a message safe to
 * show anyone (it never contains input values), and optional extra fields.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError'
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Readonly<Record<string, number | string>> = {},
  ) {
    super(message)
  }

  toJSON(): ApiErrorBody & Readonly<Record<string, unknown>> {
    return { error: { code: this.code, message: this.message }, ...this.extra }
  }
}

/** One answer for unknown, expired, used up, burned and wrong access token: no oracle. */
export function notAvailable(): HttpError {
  return new HttpError(404, 'not_found', NOT_FOUND_MESSAGE)
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, 'bad_request', message)
}

export function invalidEnvelope(message: string): HttpError {
  return new HttpError(400, 'invalid_envelope', message)
}

export function wrongPassphrase(remaining: number): HttpError {
  const message =
    remaining > 0
      ? `Wrong passphrase. ${remaining} attempt${remaining === 1 ? '' : 's'} left before the secret is destroyed.`
      : 'Wrong passphrase. No attempts left: the secret has been destroyed.'
  return new HttpError(401, 'wrong_passphrase', message, { remaining })
}

/** 507: the declared size would pass the instance's or the API key's storage quota. */
export function overQuota({ overQuota, limit }: OverQuota): HttpError {
  return new HttpError(
    507,
    'quota_exceeded',
    overQuota === 'instance'
      ? 'This server has no room for this secret now. Nothing was stored; try again later, or send less.'
      : `This API key has used its storage quota (${limit} bytes). Nothing was stored; try again once some of its secrets are opened or expire.`,
  )
}

/** 507: the database itself has no room (disk or DATABASE_MAX_BYTES); reading still works. */
export function storageFull(): HttpError {
  return new HttpError(
    507,
    'storage_full',
    "The server's storage is full. Nothing was stored; links already shared can still be opened. Try again later.",
  )
}

export function idTaken(): HttpError {
  return new HttpError(409, 'id_taken', 'This id is already in use; generate a new one.')
}
