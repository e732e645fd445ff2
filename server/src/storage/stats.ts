import type { StoreStats } from './records.js'

/** Secrets by what an operator asks about (admin API and `hushlink-admin stats`). */
export interface SecretCounts {
  /** Readable now. */
  readonly active: number
  /** Past expiry, never served, waiting for the sweeper. */
  readonly expired: number
  readonly viewed: number
  readonly burned: number
  readonly burnedByFailures: number
}

/** The counts an operator reads, from rows grouped by state and expiry. */
export function countByState(rows: StoreStats['rows']): SecretCounts {
  const count = (state: string, expired = false): number =>
    rows.find((r) => r.state === state && r.expired === expired)?.n ?? 0
  return {
    active: count('active'),
    expired: count('active', true),
    viewed: count('viewed'),
    burned: count('burned'),
    burnedByFailures: count('burned_failures'),
  }
}
