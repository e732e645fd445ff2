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

Promise.all([run(), argon2Millis()]).then(
  ([results, argon2DefaultMs]) => (window.vectorResults = { results, argon2DefaultMs }),
  (error) => (window.vectorResults = { error: String(error && error.stack ? error.stack : error) }),
)
