import { ApiError } from '@hushlink/shared'
import { API_KEY_HEADER, isApiKey } from '@hushlink/shared/api'
import type { Pick } from '../i18n/messages.ts'
import { field, h, SECRET_FIELD } from '../ui/dom.ts'
import { forgetPreference, readStoredText, writePreference } from '../ui/preferences.ts'

/** Where a key is kept when the user asked for it to be remembered on this device. */
const STORAGE_KEY = 'hushlink:api-key'
/** A remembered key is forgotten after a week: a shared or lost device does not keep it for ever. */
const REMEMBER_MS = 7 * 86_400_000

/** The remembered key, unless it expired or was stored without an expiry (then it is forgotten). */
function rememberedKey(): string | null {
  const raw = readStoredText(STORAGE_KEY)
  if (raw === null) return null
  try {
    const { key, until } = JSON.parse(raw) as { key?: unknown; until?: unknown }
    if (typeof key === 'string' && typeof until === 'number' && until > Date.now()) return key
  } catch {
    // An older page stored the bare key, with no expiry.
  }
  forgetPreference(STORAGE_KEY)
  return null
}

type Scope = 'admin' | 'create' | 'unknown'
/** What each key this page was given turned out to be, so that it is asked once. */
const scopes = new Map<string, Promise<Scope>>()

/**
 * Whether a key has admin scope, asked of the server: an admin-only route
 * answers 200 to an admin key and 403 insufficient_scope to a create key.
 * Anything else (a wrong key, an admin API out of reach) leaves it unknown;
 * the create request then says what is wrong with it.
 */
function scopeOf(key: string): Promise<Scope> {
  let scope = scopes.get(key)
  if (!scope) {
    scope = askScope(key)
    scopes.set(key, scope)
  }
  return scope
}

async function askScope(key: string): Promise<Scope> {
  try {
    const res = await fetch('/api/v1/admin/stats', { headers: { [API_KEY_HEADER]: key } })
    if (res.ok) return 'admin'
    const body = (await res.json()) as { error?: { code?: unknown } }
    return res.status === 403 && body.error?.code === 'insufficient_scope' ? 'create' : 'unknown'
  } catch {
    // Unknown: the create request then fails or succeeds on its own.
    return 'unknown'
  }
}

/** Otherwise the key lives only in this page's memory, until it is closed or reloaded. */
let inMemory: string | null = null

export interface ApiKeyPrompt {
  readonly element: HTMLElement
  readonly input: HTMLInputElement
  /** Why the form cannot be sent yet, or null: a missing or malformed key, or an admin key. */
  problem(): Promise<Pick | null>
  /** The SDK option that sends the key. */
  option(): { readonly apiKey?: string }
  /**
   * After a create succeeded: kept in memory, and on this device for a week
   * only when ticked and known to be a create key.
   */
  keep(): Promise<void>
  /** The field to point at when the server refused the key (a wrong key is forgotten). */
  refused(error: unknown): HTMLInputElement | undefined
}

/**
 * The API key a private instance (create_requires_api_key) asks for before
 * creating. A password field, so it is not shown or autofilled; reading links
 * never needs it.
 */
export function apiKeyPrompt(): ApiKeyPrompt {
  const stored = rememberedKey()
  const input = h('input', {
    ...SECRET_FIELD,
    type: 'password',
    name: 'api-key',
    autocomplete: 'off',
    value: inMemory ?? stored ?? '',
  })
  const remember = h('input', {
    type: 'checkbox',
    name: 'remember-api-key',
    checked: stored !== null,
  })
  const element = h(
    'div',
    {},
    field(
      (m) => m.apiKey.label,
      input,
      (m) => m.apiKey.hint,
    ),
    h(
      'p',
      {},
      h('label', { class: 'check' }, remember, ' ', (m) => m.apiKey.remember),
      ' ',
      h('span', { class: 'hint' }, (m) => m.apiKey.rememberFor),
    ),
  )
  const key = (): string => input.value.trim()
  return {
    element,
    input,
    async problem() {
      if (key() === '') return (m) => m.apiKey.missing
      if (!isApiKey(key())) return (m) => m.apiKey.malformed
      // An admin key can read and destroy every secret's record: it never stays in a browser.
      if ((await scopeOf(key())) !== 'admin') return null
      inMemory = null
      forgetPreference(STORAGE_KEY)
      return (m) => m.apiKey.adminRefused
    },
    option: () => (key() === '' ? {} : { apiKey: key() }),
    async keep() {
      inMemory = key()
      if (remember.checked && (await scopeOf(key())) === 'create') {
        writePreference(
          STORAGE_KEY,
          JSON.stringify({ key: key(), until: Date.now() + REMEMBER_MS }),
        )
      } else {
        forgetPreference(STORAGE_KEY)
      }
    },
    refused(error) {
      if (!(error instanceof ApiError)) return undefined
      if (error.code === 'unauthorized') {
        inMemory = null
        forgetPreference(STORAGE_KEY)
        return input
      }
      return error.code === 'insufficient_scope' ? input : undefined
    },
  }
}
