/**
 * Issue 16, acceptance 5: loopback, private, link-local and metadata
 * destinations are refused at registration and at delivery time (DNS
 * rebinding included) unless WEBHOOK_ALLOW_PRIVATE; a local resolver
 * stands in for DNS, nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isForbiddenAddress } from '../../src/notifications/destinations/addresses.js'
import {
  checkDestination,
  DestinationError,
  type Resolver,
} from '../../src/notifications/destinations/resolve.js'
import { postWebhook } from '../../src/notifications/delivery/http.js'

/** A hosts table: names to addresses, answered locally. */
function localResolver(table: Record<string, string[]>): Resolver {
  return (name) => {
    const addresses = table[name]
    if (!addresses)
      return Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }))
    return Promise.resolve(
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    )
  }
}

const hosts = localResolver({
  'public.example': ['93.184.215.14'],
  'loopback.example': ['127.0.0.1'],
  'private.example': ['10.1.2.3'],
  'metadata.example': ['169.254.169.254'],
  'v6-loopback.example': ['::1'],
  'mixed.example': ['93.184.215.14', '10.0.0.1'],
})

describe('forbidden addresses', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.1',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '169.254.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '::127.0.0.1',
    '64:ff9b::a00:1',
    'not an address',
  ])('%s is refused', (address) => {
    expect(isForbiddenAddress(address)).toBe(true)
  })

  it.each(['93.184.215.14', '8.8.8.8', '100.128.0.1', '2606:4700::1111', '::ffff:93.184.215.14'])(
    '%s is allowed',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false)
    },
  )
})

describe('registration', () => {
  const policy = { resolver: hosts, allowPrivate: false }

  it.each([
    'http://127.0.0.1/hook',
    'http://10.0.0.7:8080/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'https://loopback.example/hook',
    'https://private.example/hook',
    'https://metadata.example/hook',
    'https://v6-loopback.example/hook',
    'https://mixed.example/hook',
  ])('refuses %s', async (url) => {
    await expect(checkDestination(url, policy)).rejects.toThrow(DestinationError)
  })

  it.each([
    'ftp://public.example/',
    'https://user:pw@public.example/',
    'https://public.example/#x',
    'nope',
  ])('refuses the malformed %s', async (url) => {
    await expect(checkDestination(url, policy)).rejects.toThrow(DestinationError)
  })

  it('accepts a public name, and private ones with the opt-in', async () => {
    await expect(checkDestination('https://public.example/hook', policy)).resolves.toBeInstanceOf(
      URL,
    )
    const open = { resolver: hosts, allowPrivate: true }
    await expect(checkDestination('http://127.0.0.1/hook', open)).resolves.toBeInstanceOf(URL)
    await expect(checkDestination('https://metadata.example/', open)).resolves.toBeInstanceOf(URL)
  })
})

describe('delivery time', () => {
  let server: Server
  let port = 0
  let hits = 0
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const post = (url: string, resolver: Resolver, allowPrivate = false) =>
    postWebhook(new URL(url), {}, '{}', { resolver, allowPrivate, timeoutMs: 5000 })

  it('refuses a name that resolves to loopback now (rebinding after registration)', async () => {
    // Registered while it pointed at a public address; by delivery time it points at us.
    let answer = '93.184.215.14'
    const rebinding: Resolver = () => Promise.resolve([{ address: answer, family: 4 }])
    await checkDestination(`http://rebind.example:${port}/`, {
      resolver: rebinding,
      allowPrivate: false,
    })
    answer = '127.0.0.1'
    const before = hits
    expect(await post(`http://rebind.example:${port}/`, rebinding)).toEqual({
      delivered: false,
      detail: 'refused',
    })
    expect(hits).toBe(before)
  })

  it.each(['127.0.0.1', '[::ffff:127.0.0.1]'])('refuses the literal %s', async (host) => {
    const before = hits
    expect(await post(`http://${host}:${port}/`, hosts)).toEqual({
      delivered: false,
      detail: 'refused',
    })
    expect(hits).toBe(before)
  })

  it('connects to the address it checked, and to private ones with the opt-in', async () => {
    const before = hits
    const local = localResolver({ 'receiver.test': ['127.0.0.1'] })
    expect(await post(`http://receiver.test:${port}/`, local, true)).toEqual({
      delivered: true,
      status: 200,
    })
    expect(await post(`http://127.0.0.1:${port}/`, hosts, true)).toEqual({
      delivered: true,
      status: 200,
    })
    expect(hits).toBe(before + 2)
  })
})
