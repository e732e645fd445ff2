import { readFileSync } from 'node:fs'

/** One known-answer vector of test/vectors/envelope-v1.json (all byte strings base64url). */
export interface EnvelopeVector {
  readonly name: string
  readonly id: string
  readonly link_key: string
  readonly link: string
  readonly passphrase: string | null
  readonly kdf: { readonly ops: number; readonly mem_kib: number; readonly salt: string } | null
  readonly stream_header: string
  readonly text: string
  readonly files: readonly {
    readonly name: string
    readonly type: string
    readonly size: number
    readonly bytes: string
  }[]
  /** §3 intermediate values: P (null without a passphrase) and K_root. */
  readonly argon2id: string | null
  readonly root_key: string
  readonly access_token: string
  readonly access_verifier: string
  readonly enc_key: string
  readonly pass_token: string | null
  readonly pass_verifier: string | null
  readonly envelope: string
}

/** The shared vectors, read by shared, server, web (in Chromium) and CLI tests alike. */
export function loadEnvelopeVectors(): readonly EnvelopeVector[] {
  const file = new URL('./vectors/envelope-v1.json', import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as { vectors: EnvelopeVector[] }).vectors
}

/** test/vectors/shares-v1.json: share links of some envelope vectors, and links to refuse. */
export interface ShareVectors {
  readonly version: 1
  readonly base: string
  readonly vectors: readonly {
    readonly name: string
    /** The envelope vector whose link key is split. */
    readonly envelope: string
    readonly id: string
    readonly link_key: string
    readonly passphrase: boolean
    readonly threshold: number
    readonly shares_total: number
    readonly tag: string
    readonly shares: readonly {
      readonly index: number
      readonly share: string
      readonly link: string
    }[]
  }[]
  readonly invalid: readonly {
    readonly name: string
    readonly links: readonly string[]
    readonly error: string
  }[]
}

export function loadShareVectors(): ShareVectors {
  const file = new URL('./vectors/shares-v1.json', import.meta.url)
  return JSON.parse(readFileSync(file, 'utf8')) as ShareVectors
}

/** test/vectors/protocol-v1.json: the cases around the envelopes (docs/protocol.md §6). */
export interface ProtocolVectors {
  readonly padme: readonly { readonly input: number; readonly output: number }[]
  readonly padded_body_size: readonly { readonly body: number; readonly padded: number }[]
  readonly padded_length_valid: readonly { readonly length: number; readonly valid: boolean }[]
  readonly crypto_kdf: readonly {
    readonly key: string
    readonly subkey_id: number
    readonly context: string
    readonly blake2b_salt: string
    readonly blake2b_personal: string
    readonly output: string
  }[]
  readonly metadata: readonly {
    readonly meta: {
      readonly text: number
      readonly files: readonly { name: string; type: string; size: number }[]
    }
    readonly json: string
    readonly json_bytes: number
    readonly meta_size: number
  }[]
  readonly links: readonly {
    readonly name: string
    readonly input: string
    readonly parser: 'secret' | 'receipt'
    readonly result?: Readonly<Record<string, string | boolean>>
    readonly error?: string
  }[]
  readonly broken_envelopes: readonly {
    readonly name: string
    /** The envelope vector it was made from. */
    readonly from: string
    readonly id: string
    readonly enc_key: string
    readonly envelope: string
    readonly error: string
    readonly server: 'accepted' | 'invalid_envelope'
  }[]
}

export function loadProtocolVectors(): ProtocolVectors {
  const file = new URL('./vectors/protocol-v1.json', import.meta.url)
  return JSON.parse(readFileSync(file, 'utf8')) as ProtocolVectors
}

/** One vector of test/vectors/request-v1.json (docs/protocol.md §7.7). */
export interface RequestVector {
  readonly name: string
  readonly id: string
  readonly request_key: string
  readonly inbox_key: string
  readonly prf_input: string | null
  readonly prf_output: string | null
  readonly key_seed: string
  readonly public_key: string
  readonly private_key: string
  readonly request_token: string
  readonly request_verifier: string
  readonly note_key: string
  readonly inbox_token: string
  readonly inbox_verifier: string
  readonly note_text: string
  readonly note_nonce: string
  readonly note: string
  readonly request_link: string
  readonly inbox_link: string
  /** The envelope vector whose link key `sealed_key` seals. */
  readonly answer_vector: string
  readonly sealed_key: string
}

export function loadRequestVectors(): readonly RequestVector[] {
  const file = new URL('./vectors/request-v1.json', import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as { vectors: RequestVector[] }).vectors
}

/** One link of a fan-out vector (docs/protocol.md §10.5). */
export interface FanOutLinkVector {
  readonly index: number
  readonly link_secret: string
  readonly link_token: string
  readonly link_verifier: string
  readonly label: string | null
  readonly label_nonce: string | null
  readonly sealed_label: string | null
  readonly link: string
}

/** test/vectors/fanout-v1.json: fan-out links of envelope vectors, and links to refuse. */
export interface FanOutVectors {
  readonly base: string
  readonly vectors: readonly {
    readonly name: string
    /** The envelope vector whose secret these links open. */
    readonly envelope: string
    readonly id: string
    readonly link_key: string
    readonly passphrase: boolean
    readonly receipt_token: string
    readonly receipt_verifier: string
    readonly label_key: string
    readonly links: readonly FanOutLinkVector[]
  }[]
  readonly invalid: readonly {
    readonly name: string
    readonly link: string
    readonly error: string
  }[]
}

export function loadFanOutVectors(): FanOutVectors {
  const file = new URL('./vectors/fanout-v1.json', import.meta.url)
  return JSON.parse(readFileSync(file, 'utf8')) as FanOutVectors
}

/** The body of `POST /api/v1/secrets` that stores fan-out vector `f` on envelope vector `v`. */
export function fanOutCreateBody(
  f: FanOutVectors['vectors'][number],
  v: EnvelopeVector,
): Record<string, unknown> {
  return {
    id: v.id,
    envelope: v.envelope,
    ttl: 3600,
    access_verifier: v.access_verifier,
    ...(v.pass_verifier === null ? {} : { pass_verifier: v.pass_verifier }),
    receipt_verifier: f.receipt_verifier,
    links: f.links.map((l) => ({
      verifier: l.link_verifier,
      ...(l.sealed_label === null ? {} : { label: l.sealed_label }),
    })),
  }
}
