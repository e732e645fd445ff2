/** Milliseconds since the epoch. Every expiry decision reads this, so tests can move time. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }
