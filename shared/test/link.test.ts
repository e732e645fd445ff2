import { describe, expect, it } from 'vitest'
import {
  encodeBase64url,
  formatReceiptLink,
  formatSecretLink,
  isSecretId,
  parseReceiptLink,
  parseSecretFragment,
  parseSecretLink,
  ProtocolError,
} from '@hushlink/shared'

const id = 'q3Jx0m6wJ8yWQH0rjv1k1A'
const key = new Uint8Array(32).map((_, i) => i)
const keyText = encodeBase64url(key)

describe('secret links', () => {
  it('formats and parses, with and without the passphrase hint and a base path', () => {
    for (const base of [
      'https://s.example',
      'https://s.example/',
      'http://127.0.0.1:8080/sub/path',
    ]) {
      for (const passphrase of [false, true]) {
        const link = formatSecretLink(base, id, key, passphrase)
        const parsed = parseSecretLink(link)
        expect(parsed).toEqual({
          base: base.replace(/\/$/, ''),
          id,
          linkKey: key,
          passphrase,
          exposed: false,
        })
      }
    }
  })

  it('recovers a link whose # a mail gateway rewrote as %23', () => {
    expect(parseSecretLink(`https://s.example/s/${id}%23${keyText}.p`).passphrase).toBe(true)
  })

  it('marks such a link exposed: its key travelled in the address', () => {
    expect(parseSecretLink(`https://s.example/s/${id}%23${keyText}`).exposed).toBe(true)
    expect(parseSecretLink(`https://s.example/s/${id}#${keyText}`).exposed).toBe(false)
    const token = keyText
    expect(parseReceiptLink(`https://s.example/r/${id}%23${token}`).exposed).toBe(true)
    expect(parseReceiptLink(`https://s.example/r/${id}#${token}`).exposed).toBe(false)
  })

  it.each([
    ['missing fragment', `https://s.example/s/${id}`],
    ['short key', `https://s.example/s/${id}#${keyText.slice(1)}`],
    ['long key', `https://s.example/s/${id}#${keyText}A`],
    ['unknown flag', `https://s.example/s/${id}#${keyText}.x`],
    ['non-canonical key', `https://s.example/s/${id}#${keyText.slice(0, 42)}B`],
    ['bad id', `https://s.example/s/${id.slice(1)}#${keyText}`],
    ['non-canonical id', `https://s.example/s/${id.slice(0, 21)}B#${keyText}`],
    ['receipt link', formatReceiptLink('https://s.example', id, key)],
    ['no scheme', `s.example/s/${id}#${keyText}`],
  ])('rejects a %s as corrupted', (_what, link) => {
    expect(() => parseSecretLink(link)).toThrow(ProtocolError)
  })

  it('parses a bare fragment strictly', () => {
    expect(parseSecretFragment(`#${keyText}`).passphrase).toBe(false)
    expect(() => parseSecretFragment(`#${keyText} `)).toThrow(ProtocolError)
  })

  it('validates ids canonically', () => {
    expect(isSecretId(id)).toBe(true)
    expect(isSecretId(`${id.slice(0, 21)}B`)).toBe(false)
  })
})

describe('receipt links', () => {
  it('round-trips', () => {
    const parsed = parseReceiptLink(formatReceiptLink('https://s.example', id, key))
    expect(parsed).toEqual({ base: 'https://s.example', id, receiptToken: key, exposed: false })
  })
})
