/**
 * The only things this app keeps in the browser: the chosen language code and
 * theme, and a private instance's create-scope API key, for a week, when the
 * user ticked "remember on this device". Never a link, its key, a passphrase or a secret. Storage may
 * be disabled or full; the page then just does not remember.
 */
export function readPreference<T extends string>(key: string, allowed: readonly T[]): T | null {
  try {
    const value = localStorage.getItem(key)
    return allowed.find((a) => a === value) ?? null
  } catch {
    return null
  }
}

export function writePreference(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

export function readStoredText(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

export function forgetPreference(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // Nothing was stored.
  }
}
