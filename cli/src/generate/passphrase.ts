import { readFileSync } from 'node:fs'
import { pick } from './random.js'

let words: readonly string[] | undefined

/** cli/words.txt, found from both src/ and dist/ (the same depth below the package). */
export function wordList(): readonly string[] {
  words ??= Object.freeze(
    readFileSync(new URL('../../words.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  )
  return words
}

/** Diceware-style: words drawn uniformly and independently. */
export function generatePassphrase(count: number, separator: string): string {
  const list = wordList()
  return Array.from({ length: count }, () => pick(list)).join(separator)
}

/** Entropy in bits of a passphrase of `count` words from the list. */
export function passphraseBits(count: number): number {
  return count * Math.log2(wordList().length)
}
