import { describe, expect, it } from 'vitest'
import {
  EnvelopeOpener,
  HEADER_SIZE,
  loadSodium,
  loadSodiumWithPwhash,
  prepareSecret,
  ProtocolError,
  sealContent,
} from '@hushlink/shared'

describe('libsodium builds', () => {
  it('loads Argon2id only from the sumo build; both have what the envelope needs', async () => {
    const standard = await loadSodium()
    const sumo = await loadSodiumWithPwhash()
    expect('crypto_pwhash' in standard).toBe(false)
    expect(typeof sumo.crypto_pwhash).toBe('function')
    for (const s of [standard, sumo]) {
      expect(typeof s.crypto_secretstream_xchacha20poly1305_push).toBe('function')
      expect(typeof s.crypto_kdf_derive_from_key).toBe('function')
      expect(typeof s.crypto_generichash).toBe('function')
    }
  })

  it('never repeats ids, keys or stream headers', async () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const p = await prepareSecret(null)
      const envelope = sealContent(p, { text: 'x', files: [] })
      for (const v of [p.id, p.linkKey.join(), envelope.subarray(52, 76).join()]) {
        expect(seen.has(v)).toBe(false)
        seen.add(v)
      }
    }
  }, 30_000)
})

describe('streamed opening', () => {
  it('reports a stream that stops before the final chunk as truncated', async () => {
    const p = await prepareSecret(null)
    const envelope = sealContent(p, { text: 'a'.repeat(200_000), files: [] })
    const sodium = await loadSodium()
    const opener = new EnvelopeOpener(sodium, {
      prefix: envelope.subarray(0, HEADER_SIZE),
      totalSize: envelope.length,
      id: p.idBytes,
      encKey: p.keys.encKey,
    })
    opener.write(envelope.subarray(HEADER_SIZE, envelope.length - 100))
    expect(() => opener.end()).toThrow(expect.objectContaining({ code: 'truncated' }))
    expect(() => opener.end()).toThrow(ProtocolError)
  })
})
