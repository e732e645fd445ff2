import { describe, expect, it } from 'vitest'
import {
  decodeBase64url as b,
  DecryptionError,
  deriveInboxToken,
  deriveRequestKeys,
  encodeBase64url as e,
  formatInboxLink,
  formatRequestLink,
  isNoteCiphertextSize,
  keyPairFromSeed,
  loadSodium,
  openAnswerKey,
  openNote,
  parseInboxLink,
  parseRequestLink,
  passkeyPrfInput,
  ProtocolError,
  publicKeyOf,
  sealAnswerKey,
  sealNote,
  seedFromPrf,
  verifierOf,
} from '@hushlink/shared'
import { loadEnvelopeVectors, loadRequestVectors } from './vectors.js'

const sodium = await loadSodium()
const envelopes = loadEnvelopeVectors()

describe('request vectors (docs/protocol.md §8)', () => {
  for (const v of loadRequestVectors()) {
    describe(v.name, () => {
      it('derives the tokens, verifiers and note key', () => {
        const keys = deriveRequestKeys(sodium, b(v.request_key))
        expect(e(keys.requestToken)).toBe(v.request_token)
        expect(e(keys.noteKey)).toBe(v.note_key)
        expect(e(verifierOf(keys.requestToken))).toBe(v.request_verifier)
        const inbox = deriveInboxToken(sodium, b(v.inbox_key))
        expect(e(inbox)).toBe(v.inbox_token)
        expect(e(verifierOf(inbox))).toBe(v.inbox_verifier)
      })

      it('derives the key pair (from the PRF output in passkey mode)', async () => {
        if (v.prf_output !== null) {
          expect(e(passkeyPrfInput(b(v.id)))).toBe(v.prf_input)
          expect(e(await seedFromPrf(b(v.prf_output), b(v.id)))).toBe(v.key_seed)
        }
        const pair = keyPairFromSeed(sodium, b(v.key_seed))
        expect(e(pair.publicKey)).toBe(v.public_key)
        expect(e(pair.privateKey)).toBe(v.private_key)
        expect(e(publicKeyOf(sodium, pair.privateKey))).toBe(v.public_key)
      })

      it('seals and opens the note', () => {
        const noteKey = b(v.note_key)
        expect(e(sealNote(sodium, noteKey, v.note_text, b(v.note_nonce)))).toBe(v.note)
        expect(openNote(sodium, noteKey, b(v.note))).toBe(v.note_text)
        expect(isNoteCiphertextSize(b(v.note).length)).toBe(true)
        const flipped = b(v.note)
        flipped[30] = (flipped[30] as number) ^ 1
        expect(() => openNote(sodium, noteKey, flipped)).toThrow(DecryptionError)
      })

      it('formats and parses both links', () => {
        expect(
          formatRequestLink('https://hushlink.example', v.id, b(v.public_key), b(v.request_key)),
        ).toBe(v.request_link)
        const passkey = v.prf_output !== null
        expect(
          formatInboxLink(
            'https://hushlink.example',
            v.id,
            b(v.inbox_key),
            passkey ? null : b(v.private_key),
          ),
        ).toBe(v.inbox_link)
        const q = parseRequestLink(v.request_link.replace('#', '%23'))
        expect([q.id, e(q.publicKey), e(q.requestKey)]).toEqual([v.id, v.public_key, v.request_key])
        const i = parseInboxLink(v.inbox_link)
        expect(e(i.inboxKey)).toBe(v.inbox_key)
        expect(i.privateKey && e(i.privateKey)).toBe(passkey ? null : v.private_key)
        // A passkey inbox link holds no private key at all.
        if (passkey) expect(v.inbox_link).not.toContain(v.private_key)
      })

      it('opens the sealed key to the answer vector link key, and only with its key pair', () => {
        const pair = keyPairFromSeed(sodium, b(v.key_seed))
        const linkKey = envelopes.find((x) => x.name === v.answer_vector)?.link_key
        expect(e(openAnswerKey(sodium, b(v.sealed_key), pair))).toBe(linkKey)
        const other = keyPairFromSeed(sodium, new Uint8Array(32).fill(9))
        expect(() => openAnswerKey(sodium, b(v.sealed_key), other)).toThrow(DecryptionError)
        const flipped = b(v.sealed_key)
        flipped[40] = (flipped[40] as number) ^ 1
        expect(() => openAnswerKey(sodium, flipped, pair)).toThrow(DecryptionError)
        // Sealing again gives other bytes (a fresh ephemeral key) that open the same.
        const again = sealAnswerKey(sodium, b(linkKey ?? ''), pair.publicKey)
        expect(e(again)).not.toBe(v.sealed_key)
        expect(e(openAnswerKey(sodium, again, pair))).toBe(linkKey)
      })
    })
  }

  it('refuses mangled links and oversized notes before any request', () => {
    const [v] = loadRequestVectors()
    if (!v) throw new Error('no vectors')
    const mangled: [(link: string) => unknown, string][] = [
      [parseRequestLink, v.request_link.replace('/q/', '/i/')],
      [parseRequestLink, v.request_link.slice(0, -1)],
      [parseRequestLink, `${v.request_link}.x`],
      [parseInboxLink, v.inbox_link.replace('/i/', '/q/')],
      [parseInboxLink, v.inbox_link.replace(/\.(?=[^.]*$)/, '.k.')],
    ]
    for (const [parse, bad] of mangled) expect(() => parse(bad)).toThrow(ProtocolError)
    expect(() => sealNote(sodium, b(v.note_key), 'x'.repeat(1024))).toThrow(ProtocolError)
    expect(isNoteCiphertextSize(24 + 16 + 1024)).toBe(true)
    expect(isNoteCiphertextSize(24 + 16 + 1280)).toBe(false)
    expect(isNoteCiphertextSize(24 + 16 + 100)).toBe(false)
  })
})
