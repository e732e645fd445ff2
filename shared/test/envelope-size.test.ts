import { describe, expect, it } from 'vitest'
import {
  createSealer,
  encodeUtf8,
  envelopeSize,
  prepareSecret,
  sealContent,
} from '@hushlink/shared'

describe('envelopeSize', () => {
  it.each([0, 1, 1023, 1024, 5000, 65_535, 65_536, 200_000])(
    'matches the sealed length of a %d-byte text',
    async (length) => {
      const text = 'x'.repeat(length)
      const prepared = await prepareSecret(null)
      const sealed = sealContent(prepared, { text, files: [] })
      expect(envelopeSize({ text: encodeUtf8(text).length, files: [] })).toBe(sealed.length)
    },
  )

  it('matches the sealer for text with many files and long names', async () => {
    const files = Array.from({ length: 40 }, (_, i) => ({
      name: `${'n'.repeat(200)}-${i}.bin`,
      type: 'application/octet-stream',
      size: i * 1000,
    }))
    const meta = { text: 12, files }
    const sealer = createSealer(await prepareSecret(null), meta)
    expect(envelopeSize(meta)).toBe(sealer.size)
    expect(sealer.head.length).toBeGreaterThan(84 + 512 + 17)
  })

  it('refuses metadata the format cannot carry', () => {
    const files = Array.from({ length: 101 }, (_, i) => ({ name: `f${i}`, type: '', size: 1 }))
    expect(() => envelopeSize({ text: 0, files })).toThrow(/more than 100 files/)
  })
})
