export type SecretKind = 'text' | 'files'

export interface CreateSecretRequest {
  readonly id: string
  readonly envelope: string
  readonly ttl: number
  readonly max_views?: number
  readonly access_verifier: string
  readonly pass_verifier?: string
  readonly max_failures?: number
  readonly receipt_verifier?: string
}

export interface CreateSecretResponse {
  readonly id: string
  readonly expires_at: string
}

export interface SecretMetaResponse {
  readonly id: string
  readonly expires_at: string
  readonly views_left: number
  readonly passphrase_required: boolean
  readonly kind: SecretKind
  readonly size: number
  /** The 84-byte public envelope header: KDF parameters are needed before claiming. */
  readonly header: string
}

export interface ClaimRequest {
  readonly access_token: string
  readonly pass_token?: string
}

export interface ClaimResponse {
  readonly envelope: string
  readonly views_left: number
}

export interface ReceiptRequest {
  readonly receipt_token: string
}

export type ReceiptState = 'active' | 'viewed' | 'expired' | 'burned' | 'burned_failures'

export interface ReceiptStatusResponse {
  readonly state: ReceiptState
  readonly created_at: string
  readonly expires_at: string
  readonly max_views: number
  readonly views: number
  readonly claimed_at?: string
  readonly failures: number
}

export interface ConfigResponse {
  readonly min_ttl: number
  readonly max_ttl: number
  readonly default_ttl: number
  readonly max_views: number
  readonly max_text_bytes: number
}

export interface HealthResponse {
  readonly status: 'ok' | 'unavailable'
}
