import { describe, expect, it } from 'vitest'
import {
  prepareSecret,
  sealContent,
  unlockSecret,
  openContent,
  encodeBase64url,
} from '@hushlink/shared'
describe('quick', () => {
  it('round trips', async () => {
    for (const text of ['', 'hi', 'x'.repeat(1023), 'y'.repeat(200_000), '😀 emoji']) {
      const p = await prepareSecret(null)
      const env = sealContent(p, { text, files: [] })
      const u = await unlockSecret(p.linkKey, encodeBase64url(env.subarray(0, 84)), null)
      const out = openContent(u.sodium, env, p.id, u.keys.encKey)
      expect(out.text).toBe(text)
      console.log(text.length, env.length)
    }
    const p = await prepareSecret('pw', { ops: 2, memKib: 19456 })
    const env = sealContent(p, {
      text: 'secret',
      files: [{ info: { name: 'a.bin', type: 'x', size: 3 }, bytes: Uint8Array.of(1, 2, 3) }],
    })
    const u = await unlockSecret(p.linkKey, encodeBase64url(env.subarray(0, 84)), 'pw')
    expect(encodeBase64url(u.keys.passToken!)).toBe(encodeBase64url(p.keys.passToken!))
    const out = openContent(u.sodium, env, p.id, u.keys.encKey)
    expect(out.files[0]!.bytes).toEqual(Uint8Array.of(1, 2, 3))
    const bad = await unlockSecret(p.linkKey, encodeBase64url(env.subarray(0, 84)), 'pW')
    expect(() => openContent(bad.sodium, env, p.id, bad.keys.encKey)).toThrow(/wrong key/)
  })
})
