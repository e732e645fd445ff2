import { describe, expect, it } from 'vitest'
import {
  CHARACTER_SETS,
  distinctIndices,
  generatePassphrase,
  generatePassword,
  passphraseBits,
  passwordBits,
  pick,
  randomBelow,
  WORDS,
  type CharacterSet,
} from '@hushlink/shared'

const ALL: CharacterSet[] = ['lowercase', 'uppercase', 'digits', 'symbols']

describe('passwords', () => {
  it('have the asked length, only allowed characters, and one of every set', () => {
    for (const sets of [
      ALL,
      ['digits'],
      ['lowercase', 'digits'],
      ['symbols', 'uppercase'],
    ] as const) {
      const alphabet = sets.map((s) => CHARACTER_SETS[s]).join('')
      for (const length of [8, 9, 24, 100]) {
        for (let i = 0; i < 50; i++) {
          const password = generatePassword(length, sets)
          expect(password).toHaveLength(length)
          for (const ch of password) expect(alphabet).toContain(ch)
          for (const set of sets)
            expect([...password].some((ch) => CHARACTER_SETS[set].includes(ch))).toBe(true)
        }
      }
    }
  })

  it('use every character of the alphabet, about equally often', () => {
    const counts = new Map<string, number>()
    const samples = 400
    for (let i = 0; i < samples; i++) {
      for (const ch of generatePassword(100, ALL)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    }
    const alphabet = ALL.map((s) => CHARACTER_SETS[s]).join('')
    expect(counts.size).toBe(alphabet.length)
    // 40 000 draws over 90 characters: ≈ 444 each; a biased source falls far outside this.
    for (const n of counts.values()) expect(n).toBeGreaterThan(300)
    for (const n of counts.values()) expect(n).toBeLessThan(620)
  })

  it('reports entropy over the union alphabet', () => {
    expect(passwordBits(24, ALL)).toBeCloseTo(24 * Math.log2(90), 6)
    expect(passwordBits(10, ['digits'])).toBeCloseTo(10 * Math.log2(10), 6)
  })

  it('refuses impossible requests', () => {
    expect(() => generatePassword(8, [])).toThrow(RangeError)
    expect(() => generatePassword(3, ALL)).toThrow(RangeError)
  })
})

describe('passphrases', () => {
  it('come from a list of distinct, short, lower-case words', () => {
    const words = WORDS
    expect(words.length).toBe(1285)
    expect(new Set(words).size).toBe(words.length)
    for (const w of words) expect(w).toMatch(/^[a-z0-9]{2,9}$/)
  })

  it('have the asked number of list words joined by the separator', () => {
    const words = new Set(WORDS)
    for (const count of [4, 6, 12]) {
      const parts = generatePassphrase(count, ' ').split(' ')
      expect(parts).toHaveLength(count)
      for (const p of parts) expect(words.has(p)).toBe(true)
    }
    expect(generatePassphrase(5, '-').split('-')).toHaveLength(5)
    expect(passphraseBits(6)).toBeCloseTo(6 * Math.log2(1285), 6)
  })
})

describe('randomness helpers', () => {
  it('pick returns only list elements and refuses an empty list', () => {
    for (let i = 0; i < 100; i++) expect(['a', 'b', 'c']).toContain(pick(['a', 'b', 'c']))
    expect(() => pick([])).toThrow(RangeError)
  })

  it('distinctIndices are distinct and in range', () => {
    for (let i = 0; i < 200; i++) {
      const picked = distinctIndices(10, 4)
      expect(new Set(picked).size).toBe(4)
      for (const n of picked) expect(n >= 0 && n < 10).toBe(true)
    }
  })
})

describe('randomBelow', () => {
  it('stays in range and reaches every value', () => {
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const x = randomBelow(7)
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(7)
      seen.add(x)
    }
    expect(seen.size).toBe(7)
  })

  it('is close to uniform (chi-square over 6 buckets, 60 000 draws)', () => {
    const counts = new Array<number>(6).fill(0)
    const n = 60_000
    for (let i = 0; i < n; i++) counts[randomBelow(6)]! += 1
    const expected = n / 6
    const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0)
    // 5 degrees of freedom: P(chi2 > 25.7) ≈ 1e-4.
    expect(chi2).toBeLessThan(25.7)
  })

  it('rejects ranges it cannot serve without bias', () => {
    expect(() => randomBelow(0)).toThrow(RangeError)
    expect(() => randomBelow(1.5)).toThrow(RangeError)
    expect(() => randomBelow(2 ** 32 + 1)).toThrow(RangeError)
    expect(randomBelow(1)).toBe(0)
  })

  it('pick refuses an empty list', () => {
    expect(() => pick([])).toThrow(RangeError)
  })
})
