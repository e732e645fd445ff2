import { pick } from './random.js'
import { WORDS } from './words.js'

/** Diceware-style: `count` words drawn uniformly and independently. */
export function generatePassphrase(count: number, separator = '-'): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be positive')
  return Array.from({ length: count }, () => pick(WORDS)).join(separator)
}

/** Entropy in bits of a passphrase of `count` words from the list. */
export function passphraseBits(count: number): number {
  return count * Math.log2(WORDS.length)
}
