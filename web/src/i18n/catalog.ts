import type { Messages } from './messages.ts'

/**
 * Every file in ../locales is a language, named by its code (`de.ts` → "de"):
 * adding a language is adding one file.
 */
const files = import.meta.glob<Messages>('../locales/*.ts', { eager: true, import: 'default' })

export const CATALOG: ReadonlyMap<string, Messages> = new Map(
  Object.entries(files)
    .map(([path, messages]) => [/([\w-]+)\.ts$/.exec(path)?.[1] ?? '', messages] as const)
    .filter(([code]) => code !== '')
    .sort(([a], [b]) => a.localeCompare(b)),
)

export const DEFAULT_LANGUAGE = 'en'
