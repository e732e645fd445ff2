import { describe, expect, it } from 'vitest'
import { cleanPath, parseRoute } from '../src/route.ts'

const ID = 'AAAAAAAAAAAAAAAAAAAAAA'
const KEY = 'B'.repeat(42) + 'A'

describe('parseRoute', () => {
  it('routes the root to the create page', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'create' })
    expect(parseRoute('/', '#ignored')).toEqual({ page: 'create' })
  })

  it('routes the account pages, and the reason of a refused sign-in', () => {
    expect(parseRoute('/my-secrets', '')).toEqual({ page: 'my-secrets' })
    expect(parseRoute('/admin', '')).toEqual({ page: 'admin' })
    expect(parseRoute('/sign-in', '', '?problem=domain')).toEqual({
      page: 'sign-in',
      problem: 'domain',
    })
    expect(parseRoute('/sign-in', '')).toEqual({ page: 'sign-in', problem: null })
    expect(cleanPath({ page: 'sign-in', problem: 'state' })).toBe('/sign-in')
  })

  it('takes the key of a secret link from the fragment', () => {
    expect(parseRoute(`/s/${ID}`, `#${KEY}.p`)).toEqual({
      page: 'reveal',
      id: ID,
      fragment: `${KEY}.p`,
    })
  })

  it('takes the token of a receipt link from the fragment', () => {
    expect(parseRoute(`/r/${ID}`, `#${KEY}`)).toEqual({ page: 'receipt', id: ID, fragment: KEY })
  })

  it('recovers a key whose # a mail gateway encoded as %23, in either case', () => {
    expect(parseRoute(`/s/${ID}%23${KEY}`, '')).toEqual({ page: 'reveal', id: ID, fragment: KEY })
    expect(parseRoute(`/s/${ID}%23${KEY}.p`, '')).toMatchObject({ fragment: `${KEY}.p` })
    expect(parseRoute(`/r/${ID}%23${KEY}`, '')).toEqual({ page: 'receipt', id: ID, fragment: KEY })
  })

  it('prefers a real fragment over a %23 tail', () => {
    expect(parseRoute(`/s/${ID}%23junk`, `#${KEY}`)).toEqual({
      page: 'reveal',
      id: ID,
      fragment: KEY,
    })
  })

  it('hands a mangled secret path to the reveal page, which calls it corrupted', () => {
    expect(parseRoute('/s/short', '')).toEqual({ page: 'reveal', id: 'short', fragment: '' })
    expect(parseRoute(`/s/${ID}`, '')).toEqual({ page: 'reveal', id: ID, fragment: '' })
    expect(parseRoute(`/s/${ID}`, '#')).toEqual({ page: 'reveal', id: ID, fragment: '' })
  })

  it('sends every other path to the not-found page', () => {
    for (const path of ['/x', '/s', `/s/${ID}/extra`, '/api/v1/config', '/S/x', '/sr/x']) {
      expect(parseRoute(path, ''), path).toEqual({ page: 'not-found' })
    }
    // "/s/" is a secret path with an empty id: corrupted, not unknown.
    expect(parseRoute('/s/', '')).toEqual({ page: 'reveal', id: '', fragment: '' })
  })
})

describe('cleanPath', () => {
  it('drops the key and any %23 tail from the address', () => {
    expect(cleanPath(parseRoute(`/s/${ID}%23${KEY}`, ''))).toBe(`/s/${ID}`)
    expect(cleanPath(parseRoute(`/r/${ID}`, `#${KEY}`))).toBe(`/r/${ID}`)
    expect(cleanPath(parseRoute('/', ''))).toBe('/')
  })
})

describe('the How it works page', () => {
  it('has its own address', () => {
    expect(parseRoute('/about', '')).toEqual({ page: 'about' })
    expect(cleanPath(parseRoute('/about', ''))).toBe('/about')
  })
})
