import { describe, expect, it } from 'vitest'
import {
  GATE_PASSPHRASE_WORDS,
  generatePassphrase,
  passphraseBits,
  PASSPHRASE_WORDS,
} from '../src/generate/passphrase.ts'
import {
  CHARSETS,
  generatePassword,
  PASSWORD_LENGTH,
  passwordBits,
  type Charset,
} from '../src/generate/password.ts'
import { pickOne, randomBelow } from '../src/generate/random.ts'
import { WORDS } from '../src/generate/words.ts'

const ALL: Charset[] = ['lowercase', 'uppercase', 'digits', 'symbols']

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

  it('pickOne refuses an empty list', () => {
    expect(() => pickOne([])).toThrow(RangeError)
  })
})

describe('generatePassword', () => {
  it('has the asked length and only characters of the chosen sets', () => {
    for (const sets of [['digits'], ['lowercase', 'symbols'], ALL] as Charset[][]) {
      const alphabet = new Set(sets.flatMap((s) => [...CHARSETS[s]]))
      for (let i = 0; i < 50; i++) {
        const pw = generatePassword({ length: 16, sets })
        expect(pw).toHaveLength(16)
        for (const ch of pw) expect(alphabet.has(ch), ch).toBe(true)
      }
    }
  })

  it('always contains at least one character of each chosen set', () => {
    for (let i = 0; i < 500; i++) {
      const pw = generatePassword({ length: PASSWORD_LENGTH.min, sets: ALL })
      for (const set of ALL)
        expect(
          [...pw].some((ch) => CHARSETS[set].includes(ch)),
          set,
        ).toBe(true)
    }
  })

  it('uses the whole alphabet and never repeats a value', () => {
    const seen = new Set<string>()
    const chars = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword({ length: 24, sets: ALL })
      seen.add(pw)
      for (const ch of pw) chars.add(ch)
    }
    expect(seen.size).toBe(200)
    expect(chars.size).toBe(ALL.reduce((n, s) => n + CHARSETS[s].length, 0))
  })

  it('refuses no sets and lengths below the minimum', () => {
    expect(() => generatePassword({ length: 16, sets: [] })).toThrow(RangeError)
    expect(() => generatePassword({ length: 7, sets: ['digits'] })).toThrow(RangeError)
    expect(() => generatePassword({ length: 12.5, sets: ['digits'] })).toThrow(RangeError)
  })

  it('reports its entropy from the alphabet size', () => {
    expect(passwordBits({ length: 10, sets: ['digits'] })).toBe(33)
    const all = ALL.reduce((n, s) => n + CHARSETS[s].length, 0)
    expect(passwordBits({ length: 24, sets: ALL })).toBe(Math.floor(24 * Math.log2(all)))
    expect(passwordBits({ length: PASSWORD_LENGTH.default, sets: ALL })).toBeGreaterThan(128)
  })

  it('has no character twice across sets, so no character is more likely than another', () => {
    const joined = ALL.map((s) => CHARSETS[s]).join('')
    expect(new Set(joined).size).toBe(joined.length)
  })
})

describe('generatePassphrase', () => {
  it('joins the asked number of list words with hyphens', () => {
    const list = new Set(WORDS)
    for (let i = 0; i < 100; i++) {
      const words = generatePassphrase(PASSPHRASE_WORDS.default).split('-')
      expect(words).toHaveLength(PASSPHRASE_WORDS.default)
      for (const w of words) expect(list.has(w), w).toBe(true)
    }
  })

  it('gives a gate passphrase over 50 bits and a generated secret over 60', () => {
    expect(passphraseBits(GATE_PASSPHRASE_WORDS)).toBeGreaterThanOrEqual(50)
    expect(passphraseBits(PASSPHRASE_WORDS.default)).toBeGreaterThanOrEqual(60)
  })

  it('refuses a count below one', () => {
    expect(() => generatePassphrase(0)).toThrow(RangeError)
  })
})

describe('the word list', () => {
  it('holds over a thousand unique, short, lowercase words', () => {
    expect(WORDS.length).toBeGreaterThan(1200)
    expect(new Set(WORDS).size).toBe(WORDS.length)
    for (const w of WORDS) expect(w, w).toMatch(/^[a-z]{3,5}$/)
  })
})
