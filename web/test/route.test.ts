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
      exposed: false,
    })
  })

  it('takes the token of a receipt link from the fragment', () => {
    expect(parseRoute(`/r/${ID}`, `#${KEY}`)).toEqual({
      page: 'receipt',
      id: ID,
      fragment: KEY,
      exposed: false,
    })
  })

  it('recovers a key whose # a mail gateway encoded as %23, in either case, and marks it exposed', () => {
    expect(parseRoute(`/s/${ID}%23${KEY}`, '')).toEqual({
      page: 'reveal',
      id: ID,
      fragment: KEY,
      exposed: true,
    })
    expect(parseRoute(`/s/${ID}%23${KEY}.p`, '')).toMatchObject({
      fragment: `${KEY}.p`,
      exposed: true,
    })
    expect(parseRoute(`/r/${ID}%23${KEY}`, '')).toEqual({
      page: 'receipt',
      id: ID,
      fragment: KEY,
      exposed: true,
    })
  })

  it('routes requests (issue 15): the form, the request and the inbox, %23 included', () => {
    expect(parseRoute('/request', '')).toEqual({ page: 'request' })
    expect(parseRoute(`/q/${ID}`, `#${KEY}.${KEY}`)).toEqual({
      page: 'answer',
      id: ID,
      fragment: `${KEY}.${KEY}`,
      exposed: false,
    })
    expect(parseRoute(`/i/${ID}%23${KEY}.k`, '')).toEqual({
      page: 'inbox',
      id: ID,
      fragment: `${KEY}.k`,
      exposed: true,
    })
    expect(cleanPath(parseRoute(`/q/${ID}%23${KEY}.${KEY}`, ''))).toBe(`/q/${ID}`)
    expect(cleanPath(parseRoute(`/i/${ID}`, `#${KEY}.${KEY}`))).toBe(`/i/${ID}`)
  })

  it('prefers a real fragment over a %23 tail', () => {
    expect(parseRoute(`/s/${ID}%23junk`, `#${KEY}`)).toEqual({
      page: 'reveal',
      id: ID,
      fragment: KEY,
      exposed: false,
    })
  })

  it('hands a mangled secret path to the reveal page, which calls it corrupted', () => {
    const corrupted = { page: 'reveal', fragment: '', exposed: false }
    expect(parseRoute('/s/short', '')).toEqual({ ...corrupted, id: 'short' })
    expect(parseRoute(`/s/${ID}`, '')).toEqual({ ...corrupted, id: ID })
    expect(parseRoute(`/s/${ID}`, '#')).toEqual({ ...corrupted, id: ID })
    expect(parseRoute(`/s/${ID}%23`, '')).toEqual({ ...corrupted, id: ID })
  })

  it('sends every other path to the not-found page', () => {
    for (const path of ['/x', '/s', `/s/${ID}/extra`, '/api/v1/config', '/S/x', '/sr/x']) {
      expect(parseRoute(path, ''), path).toEqual({ page: 'not-found' })
    }
    // "/s/" is a secret path with an empty id: corrupted, not unknown.
    expect(parseRoute('/s/', '')).toEqual({ page: 'reveal', id: '', fragment: '', exposed: false })
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
