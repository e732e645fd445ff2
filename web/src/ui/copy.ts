import { t } from '../strings.ts'
import { button, h } from './dom.ts'
import { announce } from './live.ts'

/**
 * A Copy button for a read-only field. Copies only on the user's click; when the
 * clipboard API is refused, it selects the text so the keyboard shortcut works.
 */
export function copyButton(source: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  const status = h('span', { class: 'copy-status' })
  let reset: ReturnType<typeof setTimeout> | undefined
  const copy = button(t.copy.copy, () => {
    clearTimeout(reset)
    navigator.clipboard.writeText(source.value).then(
      () => {
        status.textContent = t.copy.copied
        announce(t.copy.announce)
        reset = setTimeout(() => (status.textContent = ''), 4000)
      },
      () => {
        source.focus()
        source.select()
        status.textContent = t.copy.failed
      },
    )
  })
  return h('span', { class: 'copy' }, copy, status)
}
