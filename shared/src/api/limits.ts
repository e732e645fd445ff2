/** Limits fixed by the protocol; per-instance limits come from GET /api/v1/config. */
export const MAX_FAILURES_MIN = 1
export const MAX_FAILURES_MAX = 10
export const DEFAULT_MAX_FAILURES = 5

/**
 * The served web page carries GET /api/v1/config's body in a non-executable
 * `<script type="application/json">` element with this id, so the create page
 * needs no request before it renders.
 */
export const INSTANCE_CONFIG_ELEMENT_ID = 'instance-config'

/** Per-instance limits a client needs before it encrypts (served by GET /api/v1/config). */
export interface InstanceLimits {
  readonly minTtl: number
  readonly maxTtl: number
  readonly defaultTtl: number
  readonly maxViews: number
  /** Largest accepted text envelope, in bytes. */
  readonly maxTextBytes: number
}

/**
 * Every instance answers a JSON claim for an envelope of at most this many
 * bytes (MAX_TEXT_BYTES is never less); a larger one may have been uploaded as
 * a stream (§5.1) and then only a streamed claim reads it.
 */
export const JSON_CLAIM_MAX_BYTES = 4096

/** Largest body of one upload part: the server buffers at most this much per upload request. */
export const UPLOAD_PART_MAX_BYTES = 8 * 1024 * 1024
/** What clients send per part; smaller than the maximum so progress moves smoothly. */
export const UPLOAD_PART_BYTES = 4 * 1024 * 1024

/** Per-instance limits for streamed uploads (files), also served by GET /api/v1/config. */
export interface UploadLimits {
  readonly minTtl: number
  readonly maxTtl: number
  readonly maxViews: number
  /** Largest single file, checked by clients before they encrypt (the server never sees file sizes). */
  readonly maxFileBytes: number
  /** Largest envelope of any secret, checked by the server. */
  readonly maxTotalBytes: number
}

/** Languages the "it was opened" e-mail is written in (`notify_language` of a create). */
export const NOTIFY_LANGUAGES = ['en', 'ru', 'uk'] as const
export type NotifyLanguage = (typeof NOTIFY_LANGUAGES)[number]
/** Longest e-mail address a create may ask to be notified at (RFC 5321's path limit). */
export const NOTIFY_EMAIL_MAX_LENGTH = 254
/** A plain `local@domain.tld` address: no spaces, no display name, no second `@`. */
export const NOTIFY_EMAIL_PATTERN = '^[^\\s@<>()",;:]+@[^\\s@<>()",;:]+\\.[^\\s@<>()",;:]+$'
