/** Limits fixed by the protocol; per-instance limits come from GET /api/v1/config. */
export const MAX_FAILURES_MIN = 1
export const MAX_FAILURES_MAX = 10
export const DEFAULT_MAX_FAILURES = 5

/** Per-instance limits a client needs before it encrypts (served by GET /api/v1/config). */
export interface InstanceLimits {
  readonly minTtl: number
  readonly maxTtl: number
  readonly defaultTtl: number
  readonly maxViews: number
  /** Largest accepted text envelope, in bytes. */
  readonly maxTextBytes: number
}
