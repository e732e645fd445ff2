import { distinctIndices, pick } from './random.js'

export const CHARACTER_SETS = {
  lowercase: 'abcdefghijklmnopqrstuvwxyz',
  uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  // ASCII punctuation that survives shells, URLs and most password rules (no quotes or backslash).
  symbols: '!#$%&()*+,-./:;<=>?@[]^_{|}~',
} as const

export type CharacterSet = keyof typeof CHARACTER_SETS

/**
 * Characters drawn uniformly from the union of the sets, then one character of
 * each set placed at a random position, because many sites demand every class.
 */
export function generatePassword(length: number, sets: readonly CharacterSet[]): string {
  const pools = [...new Set(sets)].map((s) => CHARACTER_SETS[s])
  if (pools.length === 0 || length < pools.length) {
    throw new RangeError('need at least one character set and one character per set')
  }
  const alphabet = pools.join('')
  const chars = Array.from({ length }, () => pick(alphabet))
  distinctIndices(length, pools.length).forEach((at, i) => {
    chars[at] = pick(pools[i] as string)
  })
  return chars.join('')
}

/** Entropy in bits, over the union alphabet (the one-per-set rule costs under a bit). */
export function passwordBits(length: number, sets: readonly CharacterSet[]): number {
  const size = [...new Set(sets)].reduce((n, s) => n + CHARACTER_SETS[s].length, 0)
  return length * Math.log2(size)
}
