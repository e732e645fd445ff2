import {
  ApiError,
  DecryptionError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  WrongPassphraseError,
} from '@hushlink/shared'
import { ERROR_CODES } from '@hushlink/shared/api'
import { describe as suite, expect, it } from 'vitest'
import { loadLanguage, useLanguage } from '../src/i18n/language.ts'
import type { Pick } from '../src/i18n/messages.ts'
import en from '../src/locales/en.ts'
import { CORRUPTED, describe, GONE } from '../src/pages/problem.ts'

const text = (pick: Pick): string => pick(en)

suite('describe', () => {
  it('has a distinct, non-empty explanation for every API error code', () => {
    for (const code of ERROR_CODES) {
      const problem = describe(new ApiError(400, code, 'x'))
      expect(text(problem.title), code).not.toBe('')
      expect(text(problem.body), code).not.toBe('')
    }
  })

  it('falls back to a generic explanation for a code this client does not know', () => {
    const unknown = new ApiError(418, 'brew_coffee' as 'internal', 'x')
    expect(text(describe(unknown).title)).toMatch(/unexpected/)
  })

  it('calls every 404 "gone" without saying why', () => {
    expect(describe(new NotFoundError(404, 'not_found', 'x'))).toBe(GONE)
  })

  it('tells a burned-by-failures secret apart from a wrong passphrase with attempts left', () => {
    expect(text(describe(new WrongPassphraseError('x', 0)).title)).toMatch(/destroyed/)
    expect(text(describe(new WrongPassphraseError('x', 2)).title)).toMatch(/passphrase/i)
  })

  it('offers a retry only where trying again can help', () => {
    expect(describe(new RateLimitedError('x', null)).retry).toBe(true)
    expect(describe(new ApiError(503, 'unavailable', 'x')).retry).toBe(true)
    expect(text(describe(new NetworkError('x', new TypeError('Failed to fetch'))).title)).toMatch(
      /cannot be reached/,
    )
    expect(describe(new TypeError('Failed to fetch dynamically imported module')).retry).toBe(true)
    expect(describe(new ApiError(400, 'bad_request', 'x')).retry).toBe(false)
  })

  it('says how long to wait when the server said so', async () => {
    expect(text(describe(new RateLimitedError('x', 60)).body)).toMatch(/try again in 1 minute/)
    expect(text(describe(new RateLimitedError('x', null)).body)).toMatch(/wait a minute/)
    const russian = await loadLanguage('ru')
    useLanguage(russian)
    const ru = describe(new RateLimitedError('x', 120)).body(russian.messages)
    useLanguage(await loadLanguage('en'))
    expect(ru).toMatch(/через 2 минуты/)
  })

  it('maps local protocol failures to corrupted, unsafe or undecryptable', () => {
    expect(describe(new ProtocolError('bad_link', 'x'))).toBe(CORRUPTED)
    expect(text(describe(new ProtocolError('hostile_kdf', 'x')).title)).toMatch(/unsafe/)
    expect(text(describe(new DecryptionError('decryption_failed', 'x')).title)).toMatch(/decrypted/)
  })
})
