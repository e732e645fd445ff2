/**
 * Regenerates test/vectors/envelope-v1.json from fixed inputs. The vectors are
 * the protocol's contract: changing their bytes means a new protocol version.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  concatBytes,
  deriveKeys,
  encodeBase64url,
  encodeUtf8,
  EnvelopeSealer,
  formatSecretLink,
  loadSodiumWithPwhash,
  verifierOf,
  type FileInfo,
} from '../src/index.js'

interface VectorInput {
  readonly name: string
  readonly text: string
  readonly files: readonly { readonly info: FileInfo; readonly bytes: Uint8Array }[]
  readonly passphrase: string | null
}

/** Deterministic bytes: no randomness, so anyone can regenerate the same file. */
function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

const inputs: VectorInput[] = [
  { name: 'empty text', text: '', files: [], passphrase: null },
  { name: 'short text', text: 'correct horse battery staple', files: [], passphrase: null },
  {
    name: 'unicode text',
    text: 'Пароль: 🔐 žluťoučký kůň — 秘密\n\ttabs & <b>tags</b>',
    files: [],
    passphrase: null,
  },
  { name: 'text at the 1 KiB bucket edge', text: 'x'.repeat(1023), files: [], passphrase: null },
  {
    name: 'multi-chunk text',
    text: 'The quick brown fox. '.repeat(4000),
    files: [],
    passphrase: null,
  },
  {
    name: 'text and two files',
    text: 'see attached',
    files: [
      {
        info: { name: 'id_ed25519', type: 'application/octet-stream', size: 411 },
        bytes: pattern(411, 7),
      },
      { info: { name: 'notes ü.txt', type: 'text/plain', size: 5 }, bytes: encodeUtf8('hello') },
    ],
    passphrase: null,
  },
  {
    name: 'passphrase',
    text: 'behind a passphrase',
    files: [],
    passphrase: 'tiger-lamp-orbit-cellar',
  },
  { name: 'passphrase needing NFC', text: 'normalised', files: [], passphrase: 'Cafe\u0301 ☕' },
  // 131 071 bytes + the 0x80 marker pad to exactly 131 072: two full 64 KiB messages, nothing after.
  { name: 'two full chunks', text: 'ab'.repeat(65_535) + 'c', files: [], passphrase: null },
]

const sodium = await loadSodiumWithPwhash()
const ROOT_LABEL = encodeUtf8('hushlink/v1/root')
const vectors = inputs.map((input, index) => {
  const id = pattern(16, 1000 + index)
  const linkKey = pattern(32, 2000 + index)
  const streamHeader = pattern(24, 3000 + index)
  // The cheapest allowed Argon2id cost keeps the suite fast; bounds are tested separately.
  const kdf =
    input.passphrase === null ? null : { ops: 2, memKib: 19_456, salt: pattern(16, 4000 + index) }
  const keys = deriveKeys(
    sodium,
    linkKey,
    kdf && input.passphrase !== null ? { text: input.passphrase, kdf } : null,
  )
  // The intermediate values of §3, computed here from the formulas rather than taken from deriveKeys.
  const argon2id =
    kdf && input.passphrase !== null
      ? sodium.crypto_pwhash(
          32,
          encodeUtf8(input.passphrase.normalize('NFC')),
          kdf.salt,
          kdf.ops,
          kdf.memKib * 1024,
          sodium.crypto_pwhash_ALG_ARGON2ID13,
        )
      : null
  const rootKey = sodium.crypto_generichash(
    32,
    argon2id ? concatBytes([ROOT_LABEL, argon2id]) : ROOT_LABEL,
    linkKey,
  )
  const text = encodeUtf8(input.text)
  const sealer = new EnvelopeSealer(sodium, {
    id,
    keys,
    kdf,
    streamHeader,
    meta: { text: text.length, files: input.files.map((f) => f.info) },
  })
  const parts = [sealer.head, ...sealer.push(text)]
  for (const f of input.files) parts.push(...sealer.push(f.bytes))
  parts.push(...sealer.finish())
  const idText = encodeBase64url(id)
  return {
    name: input.name,
    id: idText,
    link_key: encodeBase64url(linkKey),
    link: formatSecretLink('https://hushlink.example', idText, linkKey, kdf !== null),
    passphrase: input.passphrase,
    kdf: kdf && { ops: kdf.ops, mem_kib: kdf.memKib, salt: encodeBase64url(kdf.salt) },
    stream_header: encodeBase64url(streamHeader),
    text: input.text,
    files: input.files.map((f) => ({ ...f.info, bytes: encodeBase64url(f.bytes) })),
    argon2id: argon2id && encodeBase64url(argon2id),
    root_key: encodeBase64url(rootKey),
    access_token: encodeBase64url(keys.accessToken),
    access_verifier: encodeBase64url(verifierOf(keys.accessToken)),
    enc_key: encodeBase64url(keys.encKey),
    pass_token: keys.passToken && encodeBase64url(keys.passToken),
    pass_verifier: keys.passToken && encodeBase64url(verifierOf(keys.passToken)),
    envelope: encodeBase64url(concatBytes(parts)),
  }
})

const file = join(import.meta.dirname, '..', 'test', 'vectors', 'envelope-v1.json')
writeFileSync(file, JSON.stringify({ version: 1, vectors }, null, 1) + '\n')
console.log(`wrote ${vectors.length} vectors to ${file}`)
