import type { NotifyLanguage } from './limits.js'
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
  /** E-mail this address when the secret is first opened (servers with SMTP only); deleted once sent. */
  readonly notify_email?: string
  /** The e-mail's language; English by default. */
  readonly notify_language?: NotifyLanguage
  /** Time lock (protocol §9): claims before this ISO 8601 moment are refused; before the expiry. */
  readonly not_before?: string
  /** One link per recipient (§10): 2–50 declarations, link i is the i-th. */
  readonly links?: readonly LinkDeclaration[]
}

/** One link of a fan-out secret as its create declares it (docs/protocol.md §10). */
export interface LinkDeclaration {
  /** SHA-256 of the link's access token. */
  readonly verifier: string
  /** The label sealed with the receipt's label key (104 bytes), base64url; absent: none. */
  readonly label?: string
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
  /** Time-locked secrets only: claims open at this moment. */
  readonly opens_at?: string
}

export interface ClaimRequest {
  readonly access_token: string
  readonly pass_token?: string
  /** The link of a fan-out secret this claim is for (§10); `access_token` is that link's. */
  readonly link?: number
}

export interface ClaimResponse {
  readonly envelope: string
  readonly views_left: number
}

export interface ReceiptRequest {
  readonly receipt_token: string
}

/** A burn: the whole secret, or only link `link` of a fan-out secret. */
export interface ReceiptBurnRequest extends ReceiptRequest {
  readonly link?: number
}

/** What happened to one link of a fan-out secret. */
export interface ReceiptLinkStatus {
  readonly link: number
  /** `active`: waiting; `viewed`: its views are used; the others as for the secret. */
  readonly state: ReceiptState
  readonly views: number
  readonly max_views: number
  /** When it was first opened. */
  readonly opened_at?: string
  /** The sealed label, for the receipt's holder to open. */
  readonly label?: string
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
  /** Time-locked secrets only. */
  readonly opens_at?: string
  /** A fan-out secret's links, in order (§10). */
  readonly links?: readonly ReceiptLinkStatus[]
}

export interface ConfigResponse {
  readonly min_ttl: number
  readonly max_ttl: number
  readonly default_ttl: number
  readonly max_views: number
  readonly max_text_bytes: number
  /** Largest single file (plaintext). Absent from servers without streamed files. */
  readonly max_file_bytes?: number
  /** Largest envelope a streamed upload may declare. Absent from servers without streamed files. */
  readonly max_total_bytes?: number
  /** Largest upload part the server accepts. Absent from servers without streamed files. */
  readonly upload_part_bytes?: number
  /** Creating needs an API key with `create` scope. Absent from servers without API keys. */
  readonly create_requires_api_key?: boolean
  /** Users can sign in (/auth/login). Absent from servers without sign-in. */
  readonly sign_in?: boolean
  /** Creating needs a signed-in user or an API key. Absent from servers without sign-in. */
  readonly create_requires_login?: boolean
  /** A create may ask for an e-mail when the secret is opened. Absent from servers without it. */
  readonly email_notifications?: boolean
}

export interface HealthResponse {
  readonly status: 'ok' | 'unavailable'
}

/** Starts a streamed upload (files, or any envelope too large for JSON). */
export interface CreateUploadRequest {
  readonly id: string
  /** The envelope's 84-byte header, base64url; the uploaded bytes must start with it. */
  readonly header: string
  /** Total envelope bytes that will be uploaded. */
  readonly size: number
  readonly ttl: number
  readonly max_views?: number
  readonly access_verifier: string
  readonly pass_verifier?: string
  readonly max_failures?: number
  readonly receipt_verifier?: string
  /** Time lock (protocol §9), as in a JSON create. */
  readonly not_before?: string
  readonly links?: readonly LinkDeclaration[]
  /** SHA-256 of the creator's upload token, which authorises the parts. */
  readonly upload_verifier: string
}

export interface UploadPartResponse {
  /** Bytes stored so far: the offset of the next part. */
  readonly received: number
  /** True once all bytes arrived and the envelope was accepted: the secret is live. */
  readonly complete: boolean
}

export type AdminSecretState = 'active' | 'expired' | 'viewed' | 'burned' | 'burned_failures'

/** A secret as `GET /api/v1/admin/secrets` shows it: no ciphertext, no verifiers. */
export interface AdminSecret {
  readonly id: string
  readonly state: AdminSecretState
  /** Name of the API key that created it; null when created without one. */
  readonly owner: string | null
  readonly kind: SecretKind
  readonly size: number
  readonly created_at: string
  readonly expires_at: string
  readonly max_views: number
  readonly views: number
  readonly failures: number
  readonly max_failures: number
  readonly claimed_at: string | null
  /** Time-locked secrets only (protocol §9). */
  readonly opens_at?: string
  readonly passphrase: boolean
  readonly receipt: boolean
}

export interface AdminSecretList {
  readonly items: readonly AdminSecret[]
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly next_cursor: string | null
}

export interface AdminSecretListQuery {
  readonly limit?: number
  readonly cursor?: string
  readonly state?: AdminSecretState
  readonly owner?: string
}

/** `PATCH /api/v1/admin/secrets/{id}`: `expires_at` or `ttl`, and/or `max_views`. */
export interface AdminSecretPatch {
  readonly expires_at?: string
  readonly ttl?: number
  readonly max_views?: number
}

export interface AdminStats {
  readonly secrets: Readonly<Record<AdminSecretState, number>>
  readonly uploading: number
  readonly bytes_stored: number
}

/** `GET /auth/session`. */
export interface SessionResponse {
  readonly user: {
    readonly name: string
    readonly admin: boolean
    readonly expires_at: string
  } | null
}

export interface LogoutResponse {
  readonly end_session_url: string | null
}

/** An API key as the admin API lists it: never the key, only its facts. */
export interface ApiKeyItem {
  readonly id: string
  readonly name: string
  readonly scope: 'create' | 'admin'
  readonly created_at: string
  readonly last_used_at: string | null
  readonly revoked_at: string | null
  /** Bytes its secrets may hold at once; null: the server's default. */
  readonly quota_bytes: number | null
}

export interface ApiKeyList {
  readonly items: readonly ApiKeyItem[]
}

export interface CreateApiKeyRequest {
  readonly name: string
  readonly scope: 'create' | 'admin'
  /** Left out or null: the server's default quota. */
  readonly quota_bytes?: number | null
}

export interface UpdateApiKeyRequest {
  readonly quota_bytes: number | null
}

export interface CreatedApiKey {
  /** Shown once; only its SHA-256 is stored. */
  readonly key: string
  readonly item: ApiKeyItem
}
