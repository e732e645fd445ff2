import { randomInt } from 'node:crypto'

/** One element, uniformly, from the operating system's CSPRNG (randomInt has no modulo bias). */
export function pick<T>(items: ArrayLike<T>): T {
  const item = items[randomInt(items.length)]
  if (item === undefined) throw new RangeError('cannot pick from an empty list')
  return item
}

/** `count` distinct indices below `n` in random order (a partial Fisher–Yates shuffle). */
export function distinctIndices(n: number, count: number): number[] {
  const indices = Array.from({ length: n }, (_, i) => i)
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(n - i)
    ;[indices[i], indices[j]] = [indices[j] as number, indices[i] as number]
  }
  return indices.slice(0, count)
}
