/**
 * Regenerates test/vectors/request-v1.json (docs/protocol.md §8.7) from fixed
 * inputs. Every value is deterministic except `sealed_key`, which
 * crypto_box_seal makes with a fresh ephemeral key: consumers check that it
 * opens to the named envelope vector's link key.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  decodeBase64url,
  deriveInboxToken,
  deriveRequestKeys,
  encodeBase64url,
  formatInboxLink,
  formatRequestLink,
  keyPairFromSeed,
  loadSodium,
  passkeyPrfInput,
  sealAnswerKey,
  sealNote,
  seedFromPrf,
  verifierOf,
} from '../src/index.js'

function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

const BASE = 'https://hushlink.example'
const vectorsDir = join(import.meta.dirname, '..', 'test', 'vectors')
const envelopes = (
  JSON.parse(readFileSync(join(vectorsDir, 'envelope-v1.json'), 'utf8')) as {
    vectors: { name: string; link_key: string }[]
  }
).vectors

const inputs = [
  {
    name: 'one-time, inbox link',
    note: 'the staging DB password, please',
    passkey: false,
    answer: 'short text',
  },
  {
    name: 'drop box, unicode note',
    note: 'Ключ API — для 🔐 staging',
    passkey: false,
    answer: 'passphrase',
  },
  {
    name: 'passkey mode',
    note: 'deploy token for prod',
    passkey: true,
    answer: 'text and two files',
  },
]

const sodium = await loadSodium()
const b = encodeBase64url
const vectors = await Promise.all(
  inputs.map(async (input, index) => {
    const id = pattern(16, 5000 + index)
    const idText = b(id)
    const requestKey = pattern(32, 6000 + index)
    const inboxKey = pattern(32, 7000 + index)
    const prfOutput = input.passkey ? pattern(32, 8000 + index) : null
    const seed = prfOutput ? await seedFromPrf(prfOutput, id) : pattern(32, 9000 + index)
    const pair = keyPairFromSeed(sodium, seed)
    const { requestToken, noteKey } = deriveRequestKeys(sodium, requestKey)
    const inboxToken = deriveInboxToken(sodium, inboxKey)
    const noteNonce = pattern(24, 10_000 + index)
    const answer = envelopes.find((e) => e.name === input.answer)
    if (!answer) throw new Error(`no envelope vector named ${input.answer}`)
    return {
      name: input.name,
      id: idText,
      request_key: b(requestKey),
      inbox_key: b(inboxKey),
      prf_input: prfOutput && b(passkeyPrfInput(id)),
      prf_output: prfOutput && b(prfOutput),
      key_seed: b(seed),
      public_key: b(pair.publicKey),
      private_key: b(pair.privateKey),
      request_token: b(requestToken),
      request_verifier: b(verifierOf(requestToken)),
      note_key: b(noteKey),
      inbox_token: b(inboxToken),
      inbox_verifier: b(verifierOf(inboxToken)),
      note_text: input.note,
      note_nonce: b(noteNonce),
      note: b(sealNote(sodium, noteKey, input.note, noteNonce)),
      request_link: formatRequestLink(BASE, idText, pair.publicKey, requestKey),
      inbox_link: formatInboxLink(BASE, idText, inboxKey, prfOutput ? null : pair.privateKey),
      answer_vector: answer.name,
      sealed_key: b(sealAnswerKey(sodium, decodeBase64url(answer.link_key), pair.publicKey)),
    }
  }),
)

const file = join(vectorsDir, 'request-v1.json')
writeFileSync(file, JSON.stringify({ version: 1, vectors }, null, 1) + '\n')
console.log(`wrote ${vectors.length} vectors to ${file}`)
