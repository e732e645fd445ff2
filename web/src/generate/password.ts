import { pickOne, randomBelow } from './random.ts'

export const CHARSETS = {
  lowercase: 'abcdefghijklmnopqrstuvwxyz',
  uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  // Printable ASCII punctuation that survives shells, URLs and most password rules.
  symbols: '!#$%&()*+,-./:;<=>?@[]^_{|}~',
} as const

export type Charset = keyof typeof CHARSETS

export const PASSWORD_LENGTH = { min: 8, max: 128, default: 24 } as const

export interface PasswordOptions {
  readonly length: number
  readonly sets: readonly Charset[]
}

/**
 * A random password over the union of the chosen sets that contains at least
 * one character of each set (sites often demand it). The guaranteed positions
 * are chosen at random too, so they leak nothing about where each class sits.
 */
export function generatePassword({ length, sets }: PasswordOptions): string {
  const chosen = [...new Set(sets)]
  if (chosen.length === 0) throw new RangeError('choose at least one character set')
  if (!Number.isInteger(length) || length < Math.max(chosen.length, PASSWORD_LENGTH.min)) {
    throw new RangeError(`length must be at least ${PASSWORD_LENGTH.min}`)
  }
  const alphabet = [...chosen.map((s) => CHARSETS[s]).join('')]
  const chars = Array.from({ length }, () => pickOne(alphabet))
  const free = Array.from({ length }, (_, i) => i)
  for (const set of chosen) {
    const at = free.splice(randomBelow(free.length), 1)[0] as number
    chars[at] = pickOne([...CHARSETS[set]])
  }
  return chars.join('')
}

/** Entropy of a password of `length` over the union alphabet (an upper bound; the per-set rule costs < 1 bit). */
export function passwordBits({ length, sets }: PasswordOptions): number {
  const size = new Set(sets.flatMap((s) => [...CHARSETS[s]])).size
  return Math.floor(length * Math.log2(size))
}
