/**
 * Writes test/vectors/fanout-v1.json (docs/protocol.md §10.5): fan-out links
 * of two envelope vectors with fixed link secrets, receipt tokens and label
 * nonces, every derived value (link tokens, verifiers, label key, sealed
 * labels, links), and links every decoder must refuse. Deterministic: the
 * file changes only when the format does.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  decodeBase64url,
  encodeBase64url,
  formatFanOutLink,
  labelKey,
  linkToken,
  loadSodium,
  parseSecretLink,
  ProtocolError,
  sealLabel,
  verifierOf,
} from '../src/index.js'
import { loadEnvelopeVectors } from '../test/vectors.js'

const BASE = 'https://hushlink.example'
const FAN_OUTS = [
  { envelope: 'short text', labels: ['Alice', 'Bob', null, 'Zoë 🦊'] },
  { envelope: 'passphrase', labels: [null, 'ops on-call — Ünïcode, 63 bytes at most!!!'] },
]

/** 32 bytes that say where they come from: fixed inputs, not secrets. */
function fixed(label: string, n: number): Uint8Array {
  const bytes = new Uint8Array(n)
  for (let i = 0; i < n; i++) bytes[i] = (label.charCodeAt(i % label.length) * 31 + i * 7) & 0xff
  return bytes
}

const sodium = await loadSodium()
const envelopes = loadEnvelopeVectors()
const vectors = FAN_OUTS.map(({ envelope: name, labels }, v) => {
  const envelope = envelopes.find((e) => e.name === name)
  if (!envelope) throw new Error(`no envelope vector ${name}`)
  const idBytes = decodeBase64url(envelope.id)
  const linkKey = decodeBase64url(envelope.link_key)
  const passphrase = envelope.passphrase !== null
  const receiptToken = fixed(`receipt ${v}`, 32)
  const key = labelKey(sodium, receiptToken)
  return {
    name: `${labels.length} links: ${name}`,
    envelope: name,
    id: envelope.id,
    link_key: envelope.link_key,
    passphrase,
    receipt_token: encodeBase64url(receiptToken),
    receipt_verifier: encodeBase64url(verifierOf(receiptToken)),
    label_key: encodeBase64url(key),
    links: labels.map((label, i) => {
      const index = i + 1
      const linkSecret = fixed(`link ${v}.${index}`, 32)
      const token = linkToken(sodium, linkSecret, index)
      const nonce = fixed(`nonce ${v}.${index}`, 24)
      return {
        index,
        link_secret: encodeBase64url(linkSecret),
        link_token: encodeBase64url(token),
        link_verifier: encodeBase64url(verifierOf(token)),
        label,
        label_nonce: label === null ? null : encodeBase64url(nonce),
        sealed_label:
          label === null
            ? null
            : encodeBase64url(sealLabel(sodium, key, idBytes, index, label, nonce)),
        link: formatFanOutLink(BASE, envelope.id, linkKey, passphrase, { index, linkSecret }),
      }
    }),
  }
})

const [first] = vectors
const one = first?.links[0]
if (!first || !one) throw new Error('no vectors')
const fragment = one.link.slice(one.link.indexOf('#') + 1)
const invalid = [
  { name: 'link number 0', link: one.link.replace('#f1.1.', '#f1.0.') },
  { name: 'link number 51', link: one.link.replace('#f1.1.', '#f1.51.') },
  { name: 'leading zero', link: one.link.replace('#f1.1.', '#f1.01.') },
  { name: 'a later version', link: one.link.replace('#f1.', '#f2.') },
  { name: 'no link secret', link: one.link.replace(`.${one.link_secret}`, '') },
  {
    name: 'short link secret',
    link: one.link.replace(`.${one.link_secret}`, `.${one.link_secret.slice(1)}`),
  },
  {
    name: 'non-canonical link secret',
    link: one.link.replace(`.${one.link_secret}`, `.${one.link_secret.slice(0, 42)}B`),
  },
  { name: 'hint other than .p', link: `${one.link}.x` },
  { name: 'no link number', link: one.link.replace('#f1.1.', '#f1.') },
  {
    name: 'fragment only',
    link: `${BASE}/s/${first.id}#${fragment.split('.').slice(2).join('.')}`,
  },
].map((bad) => ({ ...bad, error: 'bad_link' }))

// Every refusal must be one, and every link must parse back to its parts.
for (const bad of invalid) {
  try {
    parseSecretLink(bad.link)
    throw new Error(`${bad.name} parses`)
  } catch (error) {
    if (!(error instanceof ProtocolError) || error.code !== 'bad_link') throw error
  }
}

const file = join(import.meta.dirname, '..', 'test', 'vectors', 'fanout-v1.json')
writeFileSync(file, JSON.stringify({ version: 1, base: BASE, vectors, invalid }, null, 1) + '\n')
console.log(`wrote ${vectors.length} fan-out vectors and ${invalid.length} refusals to ${file}`)
