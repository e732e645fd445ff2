// Runs in Chromium (served by vectors.test.ts): the shared vectors against the
// shared package's built modules. Results land in window.vectorResults.
import * as s from '/shared/index.js'

async function run() {
  const sodium = await s.loadSodiumWithPwhash()
  const { vectors } = await (await fetch('/vectors.json')).json()
  const b = s.decodeBase64url
  return vectors.map((v) => {
    const kdf = v.kdf && { ops: v.kdf.ops, memKib: v.kdf.mem_kib, salt: b(v.kdf.salt) }
    const keys = s.deriveKeys(sodium, b(v.link_key), kdf ? { text: v.passphrase, kdf } : null)
    const tokensMatch =
      s.encodeBase64url(keys.accessToken) === v.access_token &&
      s.encodeBase64url(keys.encKey) === v.enc_key &&
      s.encodeBase64url(s.verifierOf(keys.accessToken)) === v.access_verifier &&
      (keys.passToken ? s.encodeBase64url(keys.passToken) : null) === v.pass_token
    const text = s.encodeUtf8(v.text)
    const sealer = new s.EnvelopeSealer(sodium, {
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
    const sealMatches = s.encodeBase64url(s.concatBytes(parts)) === v.envelope
    const envelope = b(v.envelope)
    const content = s.openContent(sodium, envelope, v.id, keys.encKey)
    const opened =
      content.text === v.text &&
      content.files.every((f, i) => s.encodeBase64url(f.bytes) === v.files[i].bytes)
    let flipsTried = 0
    let flipsRejected = 0
    for (let i = 0; i < envelope.length; i += 7) {
      const copy = envelope.slice()
      copy[i] ^= 0x80
      flipsTried++
      try {
        s.openContent(sodium, copy, v.id, keys.encKey)
      } catch (e) {
        if (e instanceof s.ProtocolError) flipsRejected++
      }
    }
    return { name: v.name, tokensMatch, sealMatches, opened, flipsRejected, flipsTried }
  })
}

/** The request vectors (docs/protocol.md §7.5): keys, note, links and the sealed answer key. */
async function runRequests() {
  const sodium = await s.loadSodium()
  const { vectors } = await (await fetch('/request-vectors.json')).json()
  const envelopes = (await (await fetch('/vectors.json')).json()).vectors
  const b = s.decodeBase64url
  const e = s.encodeBase64url
  return Promise.all(
    vectors.map(async (v) => {
      const keys = s.deriveRequestKeys(sodium, b(v.request_key))
      const inbox = s.deriveInboxToken(sodium, b(v.inbox_key))
      const seed = v.prf_output ? await s.seedFromPrf(b(v.prf_output), b(v.id)) : b(v.key_seed)
      const pair = s.keyPairFromSeed(sodium, seed)
      const keysMatch =
        e(keys.requestToken) === v.request_token &&
        e(keys.noteKey) === v.note_key &&
        e(s.verifierOf(keys.requestToken)) === v.request_verifier &&
        e(inbox) === v.inbox_token &&
        e(s.verifierOf(inbox)) === v.inbox_verifier &&
        e(seed) === v.key_seed &&
        e(pair.publicKey) === v.public_key &&
        e(pair.privateKey) === v.private_key
      const noteMatches =
        e(s.sealNote(sodium, keys.noteKey, v.note_text, b(v.note_nonce))) === v.note &&
        s.openNote(sodium, keys.noteKey, b(v.note)) === v.note_text
      const linksMatch =
        s.formatRequestLink('https://hushlink.example', v.id, pair.publicKey, b(v.request_key)) ===
          v.request_link && e(s.parseInboxLink(v.inbox_link).inboxKey) === v.inbox_key
      const linkKey = envelopes.find((x) => x.name === v.answer_vector).link_key
      const sealed = b(v.sealed_key)
      const sealedOpens = e(s.openAnswerKey(sodium, sealed, pair)) === linkKey
      let flipsRejected = 0
      for (let i = 0; i < sealed.length; i++) {
        const copy = sealed.slice()
        copy[i] ^= 0x01
        try {
          s.openAnswerKey(sodium, copy, pair)
        } catch (error) {
          if (error instanceof s.DecryptionError) flipsRejected++
        }
      }
      return {
        name: v.name,
        keysMatch,
        noteMatches,
        linksMatch,
        sealedOpens,
        flipsRejected,
        flipsTried: sealed.length,
      }
    }),
  )
}

/** The default Argon2id cost (ops 3, 64 MiB) in this engine, for docs/protocol.md. */
async function argon2Millis() {
  const sodium = await s.loadSodiumWithPwhash()
  const started = performance.now()
  s.deriveKeys(sodium, new Uint8Array(32), {
    text: 'correct horse battery staple',
    kdf: { ...s.DEFAULT_KDF, salt: new Uint8Array(16) },
  })
  return performance.now() - started
}

Promise.all([run(), argon2Millis(), runRequests()]).then(
  ([results, argon2DefaultMs, requestResults]) =>
    (window.vectorResults = { results, argon2DefaultMs, requestResults }),
  (error) => (window.vectorResults = { error: String(error && error.stack ? error.stack : error) }),
)
