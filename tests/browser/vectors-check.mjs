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
    // Every 7th byte of the header and metadata, then about 256 positions across a large body.
    const stride = Math.max(7, envelope.length >> 8)
    for (let i = 0; i < envelope.length; i += i < s.HEADER_SIZE + 600 ? 7 : stride) {
      const copy = envelope.slice()
      copy[i] ^= 0x80
      flipsTried++
      try {
        s.openContent(sodium, copy, v.id, keys.encKey)
      } catch (e) {
        if (e instanceof s.ProtocolError) flipsRejected++
      }
    }
    // §3 intermediate values: K_root from the formula, then K_enc from it by plain BLAKE2b.
    const argon2 = kdf
      ? sodium.crypto_pwhash(
          32,
          s.encodeUtf8(v.passphrase.normalize('NFC')),
          kdf.salt,
          kdf.ops,
          kdf.memKib * 1024,
          sodium.crypto_pwhash_ALG_ARGON2ID13,
        )
      : null
    const label = s.encodeUtf8('hushlink/v1/root')
    const root = sodium.crypto_generichash(
      32,
      argon2 ? s.concatBytes([label, argon2]) : label,
      b(v.link_key),
    )
    const intermediates =
      (argon2 ? s.encodeBase64url(argon2) : null) === v.argon2id &&
      s.encodeBase64url(root) === v.root_key &&
      s.encodeBase64url(kdfViaBlake2b(sodium, root, 1, 'hlv1_enc')) === v.enc_key
    return {
      name: v.name,
      tokensMatch,
      sealMatches,
      opened,
      flipsRejected,
      flipsTried,
      intermediates,
    }
  })
}

function kdfViaBlake2b(sodium, key, subkeyId, context) {
  const salt = new Uint8Array(16)
  new DataView(salt.buffer).setBigUint64(0, BigInt(subkeyId), true)
  const personal = new Uint8Array(16)
  personal.set(new TextEncoder().encode(context))
  return sodium.crypto_generichash_blake2b_salt_personal(32, key, salt, personal)
}

function errorOf(run) {
  try {
    run()
    return 'ok'
  } catch (e) {
    if (e instanceof s.ProtocolError) return e.code
    throw e
  }
}

/** protocol-v1.json: every case, as the names of those that fail (an empty list passes). */
async function runProtocol() {
  const sodium = await s.loadSodiumWithPwhash()
  const p = await (await fetch('/protocol.json')).json()
  const b = s.decodeBase64url
  const failed = []
  const check = (ok, name) => ok || failed.push(name)
  for (const c of p.padme) check(s.padme(c.input) === c.output, `padme ${c.input}`)
  for (const c of p.padded_body_size)
    check(s.paddedBodySize(c.body) === c.padded, `padded ${c.body}`)
  for (const c of p.padded_length_valid)
    check(s.isPaddedBodySize(c.length) === c.valid, `valid ${c.length}`)
  for (const c of p.crypto_kdf) {
    const out = s.encodeBase64url(kdfViaBlake2b(sodium, b(c.key), c.subkey_id, c.context))
    const lib = s.encodeBase64url(
      sodium.crypto_kdf_derive_from_key(32, c.subkey_id, c.context, b(c.key)),
    )
    check(out === c.output && lib === c.output, `kdf ${c.context} ${c.subkey_id}`)
  }
  for (const c of p.metadata) {
    check(
      new TextDecoder().decode(s.canonicalMetadataJson(c.meta)) === c.json,
      `metadata ${c.json}`,
    )
  }
  for (const c of p.links) {
    const parse = () => {
      if (c.parser === 'secret') {
        const l = s.parseSecretLink(c.input)
        return {
          base: l.base,
          id: l.id,
          link_key: s.encodeBase64url(l.linkKey),
          passphrase: l.passphrase,
        }
      }
      const l = s.parseReceiptLink(c.input)
      return { base: l.base, id: l.id, receipt_token: s.encodeBase64url(l.receiptToken) }
    }
    if (c.error) check(errorOf(parse) === c.error, `link ${c.name}`)
    else check(JSON.stringify(parse()) === JSON.stringify(c.result), `link ${c.name}`)
  }
  for (const c of p.broken_envelopes) {
    const got = errorOf(() => s.openContent(sodium, b(c.envelope), c.id, b(c.enc_key)))
    check(got === c.error, `envelope ${c.name}: ${got}`)
  }
  const cases =
    p.padme.length +
    p.padded_body_size.length +
    p.padded_length_valid.length +
    p.crypto_kdf.length +
    p.metadata.length +
    p.links.length +
    p.broken_envelopes.length
  return { cases, failed }
}

/** The request vectors (docs/protocol.md §8.5): keys, note, links and the sealed answer key. */
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

/** Every subset of `size` of `items`. */
function subsets(items, size) {
  if (size === 0) return [[]]
  return items.flatMap((item, i) =>
    subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  )
}

async function refusal(links) {
  try {
    await s.combineShareLinks(links)
    return 'accepted'
  } catch (e) {
    return e instanceof s.ProtocolError ? e.code : String(e)
  }
}

/** The share vectors (docs/protocol.md §7.4): decode, bind, combine, refuse. */
async function runShares() {
  const sodium = await s.loadSodium()
  const { vectors, invalid } = await (await fetch('/shares.json')).json()
  const results = []
  for (const v of vectors) {
    const decoded = v.shares.every((share) => {
      const p = s.parseShareLink(share.link)
      return (
        p.id === v.id &&
        p.threshold === v.threshold &&
        p.total === v.shares_total &&
        p.index === share.index &&
        p.passphrase === v.passphrase &&
        s.encodeBase64url(p.share) === share.share &&
        s.encodeBase64url(p.tag) === v.tag &&
        s.formatShareLink(p) === share.link
      )
    })
    const links = v.shares.map((share) => share.link)
    let combined = 0
    let keysMatch = true
    for (const set of subsets(links, v.threshold)) {
      const link = await s.combineShareLinks(set)
      const tag = s.shareTag(sodium, link, { threshold: v.threshold, shares: v.shares_total })
      keysMatch &&= s.encodeBase64url(link.linkKey) === v.link_key
      keysMatch &&= s.encodeBase64url(tag) === v.tag
      combined++
    }
    let tooFew = true
    for (const set of subsets(links, v.threshold - 1)) {
      tooFew &&= (await refusal(set)) === 'too_few_shares'
    }
    results.push({ name: v.name, decoded, keysMatch, combined, tooFew })
  }
  const refusals = []
  for (const bad of invalid)
    refusals.push({ name: bad.name, expected: bad.error, got: await refusal(bad.links) })
  // A fresh split in this browser (its own CSPRNG) combines back to the key.
  const target = {
    base: 'https://b.example',
    id: vectors[0].id,
    linkKey: sodium.randombytes_buf(32),
    passphrase: false,
  }
  const fresh = await s.splitLinkKey(target, { threshold: 3, shares: 5 })
  const back = await s.combineShareLinks(fresh.slice(2).map(s.formatShareLink))
  const freshSplit = s.encodeBase64url(back.linkKey) === s.encodeBase64url(target.linkKey)
  return { results, refusals, freshSplit }
}

/** The fan-out vectors (docs/protocol.md §10.5): link tokens, label key, sealed labels, links. */
async function runFanOut() {
  const sodium = await s.loadSodium()
  const { base, vectors, invalid } = await (await fetch('/fanout.json')).json()
  const b = s.decodeBase64url
  const e = s.encodeBase64url
  const results = vectors.map((v) => {
    const key = s.labelKey(sodium, b(v.receipt_token))
    let tokensMatch = e(key) === v.label_key
    let labelsMatch = true
    let linksMatch = true
    let misplacedRefused = true
    for (const l of v.links) {
      const token = s.linkToken(sodium, b(l.link_secret), l.index)
      tokensMatch &&= e(token) === l.link_token && e(s.verifierOf(token)) === l.link_verifier
      const parsed = s.parseSecretLink(l.link)
      linksMatch &&=
        s.formatFanOutLink(base, v.id, b(v.link_key), v.passphrase, {
          index: l.index,
          linkSecret: b(l.link_secret),
        }) === l.link &&
        parsed.fanOut.index === l.index &&
        e(parsed.fanOut.linkSecret) === l.link_secret &&
        e(parsed.linkKey) === v.link_key
      if (l.label === null) continue
      const sealed = s.sealLabel(sodium, key, b(v.id), l.index, l.label, b(l.label_nonce))
      labelsMatch &&=
        e(sealed) === l.sealed_label &&
        s.openLabel(sodium, key, b(v.id), l.index, sealed) === l.label
      try {
        s.openLabel(sodium, key, b(v.id), l.index + 1, sealed)
        misplacedRefused = false
      } catch (error) {
        misplacedRefused &&= error.code === 'bad_label'
      }
    }
    return { name: v.name, tokensMatch, labelsMatch, linksMatch, misplacedRefused }
  })
  const refusals = invalid.map((bad) => {
    try {
      s.parseSecretLink(bad.link)
      return { name: bad.name, expected: bad.error, got: 'parsed' }
    } catch (error) {
      return { name: bad.name, expected: bad.error, got: error.code }
    }
  })
  return { results, refusals }
}

Promise.all([run(), argon2Millis(), runShares(), runProtocol(), runRequests(), runFanOut()]).then(
  ([results, argon2DefaultMs, shares, protocol, requestResults, fanOut]) =>
    (window.vectorResults = { results, argon2DefaultMs, shares, protocol, requestResults, fanOut }),
  (error) => (window.vectorResults = { error: String(error && error.stack ? error.stack : error) }),
)
