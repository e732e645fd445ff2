import { formatCount } from './format.ts'
import { language } from './language.ts'
import type { Message } from './messages.ts'

export type Params = Readonly<Record<string, string | number>>

const PLACEHOLDER_RE = /\{(\w+)\}/g

/**
 * The text of a message in the current language: a plural form chosen by
 * `params.count`, then every `{name}` replaced (numbers in local digits).
 */
export function fill(message: Message, params: Params = {}): string {
  const template = typeof message === 'string' ? message : pluralForm(message, params.count)
  return template.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatCount(value) : value
  })
}

function pluralForm(message: Exclude<Message, string>, count: string | number | undefined): string {
  if (typeof count !== 'number') return message.other
  return message[rules(language().code).select(count)] ?? message.other
}

const cache = new Map<string, Intl.PluralRules>()
function rules(code: string): Intl.PluralRules {
  let r = cache.get(code)
  if (!r) cache.set(code, (r = new Intl.PluralRules(code)))
  return r
}

/** The placeholders a template uses, for the catalogue checks. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? '').sort()
}
