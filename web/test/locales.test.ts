import { describe, expect, it } from 'vitest'
import { CODES, DEFAULT_LANGUAGE, LANGUAGE_NAMES, loadMessages } from '../src/i18n/catalog.ts'
import { fill, placeholders } from '../src/i18n/fill.ts'
import { loadLanguage, useLanguage } from '../src/i18n/language.ts'
import type { Message, Messages, Plural } from '../src/i18n/messages.ts'

const CATALOG = new Map<string, Messages>(
  await Promise.all(CODES.map(async (code) => [code, await loadMessages(code)] as const)),
)

type Leaf = [path: string, message: Message]

/** Every message of a catalogue with its dotted path. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [[path, node]]
  if (isPlural(node)) return [[path, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  )
}

function isPlural(node: unknown): node is Plural {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof (node as { other?: unknown }).other === 'string'
  )
}

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message)
}

/** The placeholders a message needs, besides the `{count}` that picks a plural form. */
function names(message: Message): string[] {
  return [...new Set(forms(message).flatMap(placeholders))].filter((n) => n !== 'count').sort()
}

const english = CATALOG.get(DEFAULT_LANGUAGE) as Messages
const reference = new Map(leaves(english))

describe('locale catalogues', () => {
  it('include the fifteen languages, each named in its own language in the switcher', () => {
    expect(CODES).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fr',
      'it',
      'ja',
      'ko',
      'nl',
      'pl',
      'pt-BR',
      'ru',
      'tr',
      'uk',
      'zh-CN',
    ])
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...CODES].sort())
  })

  for (const [code, messages] of CATALOG) {
    describe(code, () => {
      const own = leaves(messages)

      it('has exactly the keys of English, each plural where English has a plural', () => {
        expect(own.map(([path]) => path).sort()).toEqual([...reference.keys()].sort())
        for (const [path, message] of own) {
          expect(typeof message, path).toBe(typeof reference.get(path))
        }
      })

      it('has no empty message and no empty plural form', () => {
        for (const [path, message] of own) {
          for (const form of forms(message)) expect(form.trim(), path).not.toBe('')
        }
      })

      it('uses the same placeholders as English in every form', () => {
        for (const [path, message] of own) {
          const expected = names(reference.get(path) as Message)
          for (const form of forms(message)) {
            const used = placeholders(form).filter((n) => n !== 'count')
            expect([...new Set(used)].sort(), `${path}: ${form}`).toEqual(expected)
          }
        }
      })

      it('has every plural category the language needs, and no other', () => {
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories
        for (const [path, message] of own) {
          if (typeof message === 'string') continue
          expect(Object.keys(message).sort(), path).toEqual([...categories].sort())
        }
      })

      it('shows the number in every plural form that stands for more than one number', () => {
        const rules = new Intl.PluralRules(code)
        const covered = new Map<string, number>()
        for (let n = 0; n <= 1000; n++) {
          const c = rules.select(n)
          covered.set(c, (covered.get(c) ?? 0) + 1)
        }
        for (const [path, message] of own) {
          if (typeof message === 'string') continue
          for (const [category, form] of Object.entries(message)) {
            if ((covered.get(category) ?? 0) > 1)
              expect(form, `${path}.${category}`).toContain('{count}')
          }
        }
      })
    })
  }
})

describe('plural forms in use', () => {
  const views = (code: string, n: number): string => {
    useLanguage(languageFor(code))
    return fill(languageFor(code).messages.units.views, { count: n })
  }

  it('picks the right Russian and Ukrainian forms', () => {
    expect([1, 3, 5, 21].map((n) => views('ru', n))).toEqual([
      '1 просмотр',
      '3 просмотра',
      '5 просмотров',
      '21 просмотр',
    ])
    expect([1, 3, 5, 22].map((n) => views('uk', n))).toEqual([
      '1 перегляд',
      '3 перегляди',
      '5 переглядів',
      '22 перегляди',
    ])
    expect([1, 3].map((n) => views('en', n))).toEqual(['1 view', '3 views'])
  })
})
