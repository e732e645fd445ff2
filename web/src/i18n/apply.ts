import { CODES, DEFAULT_LANGUAGE, ENGLISH } from './catalog.ts'
import {
  language,
  languageOf,
  loadLanguage,
  pickCode,
  useLanguage,
  type Language,
} from './language.ts'
import { localize } from './live.ts'
import { readPreference, writePreference } from '../ui/preferences.ts'

const STORAGE_KEY = 'hushlink.language'

/**
 * Picks the language at start-up and loads its messages (before anything
 * renders), and marks up `<html lang dir>`. A catalogue that cannot load
 * leaves the page in English rather than without text.
 */
export async function startLanguage(): Promise<void> {
  const stored = readPreference(STORAGE_KEY, CODES)
  const code = pickCode(navigator.languages, stored)
  useLanguage(await load(code))
  markUp(language())
}

let wanted = ''

/** The switcher's action: remembers only the code, and re-renders the page in place. */
export async function switchLanguage(code: string): Promise<void> {
  if (!CODES.includes(code) || code === language().code) return
  wanted = code
  const next = await load(code)
  // Only the last choice counts when the user picks again while one is loading.
  if (wanted !== code) return
  useLanguage(next)
  if (next.code === code) writePreference(STORAGE_KEY, code)
  markUp(next)
  localize(document.documentElement)
}

function load(code: string): Promise<Language> {
  return loadLanguage(code, navigator.languages).catch(() =>
    languageOf(DEFAULT_LANGUAGE, navigator.languages, ENGLISH),
  )
}

function markUp(current: Language): void {
  document.documentElement.lang = current.intl
  document.documentElement.dir = current.dir
}
