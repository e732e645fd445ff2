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

/**
 * A time-locked secret before its opening (protocol §9): nothing was counted.
 * `serverTime` is the server's clock at the answer, to correct a countdown.
 */
export class NotYetError extends ApiError {
  override readonly name: string = 'NotYetError'
  constructor(
    message: string,
    readonly opensAt: Date,
    readonly serverTime: Date,
  ) {
    super(409, 'not_yet', message)
  }
}

export class RateLimitedError extends ApiError {
  override readonly name: string = 'RateLimitedError'
  constructor(
    message: string,
    /** Seconds the server asked to wait, when it said. */
    readonly retryAfter: number | null,
  ) {
    super(429, 'rate_limited', message)
  }
}

/** The server could not be reached, or the connection broke. */
export class NetworkError extends HushlinkError {
  override readonly name: string = 'NetworkError'
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message)
  }
}

/** A part was sent at another offset than the server's; it has `received` bytes. */
export class UploadOffsetError extends ApiError {
  override readonly name: string = 'UploadOffsetError'
  constructor(
    message: string,
    readonly received: number,
  ) {
    super(409, 'upload_offset_mismatch', message)
  }
}

export class TooLargeError extends ApiError {
  override readonly name: string = 'TooLargeError'
}
