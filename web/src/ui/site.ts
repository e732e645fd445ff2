import { switchLanguage } from '../i18n/apply.ts'
import { CODES, LANGUAGE_NAMES } from '../i18n/catalog.ts'
import { language } from '../i18n/language.ts'
import { aboutLink } from '../navigation.ts'
import { h, option, uid } from './dom.ts'
import { themeToggle } from './theme.ts'

/** What surrounds every view: the language switcher and theme toggle in the header, the footer. */
export function renderSite(): void {
  const header = document.querySelector('header.site')
  const footer = document.querySelector('footer.site')
  header?.append(preferences())
  footer?.replaceChildren(h('p', {}, (m) => m.app.footer, ' ', aboutLink()))
}

function preferences(): HTMLElement {
  const languages = h(
    'select',
    { id: uid('language'), name: 'language' },
    // Each language under its own name, marked up so screen readers pronounce it right.
    ...CODES.map((code) => {
      const item = option(code, LANGUAGE_NAMES[code] ?? code, code === language().code)
      item.lang = code
      return item
    }),
  )
  languages.addEventListener('change', () => void switchLanguage(languages.value))
  return h(
    'div',
    { class: 'preferences' },
    h('label', { for: languages.id, class: 'visually-hidden' }, (m) => m.app.language),
    languages,
    themeToggle((m) => m.app.darkTheme),
  )
}
