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
