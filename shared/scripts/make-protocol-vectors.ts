/**
 * Regenerates test/vectors/protocol-v1.json: the cases around the envelope
 * vectors that a second implementation needs (docs/protocol.md §6): padmé and
 * padded lengths, crypto_kdf as plain BLAKE2b, the canonical metadata JSON,
 * link parsing, and broken envelopes with the error each must give. Expected
 * errors are written here by hand; generation fails if the code disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  canonicalMetadataJson,
  decodeBase64url,
  encodeBase64url,
  encodeUtf8,
  isPaddedBodySize,
  loadSodiumWithPwhash,
  openContent,
  paddedBodySize,
  paddedMetaSize,
  padme,
  parseReceiptLink,
  parseSecretLink,
  ProtocolError,
  type Metadata,
} from '../src/index.js'

const sodium = await loadSodiumWithPwhash()
const dir = join(import.meta.dirname, '..', 'test', 'vectors')
const envelopes = (
  JSON.parse(readFileSync(join(dir, 'envelope-v1.json'), 'utf8')) as {
    vectors: { name: string; id: string; link_key: string; enc_key: string; envelope: string }[]
  }
).vectors
const byName = (name: string) => {
  const v = envelopes.find((e) => e.name === name)
  if (!v) throw new Error(`no envelope vector ${name}`)
  return v
}

function codeOf(run: () => unknown): string {
  try {
    run()
    return 'ok'
  } catch (error) {
    if (error instanceof ProtocolError) return error.code
    throw error
  }
}

// ── padmé and padded lengths (§4.3, §4.5) ──────────────────────────────────
const padmeTable = [
  0,
  1,
  2,
  3,
  4,
  5,
  7,
  8,
  9,
  15,
  16,
  17,
  31,
  33,
  63,
  65,
  100,
  127,
  129,
  255,
  257,
  1000,
  1024,
  1025,
  1100,
  2049,
  4097,
  65_537,
  131_072,
  131_073,
  1_000_000,
  1_048_577,
  10_485_761,
  2 ** 31 + 1,
].map((input) => ({ input, output: padme(input) }))
const bodySizes = [
  0, 1, 1022, 1023, 1024, 1100, 5000, 65_535, 65_536, 131_071, 131_072, 1_000_000,
].map((body) => ({ body, padded: paddedBodySize(body) }))
const paddedLengths = [
  0, 1, 512, 1023, 1024, 1025, 1088, 1152, 1153, 2048, 131_072, 131_073, 135_168,
].map((length) => ({ length, valid: isPaddedBodySize(length) }))

// ── crypto_kdf_derive_from_key as BLAKE2b (§3) ─────────────────────────────
const kdfKey = decodeBase64url(byName('short text').link_key)
const kdf = (
  [
    [1, 'hlv1_acc'],
    [1, 'hlv1_enc'],
    [2, 'hlv1_pas'],
    [258, 'hlv1_acc'],
  ] as const
).map(([subkeyId, context]) => {
  const salt = new Uint8Array(16)
  new DataView(salt.buffer).setBigUint64(0, BigInt(subkeyId), true)
  const personal = new Uint8Array(16)
  personal.set(encodeUtf8(context))
  const output = sodium.crypto_kdf_derive_from_key(32, subkeyId, context, kdfKey)
  const viaBlake2b = sodium.crypto_generichash_blake2b_salt_personal(32, kdfKey, salt, personal)
  if (encodeBase64url(output) !== encodeBase64url(viaBlake2b)) throw new Error('kdf ≠ BLAKE2b')
  return {
    key: encodeBase64url(kdfKey),
    subkey_id: subkeyId,
    context,
    blake2b_salt: encodeBase64url(salt),
    blake2b_personal: encodeBase64url(personal),
    output: encodeBase64url(output),
  }
})

// ── canonical metadata JSON (§4.2) ─────────────────────────────────────────
const metas: Metadata[] = [
  { text: 0, files: [] },
  { text: 1_048_576, files: [] },
  { text: 12, files: [{ name: 'a.txt', type: 'text/plain', size: 5 }] },
  {
    text: 3,
    files: [
      { name: 'quote " back \\ slash / solidus', type: '', size: 0 },
      { name: 'tab\tnewline\ncontrol\u0001del\u007f', type: 'application/x-a', size: 1 },
      { name: 'Пароль 🔐 é\u2028', type: 'text/plain; charset=utf-8', size: 2 ** 40 },
    ],
  },
]
const metadata = metas.map((meta) => {
  const json = canonicalMetadataJson(meta)
  return {
    meta,
    json: new TextDecoder().decode(json),
    json_bytes: json.length,
    meta_size: paddedMetaSize(json.length),
  }
})

// ── link parsing (§2) ──────────────────────────────────────────────────────
const sv = byName('short text')
const key = sv.link_key
const id = sv.id
const base = 'https://hushlink.example'
const receiptToken = encodeBase64url(new Uint8Array(32).fill(0x5a))
const linkInputs: [string, string, 's' | 'r'][] = [
  ['exact', `${base}/s/${id}#${key}`, 's'],
  ['passphrase hint', `${base}/s/${id}#${key}.p`, 's'],
  ['surrounding whitespace is trimmed', ` \t${base}/s/${id}#${key}\r\n\u00a0`, 's'],
  ['%23 for # (a mail gateway)', `${base}/s/${id}%23${key}`, 's'],
  ['base path', `https://example.org/tools/hush/s/${id}#${key}`, 's'],
  ['port and plain http', `http://127.0.0.1:8080/s/${id}#${key}`, 's'],
  ['upper-case scheme and kind', `HTTPS://hushlink.example/S/${id}#${key}`, 's'],
  ['receipt link', `${base}/r/${id}#${receiptToken}`, 'r'],
  ['whitespace inside', `${base}/s/${id}#${key.slice(0, 20)} ${key.slice(20)}`, 's'],
  ['key one character short', `${base}/s/${id}#${key.slice(1)}`, 's'],
  ['key with non-canonical last character', `${base}/s/${id}#${key.slice(0, 42)}B`, 's'],
  ['id with non-canonical last character', `${base}/s/${id.slice(0, 21)}B#${key}`, 's'],
  ['base64 padding', `${base}/s/${id}#${key}=`, 's'],
  ['standard base64 alphabet', `${base}/s/${id}#${key.slice(0, 10)}+${key.slice(11)}`, 's'],
  ['no fragment', `${base}/s/${id}`, 's'],
  ['query string', `${base}/s/${id}?x=1#${key}`, 's'],
  ['upper-case hint', `${base}/s/${id}#${key}.P`, 's'],
  ['hint twice', `${base}/s/${id}#${key}.p.p`, 's'],
  ['trailing slash', `${base}/s/${id}#${key}/`, 's'],
  ['other scheme', `ftp://hushlink.example/s/${id}#${key}`, 's'],
  ['receipt link given as a secret link', `${base}/r/${id}#${receiptToken}`, 's'],
  ['secret link given as a receipt link', `${base}/s/${id}#${key}`, 'r'],
  ['receipt token with a hint', `${base}/r/${id}#${receiptToken}.p`, 'r'],
]
const links = linkInputs.map(([name, input, parser]) => {
  try {
    if (parser === 's') {
      const l = parseSecretLink(input)
      return {
        name,
        input,
        parser: 'secret',
        result: {
          base: l.base,
          id: l.id,
          link_key: encodeBase64url(l.linkKey),
          passphrase: l.passphrase,
        },
      }
    }
    const l = parseReceiptLink(input)
    return {
      name,
      input,
      parser: 'receipt',
      result: { base: l.base, id: l.id, receipt_token: encodeBase64url(l.receiptToken) },
    }
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error
    return { name, input, parser: parser === 's' ? 'secret' : 'receipt', error: error.code }
  }
})

// ── broken envelopes (§4.5, §4.6) ──────────────────────────────────────────
type Server = 'accepted' | 'invalid_envelope'
const flip = (bytes: Uint8Array, at: number): void => {
  bytes[at] = (bytes[at] ?? 0) ^ 1
}
interface Broken {
  readonly name: string
  readonly from: string
  readonly error: string
  readonly server: Server
  readonly change: (bytes: Uint8Array, view: DataView) => Uint8Array | void
}
const broken: Broken[] = [
  {
    name: 'wrong magic',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[3] = 2),
  },
  {
    name: 'unknown suite',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[4] = 2),
  },
  {
    name: 'unknown kind',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[5] = 3),
  },
  {
    name: 'unknown flag bit',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[6] = 2),
  },
  {
    name: 'KDF algorithm without the passphrase flag',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[7] = 2),
  },
  {
    name: 'KDF cost without the passphrase flag',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(8, 2, true),
  },
  {
    name: 'salt without the passphrase flag',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[20] = 1),
  },
  {
    name: 'passphrase flag with KDF none',
    from: 'passphrase',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[7] = 0),
  },
  {
    name: 'ops above 10',
    from: 'passphrase',
    error: 'hostile_kdf',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(8, 11, true),
  },
  {
    name: 'ops below 2',
    from: 'passphrase',
    error: 'hostile_kdf',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(8, 1, true),
  },
  {
    name: 'memory below 19 456 KiB',
    from: 'passphrase',
    error: 'hostile_kdf',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(12, 19_455, true),
  },
  {
    name: 'memory above 1 GiB',
    from: 'passphrase',
    error: 'hostile_kdf',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(12, 1_048_577, true),
  },
  {
    name: 'chunk size 32 KiB',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(32, 32_768, true),
  },
  {
    name: 'meta size not a multiple of 512',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(76, 513, true),
  },
  {
    name: 'meta size above 64 KiB',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (_b, v) => v.setUint32(76, 66_048, true),
  },
  {
    name: 'reserved byte set',
    from: 'short text',
    error: 'bad_header',
    server: 'invalid_envelope',
    change: (b) => void (b[83] = 1),
  },
  {
    name: 'header id of another secret',
    from: 'short text',
    error: 'id_mismatch',
    server: 'invalid_envelope',
    change: (b) => flip(b, 36),
  },
  {
    name: 'one byte short',
    from: 'short text',
    error: 'bad_length',
    server: 'invalid_envelope',
    change: (b) => b.subarray(0, b.length - 1),
  },
  {
    name: 'one byte appended',
    from: 'short text',
    error: 'bad_length',
    server: 'invalid_envelope',
    change: (b) => {
      const out = new Uint8Array(b.length + 1)
      out.set(b)
      return out
    },
  },
  {
    name: 'last chunk dropped',
    from: 'two full chunks',
    error: 'bad_length',
    // 65 536 is a valid padded size: only the metadata (after decryption) shows the body is short.
    server: 'accepted',
    change: (b) => b.subarray(0, b.length - 65_553),
  },
  {
    name: 'stream header changed',
    from: 'short text',
    error: 'decryption_failed',
    server: 'accepted',
    change: (b) => flip(b, 60),
  },
  {
    name: 'metadata ciphertext changed',
    from: 'short text',
    error: 'decryption_failed',
    server: 'accepted',
    change: (b) => flip(b, 100),
  },
  {
    name: 'body ciphertext changed',
    from: 'short text',
    error: 'decryption_failed',
    server: 'accepted',
    change: (b) => flip(b, b.length - 20),
  },
  {
    name: 'chunks swapped',
    from: 'two full chunks',
    error: 'decryption_failed',
    server: 'accepted',
    change: (b) => {
      const m0 = 84 + 529
      const c = 65_553
      const out = b.slice()
      out.set(b.subarray(m0 + c, m0 + 2 * c), m0)
      out.set(b.subarray(m0, m0 + c), m0 + c)
      return out
    },
  },
]
const envelopesBroken = broken.map((c) => {
  const v = byName(c.from)
  const bytes = decodeBase64url(v.envelope).slice()
  const changed = c.change(bytes, new DataView(bytes.buffer)) ?? bytes
  const got = codeOf(() => openContent(sodium, changed, v.id, decodeBase64url(v.enc_key)))
  if (got !== c.error) throw new Error(`${c.name}: the code says ${got}, the vector ${c.error}`)
  return {
    name: c.name,
    from: c.from,
    id: v.id,
    enc_key: v.enc_key,
    envelope: encodeBase64url(changed),
    error: c.error,
    server: c.server,
  }
})

const file = join(dir, 'protocol-v1.json')
writeFileSync(
  file,
  JSON.stringify(
    {
      version: 1,
      padme: padmeTable,
      padded_body_size: bodySizes,
      padded_length_valid: paddedLengths,
      crypto_kdf: kdf,
      metadata,
      links,
      broken_envelopes: envelopesBroken,
    },
    null,
    1,
  ) + '\n',
)
console.log(`wrote ${file}`)
