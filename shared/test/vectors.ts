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
