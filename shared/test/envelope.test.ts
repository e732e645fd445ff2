import { describe, expect, it } from 'vitest'
import {
  CHUNK_OVERHEAD,
  CHUNK_SIZE,
  concatBytes,
  decodeBase64url as b,
  deriveKeys,
  encodeBase64url,
  EnvelopeOpener,
  EnvelopeSealer,
  HEADER_SIZE,
  loadSodiumWithPwhash,
  openContent,
  parseSecretLink,
  ProtocolError,
  verifierOf,
} from '@hushlink/shared'
import { loadEnvelopeVectors, type EnvelopeVector } from './vectors.js'

const sodium = await loadSodiumWithPwhash()
const vectors = loadEnvelopeVectors()

function keysOf(v: EnvelopeVector) {
  const kdf = v.kdf && { ops: v.kdf.ops, memKib: v.kdf.mem_kib, salt: b(v.kdf.salt) }
  return {
    kdf,
    keys: deriveKeys(
      sodium,
      b(v.link_key),
      kdf && v.passphrase !== null ? { text: v.passphrase, kdf } : null,
    ),
  }
}

function open(envelope: Uint8Array, id: string, encKey: Uint8Array) {
  return openContent(sodium, envelope, id, encKey)
}

/** Opens by feeding the stream in small uneven pieces, as a network stream would arrive. */
function openStreaming(envelope: Uint8Array, id: string, encKey: Uint8Array): Uint8Array {
  const opener = new EnvelopeOpener(sodium, {
    prefix: envelope.subarray(0, HEADER_SIZE),
    totalSize: envelope.length,
    id: b(id),
    encKey,
  })
  const out: Uint8Array[] = []
  for (
    let i = HEADER_SIZE, step = 1;
    i < envelope.length;
    i += step, step = ((step * 7 + 3) % 5000) + 1
  ) {
    out.push(...opener.write(envelope.subarray(i, Math.min(envelope.length, i + step))))
  }
  opener.end()
  return concatBytes(out)
}

describe.each(vectors.map((v) => [v.name, v] as const))('vector "%s"', (_name, v) => {
  const envelope = b(v.envelope)
  const { kdf, keys } = keysOf(v)

  it('derives the pinned tokens, key and verifiers', () => {
    expect(encodeBase64url(keys.accessToken)).toBe(v.access_token)
    expect(encodeBase64url(keys.encKey)).toBe(v.enc_key)
    expect(encodeBase64url(verifierOf(keys.accessToken))).toBe(v.access_verifier)
    expect(keys.passToken && encodeBase64url(keys.passToken)).toBe(v.pass_token)
    expect(keys.passToken && encodeBase64url(verifierOf(keys.passToken))).toBe(v.pass_verifier)
  })

  it('seals to exactly the pinned bytes', () => {
    const text = new TextEncoder().encode(v.text)
    const sealer = new EnvelopeSealer(sodium, {
      id: b(v.id),
      keys,
      kdf,
      streamHeader: b(v.stream_header),
      meta: {
        text: text.length,
        files: v.files.map(({ name, type, size }) => ({ name, type, size })),
      },
    })
    const parts = [sealer.head, ...sealer.push(text)]
    for (const f of v.files) parts.push(...sealer.push(b(f.bytes)))
    parts.push(...sealer.finish())
    expect(sealer.size).toBe(envelope.length)
    expect(encodeBase64url(concatBytes(parts))).toBe(v.envelope)
  })

  it('opens to the exact text and files, whole or streamed', () => {
    const content = open(envelope, v.id, keys.encKey)
    expect(content.text).toBe(v.text)
    expect(content.files.map((f) => ({ ...f.info, bytes: encodeBase64url(f.bytes) }))).toEqual(
      v.files,
    )
    const streamed = openStreaming(envelope, v.id, keys.encKey)
    expect(streamed.length).toBe(
      new TextEncoder().encode(v.text).length + v.files.reduce((s, f) => s + f.size, 0),
    )
  })

  it('has a link that parses back to its id, key and passphrase hint', () => {
    const link = parseSecretLink(v.link)
    expect(link.id).toBe(v.id)
    expect(encodeBase64url(link.linkKey)).toBe(v.link_key)
    expect(link.passphrase).toBe(v.kdf !== null)
  })

  it('rejects every single-byte flip', () => {
    // Every byte of small envelopes; for large ones the header, metadata and a stride through the body.
    const positions: number[] = []
    const stride = envelope.length > 4096 ? 61 : 1
    for (let i = 0; i < envelope.length; i += i < HEADER_SIZE + 600 ? 1 : stride) positions.push(i)
    positions.push(envelope.length - 1)
    let rejected = 0
    for (const i of positions) {
      const copy = envelope.slice()
      copy[i] = (copy[i] as number) ^ 0x01
      try {
        open(copy, v.id, keys.encKey)
      } catch (e) {
        if (e instanceof ProtocolError) rejected++
        else throw e
      }
    }
    expect(rejected).toBe(positions.length)
  })

  it('rejects truncation, appended bytes, a wrong id and a wrong key', () => {
    const cases: [string, Uint8Array, string, Uint8Array][] = [
      ['drop last byte', envelope.subarray(0, -1), v.id, keys.encKey],
      [
        'drop last chunk',
        envelope.subarray(
          0,
          envelope.length -
            Math.min(CHUNK_SIZE + CHUNK_OVERHEAD, envelope.length - HEADER_SIZE - 529),
        ),
        v.id,
        keys.encKey,
      ],
      ['header only', envelope.subarray(0, HEADER_SIZE), v.id, keys.encKey],
      ['append one byte', concatBytes([envelope, Uint8Array.of(0)]), v.id, keys.encKey],
      [
        'append a chunk',
        concatBytes([envelope, envelope.subarray(-(1024 + CHUNK_OVERHEAD))]),
        v.id,
        keys.encKey,
      ],
      ['wrong id', envelope, encodeBase64url(new Uint8Array(16)), keys.encKey],
      ['wrong key', envelope, v.id, new Uint8Array(32).fill(7)],
    ]
    for (const [what, bytes, id, key] of cases) {
      expect(() => open(bytes, id, key), what).toThrow(ProtocolError)
    }
  })

  if (v.passphrase !== null) {
    it('rejects a wrong passphrase and a missing one', () => {
      const kdfParams = {
        ops: v.kdf?.ops ?? 0,
        memKib: v.kdf?.mem_kib ?? 0,
        salt: b(v.kdf?.salt ?? ''),
      }
      const wrong = deriveKeys(sodium, b(v.link_key), { text: `${v.passphrase}!`, kdf: kdfParams })
      expect(encodeBase64url(wrong.passToken ?? new Uint8Array())).not.toBe(v.pass_token)
      expect(() => open(envelope, v.id, wrong.encKey)).toThrow(ProtocolError)
      const none = deriveKeys(sodium, b(v.link_key), null)
      expect(encodeBase64url(none.accessToken)).toBe(v.access_token)
      expect(() => open(envelope, v.id, none.encKey)).toThrow(ProtocolError)
    })
  }
})

describe('multi-chunk ordering', () => {
  const v = vectors.find((x) => x.name === 'multi-chunk text')
  it('rejects swapped chunks', () => {
    if (!v) throw new Error('vector missing')
    const envelope = b(v.envelope)
    const { keys } = keysOf(v)
    const bodyStart = HEADER_SIZE + 512 + CHUNK_OVERHEAD
    const chunk = CHUNK_SIZE + CHUNK_OVERHEAD
    expect(envelope.length).toBeGreaterThan(bodyStart + chunk)
    const first = envelope.slice(bodyStart, bodyStart + chunk)
    const rest = envelope.slice(bodyStart + chunk)
    // Same total length is impossible to keep when chunk sizes differ, so swap into an equal-length layout.
    const swapped = concatBytes([envelope.subarray(0, bodyStart), rest, first])
    expect(() => open(swapped, v.id, keys.encKey)).toThrow(ProtocolError)
  })
})
