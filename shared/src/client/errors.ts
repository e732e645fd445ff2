import { HushlinkError } from '../errors.js'
import type { ErrorCode } from '../api/errors.js'

/** The server answered with an error body. */
export class ApiError extends HushlinkError {
  override readonly name: string = 'ApiError'
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'unexpected_response',
    message: string,
  ) {
    super(message)
  }
}

/** Never existed, expired, already opened, burned — or the link does not fit it. */
export class NotFoundError extends ApiError {
  override readonly name: string = 'NotFoundError'
}

/** The passphrase was wrong; the secret survives `remaining` more wrong attempts. */
export class WrongPassphraseError extends ApiError {
  override readonly name: string = 'WrongPassphraseError'
  constructor(
    message: string,
    readonly remaining: number,
  ) {
    super(401, 'wrong_passphrase', message)
  }
}

export class RateLimitedError extends ApiError {
  override readonly name: string = 'RateLimitedError'
}

export class TooLargeError extends ApiError {
  override readonly name: string = 'TooLargeError'
}
