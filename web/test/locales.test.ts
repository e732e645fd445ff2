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

/** Messages a language rightly writes as English does, besides the brand: listed, so a forgotten one fails. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  de: ['create.passphrase', 'reveal.passphrase'],
  fr: ['create.secretLabel'],
  it: ['units.files.one', 'create.kindPassword', 'reveal.passphrase'],
}

describe('translation', () => {
  /** Every form of every message, by path (`units.files.one`). */
  const forms = (messages: Messages): Map<string, string> =>
    new Map(
      leaves(messages).flatMap(([path, message]) =>
        typeof message === 'string'
          ? [[path, message] as const]
          : Object.entries(message).map(
              ([category, form]) => [`${path}.${category}`, form] as const,
            ),
      ),
    )
  const englishForms = forms(english)

  for (const [code, messages] of CATALOG) {
    if (code === DEFAULT_LANGUAGE) continue
    it(`leaves no ${code} message in English but the brand and the listed ones`, () => {
      const same = [...forms(messages)]
        .filter(([path, form]) => englishForms.get(path) === form)
        // Only text with words in it: "{size}/s" and "{date} ({relative})" are the same everywhere.
        .filter(([, form]) => /[A-Za-z]{3,}/.test(form.replace(/\{\w+\}/g, '')))
        .map(([path]) => path)
      expect(same).toEqual(['app.name', ...(SAME_AS_ENGLISH[code] ?? [])])
    })
  }
})

describe('plural forms in use', () => {
  /** `units.views` for 0, 1, 2, 5, 21 and 1.5, numbers written the language's way. */
  async function views(code: string): Promise<string[]> {
    const lang = await loadLanguage(code)
    useLanguage(lang)
    try {
      return [0, 1, 2, 5, 21, 1.5].map((count) => fill(lang.messages.units.views, { count }))
    } finally {
      useLanguage(await loadLanguage(DEFAULT_LANGUAGE))
    }
  }

  // Each language's CLDR categories: what 0, 1, 2, 5, 21 and 1.5 must pick.
  const expected: Record<string, string[]> = {
    en: ['0 views', '1 view', '2 views', '5 views', '21 views', '1.5 views'],
    ru: [
      '0 просмотров',
      '1 просмотр',
      '2 просмотра',
      '5 просмотров',
      '21 просмотр',
      '1,5 просмотра',
    ],
    uk: [
      '0 переглядів',
      '1 перегляд',
      '2 перегляди',
      '5 переглядів',
      '21 перегляд',
      '1,5 перегляду',
    ],
    pl: [
      '0 wyświetleń',
      '1 wyświetlenie',
      '2 wyświetlenia',
      '5 wyświetleń',
      '21 wyświetleń',
      '1,5 wyświetlenia',
    ],
    ar: ['0 مشاهدة', 'مشاهدة واحدة', 'مشاهدتان', '5 مشاهدات', '21 مشاهدة', '1.5 مشاهدة'],
    // French and Portuguese count 0 and 1.5 as "one".
    fr: [
      '0 consultation',
      '1 consultation',
      '2 consultations',
      '5 consultations',
      '21 consultations',
      '1,5 consultation',
    ],
    'pt-BR': [
      '0 visualização',
      '1 visualização',
      '2 visualizações',
      '5 visualizações',
      '21 visualizações',
      '1,5 visualização',
    ],
    es: ['0 visitas', '1 visita', '2 visitas', '5 visitas', '21 visitas', '1,5 visitas'],
    it: ['0 aperture', '1 apertura', '2 aperture', '5 aperture', '21 aperture', '1,5 aperture'],
    de: ['0 Aufrufe', '1 Aufruf', '2 Aufrufe', '5 Aufrufe', '21 Aufrufe', '1,5 Aufrufe'],
    nl: [
      '0 weergaven',
      '1 weergave',
      '2 weergaven',
      '5 weergaven',
      '21 weergaven',
      '1,5 weergaven',
    ],
    tr: [
      '0 görüntüleme',
      '1 görüntüleme',
      '2 görüntüleme',
      '5 görüntüleme',
      '21 görüntüleme',
      '1,5 görüntüleme',
    ],
    ja: ['0 回表示', '1 回表示', '2 回表示', '5 回表示', '21 回表示', '1.5 回表示'],
    ko: ['0회 열람', '1회 열람', '2회 열람', '5회 열람', '21회 열람', '1.5회 열람'],
    'zh-CN': ['0 次查看', '1 次查看', '2 次查看', '5 次查看', '21 次查看', '1.5 次查看'],
  }

  it('covers every language', () => {
    expect(Object.keys(expected).sort()).toEqual([...CODES].sort())
  })

  for (const [code, forms] of Object.entries(expected)) {
    it(`picks the ${code} forms for 0, 1, 2, 5, 21 and 1.5`, async () => {
      expect(await views(code)).toEqual(forms)
    })
  }

  it('picks the Arabic few and many forms, and the Polish few form past 20', async () => {
    const lang = await loadLanguage('ar')
    useLanguage(lang)
    expect(
      [3, 10, 11, 99, 100, 102].map((count) => fill(lang.messages.units.files, { count })),
    ).toEqual(['3 ملفات', '10 ملفات', '11 ملفًا', '99 ملفًا', '100 ملف', '102 ملف'])
    const polish = await loadLanguage('pl')
    useLanguage(polish)
    expect([22, 25, 102].map((count) => fill(polish.messages.units.files, { count }))).toEqual([
      '22 pliki',
      '25 plików',
      '102 pliki',
    ])
    useLanguage(await loadLanguage(DEFAULT_LANGUAGE))
  })
})
