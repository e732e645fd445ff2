import { ApiError } from '@hushlink/shared'
import { isApiKey } from '@hushlink/shared/api'
import type { Pick } from '../i18n/messages.ts'
import { field, h, SECRET_FIELD } from '../ui/dom.ts'
import { forgetPreference, readStoredText, writePreference } from '../ui/preferences.ts'

/** Where a key is kept when the user asked for it to be remembered on this device. */
const STORAGE_KEY = 'hushlink:api-key'

/** Otherwise the key lives only in this page's memory, until it is closed or reloaded. */
let inMemory: string | null = null

export interface ApiKeyPrompt {
  readonly element: HTMLElement
  readonly input: HTMLInputElement
  /** Why the form cannot be sent yet, or null. */
  problem(): Pick | null
  /** The SDK option that sends the key. */
  option(): { readonly apiKey?: string }
  /** After a create succeeded: kept in memory, and on this device only when ticked. */
  keep(): void
  /** The field to point at when the server refused the key (a wrong key is forgotten). */
  refused(error: unknown): HTMLInputElement | undefined
}

/**
 * The API key a private instance (create_requires_api_key) asks for before
 * creating. A password field, so it is not shown or autofilled; reading links
 * never needs it.
 */
export function apiKeyPrompt(): ApiKeyPrompt {
  const stored = readStoredText(STORAGE_KEY)
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
    ),
  )
  const key = (): string => input.value.trim()
  return {
    element,
    input,
    problem() {
      if (key() === '') return (m) => m.apiKey.missing
      return isApiKey(key()) ? null : (m) => m.apiKey.malformed
    },
    option: () => (key() === '' ? {} : { apiKey: key() }),
    keep() {
      inMemory = key()
      if (remember.checked) writePreference(STORAGE_KEY, key())
      else forgetPreference(STORAGE_KEY)
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
