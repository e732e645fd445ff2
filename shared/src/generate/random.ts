interface RandomSource {
  getRandomValues(array: Uint32Array): Uint32Array
}

/** The platform CSPRNG: WebCrypto in browsers and in Node 20+. */
const csprng = (globalThis as unknown as { crypto: RandomSource }).crypto

/**
 * A uniform random integer in [0, n). Rejection sampling avoids the modulo
 * bias that `x % n` would add when n does not divide 2³².
 */
export function randomBelow(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`bad range ${n}`)
  const limit = 2 ** 32 - (2 ** 32 % n)
  const buf = new Uint32Array(1)
  for (;;) {
    csprng.getRandomValues(buf)
    const x = buf[0] as number
    if (x < limit) return x % n
  }
}

/** One element, uniformly. */
export function pick<T>(items: ArrayLike<T>): T {
  const item = items[randomBelow(items.length)]
  if (item === undefined) throw new RangeError('cannot pick from an empty list')
  return item
}

/** `count` distinct indices below `n` in random order (a partial Fisher–Yates shuffle). */
export function distinctIndices(n: number, count: number): number[] {
  const indices = Array.from({ length: n }, (_, i) => i)
  for (let i = 0; i < count; i++) {
    const j = i + randomBelow(n - i)
    ;[indices[i], indices[j]] = [indices[j] as number, indices[i] as number]
  }
  return indices.slice(0, count)
}
