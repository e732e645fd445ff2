import { CATALOG, DEFAULT_LANGUAGE } from './catalog.ts'
import type { Messages } from './messages.ts'

export interface Language {
  /** A catalogue code: "en", "ru", "uk". */
  readonly code: string
  /** The tag Intl formats dates and numbers with: the viewer's own variant ("en-GB") when there is one. */
  readonly intl: string
  readonly messages: Messages
}

/**
 * The language to show: the one chosen earlier in the switcher, else the first
 * of the browser's languages that has a catalogue, else English.
 */
export function pickLanguage(preferred: readonly string[], stored: string | null): Language {
  const bases = preferred.map((tag) => tag.toLowerCase().split('-')[0] ?? '')
  const code =
    (stored !== null && CATALOG.has(stored) ? stored : bases.find((b) => CATALOG.has(b))) ??
    DEFAULT_LANGUAGE
  return languageFor(code, preferred)
}

export function languageFor(code: string, preferred: readonly string[] = []): Language {
  const messages = CATALOG.get(code) ?? CATALOG.get(DEFAULT_LANGUAGE)
  if (!messages) throw new Error(`no catalogue for ${code} or ${DEFAULT_LANGUAGE}`)
  const variant = preferred.find((tag) => tag.toLowerCase().split('-')[0] === code)
  return { code, intl: canonical(variant) ?? code, messages }
}

function canonical(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

let current: Language = languageFor(DEFAULT_LANGUAGE)

export function language(): Language {
  return current
}

/** Switches the state only; i18n/apply.ts carries it to the page. */
export function useLanguage(next: Language): void {
  current = next
}
