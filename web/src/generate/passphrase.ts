import { pickOne } from './random.ts'
import { WORDS } from './words.ts'

export const PASSPHRASE_WORDS = { min: 4, max: 12, default: 6 } as const
/** Enough for a passphrase that guards a secret behind Argon2 and a 5-attempt budget. */
export const GATE_PASSPHRASE_WORDS = 5

/** Diceware-style: `count` words drawn uniformly and independently, joined by hyphens. */
export function generatePassphrase(count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be positive')
  return Array.from({ length: count }, () => pickOne(WORDS)).join('-')
}

export function passphraseBits(count: number): number {
  return Math.floor(count * Math.log2(WORDS.length))
}
