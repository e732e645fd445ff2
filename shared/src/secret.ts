import { deriveKeys, LINK_KEY_BYTES, verifierOf, type SecretKeys } from './crypto/keys.js'
import {
  concatBytes,
  decodeBase64url,
  decodeUtf8,
  encodeBase64url,
  encodeUtf8,
} from './encoding.js'
import { ProtocolError } from './errors.js'
import {
  decodeHeader,
  DEFAULT_KDF,
  ID_BYTES,
  SALT_BYTES,
  type EnvelopeHeader,
  type KdfParams,
} from './envelope/header.js'
import type { FileInfo, Metadata } from './envelope/metadata.js'
import { EnvelopeOpener } from './envelope/open.js'
import { EnvelopeSealer } from './envelope/seal.js'
import { loadSodiumFor, type Sodium } from './sodium.js'

/** Everything a creator holds before sealing: fresh id and keys, and what the server may see. */
export interface PreparedSecret {
  readonly sodium: Sodium
  readonly id: string
  readonly idBytes: Uint8Array
  readonly linkKey: Uint8Array
  readonly receiptToken: Uint8Array
  readonly kdf: KdfParams | null
  readonly keys: SecretKeys
  /** The only key-derived values that leave the client: SHA-256 digests of tokens. */
  readonly verifiers: {
    readonly access_verifier: string
    readonly pass_verifier?: string
    readonly receipt_verifier: string
  }
}

export async function prepareSecret(
  passphrase: string | null,
  kdfCost: { readonly ops: number; readonly memKib: number } = DEFAULT_KDF,
): Promise<PreparedSecret> {
  const sodium = await loadSodiumFor(passphrase !== null)
  const idBytes = sodium.randombytes_buf(ID_BYTES)
  const linkKey = sodium.randombytes_buf(LINK_KEY_BYTES)
  const receiptToken = sodium.randombytes_buf(32)
  const kdf = passphrase === null ? null : { ...kdfCost, salt: sodium.randombytes_buf(SALT_BYTES) }
  const keys = deriveKeys(
    sodium,
    linkKey,
    kdf && passphrase !== null ? { text: passphrase, kdf } : null,
  )
  return {
    sodium,
    id: encodeBase64url(idBytes),
    idBytes,
    linkKey,
    receiptToken,
    kdf,
    keys,
    verifiers: {
      access_verifier: encodeBase64url(verifierOf(keys.accessToken)),
      ...(keys.passToken ? { pass_verifier: encodeBase64url(verifierOf(keys.passToken)) } : {}),
      receipt_verifier: encodeBase64url(verifierOf(receiptToken)),
    },
  }
}

export function createSealer(prepared: PreparedSecret, meta: Metadata): EnvelopeSealer {
  return new EnvelopeSealer(prepared.sodium, {
    id: prepared.idBytes,
    keys: prepared.keys,
    meta,
    kdf: prepared.kdf,
  })
}

/** Seals a message and in-memory files into one envelope (streaming callers use createSealer). */
export function sealContent(prepared: PreparedSecret, content: SecretContent): Uint8Array {
  const text = encodeUtf8(content.text)
  const meta: Metadata = { text: text.length, files: content.files.map((f) => f.info) }
  const sealer = createSealer(prepared, meta)
  const parts = [sealer.head, ...sealer.push(text)]
  for (const f of content.files) parts.push(...sealer.push(f.bytes))
  parts.push(...sealer.finish())
  return concatBytes(parts)
}

export interface SecretFile {
  readonly info: FileInfo
  readonly bytes: Uint8Array
}

export interface SecretContent {
  readonly text: string
  readonly files: readonly SecretFile[]
}

/** What a recipient holds after reading the public header: the tokens to claim with and the key. */
export interface UnlockedSecret {
  readonly sodium: Sodium
  readonly header: EnvelopeHeader
  readonly keys: SecretKeys
}

/**
 * Validates the public header (KDF bounds are checked before Argon2 runs) and
 * derives the claim tokens and the key. The link's passphrase hint, the header
 * flag and the presence of a passphrase must all agree.
 */
export async function unlockSecret(
  linkKey: Uint8Array,
  headerText: string,
  passphrase: string | null,
): Promise<UnlockedSecret> {
  const header = decodeHeader(decodeBase64url(headerText))
  if ((header.kdf !== null) !== (passphrase !== null)) {
    throw new ProtocolError(
      'passphrase_mismatch',
      header.kdf ? 'a passphrase is required' : 'no passphrase is set',
    )
  }
  const sodium = await loadSodiumFor(header.kdf !== null)
  const keys = deriveKeys(
    sodium,
    linkKey,
    header.kdf && passphrase !== null ? { text: passphrase, kdf: header.kdf } : null,
  )
  return { sodium, header, keys }
}

/** Decrypts a whole envelope held in memory and splits the body into text and files. */
export function openContent(
  sodium: Sodium,
  envelope: Uint8Array,
  id: string,
  encKey: Uint8Array,
): SecretContent {
  const opener = new EnvelopeOpener(sodium, {
    prefix: envelope,
    totalSize: envelope.length,
    id: decodeBase64url(id),
    encKey,
  })
  const body = concatBytes(opener.write(new Uint8Array(0)))
  const meta = opener.end()
  let offset = meta.text
  const text = decodeUtf8(body.subarray(0, offset))
  const files = meta.files.map((info) => {
    const bytes = body.slice(offset, offset + info.size)
    offset += info.size
    return { info, bytes }
  })
  return { text, files }
}
