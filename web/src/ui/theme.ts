import { button } from './dom.ts'
import { readPreference, writePreference } from './preferences.ts'

type Theme = 'light' | 'dark'
const STORAGE_KEY = 'hushlink.theme'
const THEMES: readonly Theme[] = ['light', 'dark']
const systemDark = (): MediaQueryList => matchMedia('(prefers-color-scheme: dark)')

/**
 * Light or dark follows the system until the visitor picks one with the
 * toggle; the pick is remembered. styles.css keys its colours on
 * `<html data-theme>` and on prefers-color-scheme.
 */
export function startTheme(): void {
  const chosen = readPreference(STORAGE_KEY, THEMES)
  if (chosen) document.documentElement.dataset.theme = chosen
}

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return systemDark().matches ? 'dark' : 'light'
}

/** A "Dark theme" toggle button (aria-pressed), kept in step with the system while nothing is chosen. */
export function themeToggle(label: Parameters<typeof button>[0]): HTMLButtonElement {
  const toggle = button(
    label,
    () => {
      const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark'
      document.documentElement.dataset.theme = next
      writePreference(STORAGE_KEY, next)
      sync()
    },
    { class: 'theme-toggle' },
  )
  const sync = (): void => toggle.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'))
  systemDark().addEventListener('change', sync)
  sync()
  return toggle
}
