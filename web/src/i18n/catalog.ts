import en from '../locales/en.ts'
import { activatePreload } from '../preload.ts'
import type { Messages } from './messages.ts'

export const DEFAULT_LANGUAGE = 'en'

/**
 * Every file in ../locales is a language, named by its code (`de.ts` → "de",
 * `pt-BR.ts` → "pt-BR"): adding a language is adding one file and its name in
 * LANGUAGE_NAMES. English is built in (the fallback, and the shape of every
 * other); the others load on demand, each its own chunk, so a page ships only
 * the language it shows.
 */
const files = import.meta.glob<Messages>(['../locales/*.ts', '!../locales/en.ts'], {
  import: 'default',
})

const LOADERS: ReadonlyMap<string, () => Promise<Messages>> = new Map<
  string,
  () => Promise<Messages>
>([
  [DEFAULT_LANGUAGE, () => Promise.resolve(en)],
  ...Object.entries(files).map(([path, load]) => [codeOf(path), load] as const),
])

function codeOf(path: string): string {
  return /([\w-]+)\.ts$/.exec(path)?.[1] ?? ''
}

/** Each language under its own name, for the switcher (which lists them before any is loaded). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: 'العربية',
  de: 'Deutsch',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  nl: 'Nederlands',
  pl: 'Polski',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
  tr: 'Türkçe',
  uk: 'Українська',
  'zh-CN': '简体中文',
}

/** The catalogue codes, in a stable order. */
export const CODES: readonly string[] = [...LOADERS.keys()].sort((a, b) => a.localeCompare(b))

export function hasCatalog(code: string): boolean {
  return LOADERS.has(code)
}

/** A catalogue's messages: English at once, any other from its own chunk. */
export function loadMessages(code: string): Promise<Messages> {
  const load = LOADERS.get(code)
  if (!load) return Promise.reject(new Error(`no catalogue for ${code}`))
  activatePreload(`locale-${code}`)
  return load()
}

/** English, always at hand: the fallback when another catalogue cannot load. */
export const ENGLISH: Messages = en
