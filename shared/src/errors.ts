/** Why a protocol operation failed. Messages never contain key, token or plaintext bytes. */
export type ProtocolErrorCode =
  | 'bad_encoding'
  | 'bad_link'
  | 'bad_header'
  | 'bad_length'
  | 'hostile_kdf'
  | 'id_mismatch'
  | 'passphrase_mismatch'
  | 'decryption_failed'
  | 'truncated'
  | 'trailing_data'
  | 'bad_metadata'
  | 'bad_padding'
  | 'bad_share'
  | 'share_mismatch'
  | 'duplicate_share'
  | 'too_few_shares'
  | 'share_corrupted'
  | 'bad_label'

export class HushlinkError extends Error {
  override readonly name: string = 'HushlinkError'
}

/** Malformed or hostile input: a link, an envelope or a header that breaks the format. */
export class ProtocolError extends HushlinkError {
  override readonly name: string = 'ProtocolError'
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Authentication failed: wrong key, wrong passphrase or tampered ciphertext. */
export class DecryptionError extends ProtocolError {
  override readonly name: string = 'DecryptionError'
}
