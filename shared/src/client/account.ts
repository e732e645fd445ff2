import type {
  AdminSecret,
  AdminSecretList,
  AdminSecretListQuery,
  AdminSecretPatch,
  AdminStats,
  ApiKeyList,
  CreateApiKeyRequest,
  CreatedApiKey,
  LogoutResponse,
  SessionResponse,
} from '../api/types.js'
import { request, type ClientOptions } from './http.js'

/**
 * Sign-in, "my secrets" and the admin API (issue 17). In a browser the
 * session cookie goes with these requests by itself (same origin); other
 * clients pass an admin API key in `headers`.
 */
export interface AccountOptions extends ClientOptions {
  readonly headers?: Record<string, string>
}

async function call<T>(
  options: AccountOptions,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  json?: unknown,
): Promise<T> {
  return (await request<T>(options, {
    method,
    path,
    ...(json === undefined ? {} : { json }),
    ...(options.headers ? { headers: options.headers } : {}),
  })) as T
}

const query = (params: Readonly<Record<string, string | number | undefined>>): string => {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined,
  )
  return entries.length === 0
    ? ''
    : `?${entries.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`
}

export const getSession = (o: AccountOptions) => call<SessionResponse>(o, 'GET', '/auth/session')
export const signOut = (o: AccountOptions) => call<LogoutResponse>(o, 'POST', '/auth/logout')

export const listMySecrets = (o: AccountOptions, cursor?: string) =>
  call<AdminSecretList>(o, 'GET', `/api/v1/my/secrets${query({ cursor })}`)
export const burnMySecret = (o: AccountOptions, id: string) =>
  call<undefined>(o, 'DELETE', `/api/v1/my/secrets/${encodeURIComponent(id)}`)

export const adminStats = (o: AccountOptions) => call<AdminStats>(o, 'GET', '/api/v1/admin/stats')
export const adminListSecrets = (o: AccountOptions, q: AdminSecretListQuery = {}) =>
  call<AdminSecretList>(o, 'GET', `/api/v1/admin/secrets${query({ ...q })}`)
export const adminAmendSecret = (o: AccountOptions, id: string, patch: AdminSecretPatch) =>
  call<AdminSecret>(o, 'PATCH', `/api/v1/admin/secrets/${encodeURIComponent(id)}`, patch)
export const adminBurnSecret = (o: AccountOptions, id: string) =>
  call<undefined>(o, 'DELETE', `/api/v1/admin/secrets/${encodeURIComponent(id)}`)
export const adminListKeys = (o: AccountOptions) => call<ApiKeyList>(o, 'GET', '/api/v1/admin/keys')
export const adminCreateKey = (o: AccountOptions, body: CreateApiKeyRequest) =>
  call<CreatedApiKey>(o, 'POST', '/api/v1/admin/keys', body)
export const adminRevokeKey = (o: AccountOptions, id: string) =>
  call<undefined>(o, 'DELETE', `/api/v1/admin/keys/${encodeURIComponent(id)}`)
