import { CATALOG } from './catalog.ts'
import { language, languageFor, pickLanguage, useLanguage } from './language.ts'
import { localize } from './live.ts'
import { readPreference, writePreference } from '../ui/preferences.ts'

const STORAGE_KEY = 'hushlink.language'

/** Picks the language at start-up (before anything renders) and marks up `<html lang>`. */
export function startLanguage(): void {
  const stored = readPreference(STORAGE_KEY, [...CATALOG.keys()])
  useLanguage(pickLanguage(navigator.languages, stored))
  document.documentElement.lang = language().intl
}

/** The switcher's action: remembers only the code, and re-renders the page in place. */
export function switchLanguage(code: string): void {
  if (!CATALOG.has(code) || code === language().code) return
  useLanguage(languageFor(code, navigator.languages))
  writePreference(STORAGE_KEY, code)
  document.documentElement.lang = language().intl
  localize(document.documentElement)
}
