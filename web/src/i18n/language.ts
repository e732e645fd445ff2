import { CODES, DEFAULT_LANGUAGE, ENGLISH, hasCatalog, loadMessages } from './catalog.ts'
import type { Messages } from './messages.ts'

export interface Language {
  /** A catalogue code: "en", "pt-BR", "zh-CN". */
  readonly code: string
  /** The tag Intl formats dates and numbers with: the viewer's own variant ("en-GB") when there is one. */
  readonly intl: string
  /** Which way the language is written; the whole layout follows it. */
  readonly dir: 'ltr' | 'rtl'
  readonly messages: Messages
}

/** Scripts written right to left, by language (CLDR): the ones a catalogue might use. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb'])
/** Chinese written in traditional characters: the Simplified catalogue does not stand in for it. */
const TRADITIONAL_CHINESE = /^zh-(?:hant|tw|hk|mo)\b/

const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? ''

/** The catalogue for one of the browser's language tags: its exact code, else one of its language. */
export function catalogFor(tag: string): string | undefined {
  const lower = tag.toLowerCase()
  const exact = CODES.find((code) => code.toLowerCase() === lower)
  if (exact !== undefined) return exact
  if (TRADITIONAL_CHINESE.test(lower)) return undefined
  return CODES.find((code) => base(code) === base(tag))
}

/**
 * The language to show: the one chosen earlier in the switcher, else the first
 * of the browser's languages that has a catalogue, else English.
 */
export function pickCode(preferred: readonly string[], stored: string | null): string {
  if (stored !== null && hasCatalog(stored)) return stored
  for (const tag of preferred) {
    const code = catalogFor(tag)
    if (code !== undefined) return code
  }
  return DEFAULT_LANGUAGE
}

/** A language with its messages loaded, formatting in the browser's own variant of it. */
export async function loadLanguage(
  code: string,
  preferred: readonly string[] = [],
): Promise<Language> {
  return languageOf(code, preferred, await loadMessages(code))
}

export function languageOf(
  code: string,
  preferred: readonly string[],
  messages: Messages,
): Language {
  const variant = preferred.find((tag) => catalogFor(tag) === code)
  return {
    code,
    intl: canonical(variant) ?? code,
    dir: RIGHT_TO_LEFT.has(base(code)) ? 'rtl' : 'ltr',
    messages,
  }
}

function canonical(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

let current: Language = languageOf(DEFAULT_LANGUAGE, [], ENGLISH)

export function language(): Language {
  return current
}

/** Switches the state only; i18n/apply.ts carries it to the page. */
export function useLanguage(next: Language): void {
  current = next
}
