import { describe, expect, it } from 'vitest'
import {
  canonicalMetadataJson,
  decodeBase64url as b,
  encodeBase64url,
  encodeMetadata,
  isPaddedBodySize,
  loadSodiumWithPwhash,
  openContent,
  paddedBodySize,
  paddedMetaSize,
  padme,
  parseReceiptLink,
  parseSecretLink,
  ProtocolError,
  decodeMetadata,
  pad,
  decodeUtf8,
} from '@hushlink/shared'
import { kdfViaBlake2b } from './kdf-blake2b.js'
import { loadEnvelopeVectors, loadProtocolVectors } from './vectors.js'

const sodium = await loadSodiumWithPwhash()
const p = loadProtocolVectors()
const ROOT_LABEL = new TextEncoder().encode('hushlink/v1/root')

function errorOf(run: () => unknown): string {
  try {
    run()
    return 'ok'
  } catch (error) {
    if (error instanceof ProtocolError) return error.code
    throw error
  }
}

describe('protocol vectors (protocol-v1.json)', () => {
  it('padmé, padded body sizes and valid padded lengths', () => {
    for (const { input, output } of p.padme) expect(padme(input), `padme(${input})`).toBe(output)
    for (const { body, padded } of p.padded_body_size) expect(paddedBodySize(body)).toBe(padded)
    for (const { length, valid } of p.padded_length_valid) {
      expect(isPaddedBodySize(length), `${length}`).toBe(valid)
    }
  })

  it('crypto_kdf is BLAKE2b keyed with the key, salt = LE64(subkey id) ‖ 0⁸, personal = context ‖ 0⁸', () => {
    for (const c of p.crypto_kdf) {
      const key = b(c.key)
      expect(
        encodeBase64url(sodium.crypto_kdf_derive_from_key(32, c.subkey_id, c.context, key)),
      ).toBe(c.output)
      expect(encodeBase64url(kdfViaBlake2b(key, c.subkey_id, c.context))).toBe(c.output)
    }
  })

  it('the metadata has one serialisation, and a decoder refuses any other', () => {
    for (const m of p.metadata) {
      const json = canonicalMetadataJson(m.meta)
      expect(decodeUtf8(json)).toBe(m.json)
      expect(json.length).toBe(m.json_bytes)
      expect(paddedMetaSize(json.length)).toBe(m.meta_size)
      expect(encodeMetadata(m.meta).length).toBe(m.meta_size)
    }
    // The same metadata with a space, keys reordered, a repeated key, another number spelling,
    // an escaped ASCII letter, or padded to more than the smallest multiple of 512.
    const variants: [string, number][] = [
      ['{"v":1, "text":5,"files":[]}', 512],
      ['{"text":5,"v":1,"files":[]}', 512],
      ['{"v":1,"text":5,"files":[],"v":1}', 512],
      ['{"v":1,"text":5.0,"files":[]}', 512],
      ['{"v":1,"text":5,"files":[{"name":"\\u0061","type":"","size":1}]}', 512],
      ['{"v":1,"text":5,"files":[]}', 1024],
    ]
    expect(decodeMetadata(pad(canonicalMetadataJson({ text: 5, files: [] }), 512))).toEqual({
      text: 5,
      files: [],
    })
    for (const [json, size] of variants) {
      expect(
        errorOf(() => decodeMetadata(pad(new TextEncoder().encode(json), size))),
        json,
      ).toBe('bad_metadata')
    }
  })

  it.each(p.links.map((l) => [l.name, l] as const))('link: %s', (_name, l) => {
    const parse = (): Record<string, string | boolean> => {
      if (l.parser === 'secret') {
        const s = parseSecretLink(l.input)
        return {
          base: s.base,
          id: s.id,
          link_key: encodeBase64url(s.linkKey),
          passphrase: s.passphrase,
        }
      }
      const r = parseReceiptLink(l.input)
      return { base: r.base, id: r.id, receipt_token: encodeBase64url(r.receiptToken) }
    }
    if (l.error !== undefined) expect(errorOf(parse)).toBe(l.error)
    else expect(parse()).toEqual(l.result)
  })

  it.each(p.broken_envelopes.map((c) => [c.name, c] as const))(
    'broken envelope: %s',
    (_name, c) => {
      expect(errorOf(() => openContent(sodium, b(c.envelope), c.id, b(c.enc_key)))).toBe(c.error)
    },
  )
})

describe.each(loadEnvelopeVectors().map((v) => [v.name, v] as const))(
  'intermediate values of "%s"',
  (_name, v) => {
    it('Argon2id output, root key and the keys derived from it, by the formulas of §3', () => {
      const linkKey = b(v.link_key)
      const argon2 =
        v.kdf && v.passphrase !== null
          ? sodium.crypto_pwhash(
              32,
              new TextEncoder().encode(v.passphrase.normalize('NFC')),
              b(v.kdf.salt),
              v.kdf.ops,
              v.kdf.mem_kib * 1024,
              sodium.crypto_pwhash_ALG_ARGON2ID13,
            )
          : null
      expect(argon2 && encodeBase64url(argon2)).toBe(v.argon2id)
      const rootInput = argon2 ? new Uint8Array([...ROOT_LABEL, ...argon2]) : ROOT_LABEL
      const root = sodium.crypto_generichash(32, rootInput, linkKey)
      expect(encodeBase64url(root)).toBe(v.root_key)
      expect(encodeBase64url(kdfViaBlake2b(root, 1, 'hlv1_enc'))).toBe(v.enc_key)
      expect(encodeBase64url(kdfViaBlake2b(linkKey, 1, 'hlv1_acc'))).toBe(v.access_token)
      if (v.pass_token !== null) {
        expect(encodeBase64url(kdfViaBlake2b(root, 2, 'hlv1_pas'))).toBe(v.pass_token)
      }
    })
  },
)
