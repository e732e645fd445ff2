/**
 * A uniform random integer in [0, n) from the browser's CSPRNG. Rejection
 * sampling avoids the modulo bias that `x % n` would add when n does not divide 2³².
 */
export function randomBelow(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`bad range ${n}`)
  const limit = 2 ** 32 - (2 ** 32 % n)
  const buf = new Uint32Array(1)
  for (;;) {
    crypto.getRandomValues(buf)
    const x = buf[0] as number
    if (x < limit) return x % n
  }
}

/** One element of `items`, uniformly. */
export function pickOne<T>(items: readonly T[]): T {
  const item = items[randomBelow(items.length)]
  if (item === undefined) throw new RangeError('cannot pick from an empty list')
  return item
}
