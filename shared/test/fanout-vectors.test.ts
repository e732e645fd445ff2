import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  decodeBase64url as b,
  encodeBase64url as e,
  formatFanOutLink,
  labelKey,
  linkToken,
  loadSodium,
  openLabel,
  parseSecretLink,
  ProtocolError,
  sealLabel,
  SEALED_LABEL_BYTES,
} from '@hushlink/shared'
import { kdfViaBlake2b } from './kdf-blake2b.js'
import { loadEnvelopeVectors, loadFanOutVectors } from './vectors.js'

const sodium = await loadSodium()
const fanOut = loadFanOutVectors()
const envelopes = loadEnvelopeVectors()

const sha256 = (bytes: Uint8Array) => e(createHash('sha256').update(bytes).digest())

describe('fan-out vectors (docs/protocol.md §10)', () => {
  for (const v of fanOut.vectors) {
    describe(v.name, () => {
      const idBytes = b(v.id)
      const key = b(v.label_key)

      it('is links of its envelope vector, with its receipt', () => {
        const envelope = envelopes.find((x) => x.name === v.envelope)
        expect(envelope?.id).toBe(v.id)
        expect(envelope?.link_key).toBe(v.link_key)
        expect(sha256(b(v.receipt_token))).toBe(v.receipt_verifier)
      })

      it('derives each link token and verifier, by the SDK and by the formulas', () => {
        for (const l of v.links) {
          expect(e(linkToken(sodium, b(l.link_secret), l.index))).toBe(l.link_token)
          expect(e(kdfViaBlake2b(b(l.link_secret), l.index, 'hlv1_lnk'))).toBe(l.link_token)
          expect(sha256(b(l.link_token))).toBe(l.link_verifier)
        }
        // One secret answers for one place only.
        const [one] = v.links
        if (one)
          expect(e(linkToken(sodium, b(one.link_secret), one.index + 1))).not.toBe(one.link_token)
      })

      it('formats and parses each link exactly', () => {
        for (const l of v.links) {
          const link = { index: l.index, linkSecret: b(l.link_secret) }
          expect(formatFanOutLink(fanOut.base, v.id, b(v.link_key), v.passphrase, link)).toBe(
            l.link,
          )
          const parsed = parseSecretLink(l.link)
          expect(parsed).toMatchObject({ id: v.id, passphrase: v.passphrase, exposed: false })
          expect(e(parsed.linkKey)).toBe(v.link_key)
          expect(parsed.fanOut?.index).toBe(l.index)
          expect(e(parsed.fanOut?.linkSecret ?? new Uint8Array())).toBe(l.link_secret)
        }
      })

      it('seals each label to exactly the pinned bytes, and opens it only in its place', () => {
        expect(e(labelKey(sodium, b(v.receipt_token)))).toBe(v.label_key)
        expect(e(kdfViaBlake2b(b(v.receipt_token), 1, 'hlv1_lbl'))).toBe(v.label_key)
        for (const l of v.links) {
          if (l.label === null || l.sealed_label === null || l.label_nonce === null) continue
          const sealed = sealLabel(sodium, key, idBytes, l.index, l.label, b(l.label_nonce))
          expect(e(sealed)).toBe(l.sealed_label)
          expect(sealed.length).toBe(SEALED_LABEL_BYTES)
          expect(openLabel(sodium, key, idBytes, l.index, sealed)).toBe(l.label)
          const refusals = [
            () => openLabel(sodium, key, idBytes, l.index + 1, sealed),
            () => openLabel(sodium, key, b(envelopes[0]?.id ?? ''), l.index, sealed),
            () => openLabel(sodium, labelKey(sodium, new Uint8Array(32)), idBytes, l.index, sealed),
            () => openLabel(sodium, key, idBytes, l.index, sealed.subarray(1)),
          ]
          for (let at = 0; at < sealed.length; at += 13) {
            const flipped = sealed.slice()
            flipped[at] = (flipped[at] as number) ^ 1
            refusals.push(() => openLabel(sodium, key, idBytes, l.index, flipped))
          }
          for (const refusal of refusals) {
            expect(refusal).toThrow(expect.objectContaining({ code: 'bad_label' }) as Error)
          }
        }
      })
    })
  }

  it.each(fanOut.invalid)('refuses $name ($error)', ({ link, error }) => {
    expect(() => parseSecretLink(link)).toThrow(ProtocolError)
    expect(() => parseSecretLink(link)).toThrow(expect.objectContaining({ code: error }) as Error)
  })

  it('refuses a label over 63 bytes before sealing', () => {
    const key = labelKey(sodium, new Uint8Array(32))
    expect(() => sealLabel(sodium, key, new Uint8Array(16), 1, 'é'.repeat(32))).toThrow(
      expect.objectContaining({ code: 'bad_label' }) as Error,
    )
    expect(() => sealLabel(sodium, key, new Uint8Array(16), 1, '')).toThrow(ProtocolError)
    expect(e(sealLabel(sodium, key, new Uint8Array(16), 1, 'x'.repeat(63))).length).toBe(139)
  })
})
