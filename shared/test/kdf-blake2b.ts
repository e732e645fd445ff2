import { loadSodiumWithPwhash } from '@hushlink/shared'

// The sumo build: it has BLAKE2b with salt and personalisation.
const sodium = await loadSodiumWithPwhash()

/** crypto_kdf_derive_from_key as docs/protocol.md §3 defines it, with BLAKE2b alone. */
export function kdfViaBlake2b(key: Uint8Array, subkeyId: number, context: string): Uint8Array {
  const salt = new Uint8Array(16)
  new DataView(salt.buffer).setBigUint64(0, BigInt(subkeyId), true)
  const personal = new Uint8Array(16)
  personal.set(new TextEncoder().encode(context))
  return sodium.crypto_generichash_blake2b_salt_personal(32, key, salt, personal)
}
