import type { Pick } from '../i18n/messages.ts'
import { button, h } from './dom.ts'
import { announce } from './live.ts'

/**
 * A Copy button for a read-only field, named for what it copies. Copies only
 * on the user's click; when the clipboard API is refused, it selects the text
 * so the keyboard shortcut works.
 */
export function copyButton(
  source: HTMLInputElement | HTMLTextAreaElement,
  name: Pick,
): HTMLElement {
  const status = h('span', { class: 'copy-status' })
  let reset: ReturnType<typeof setTimeout> | undefined
  const copy = button(
    (m) => m.copy.copy,
    () => {
      clearTimeout(reset)
      navigator.clipboard.writeText(source.value).then(
        () => {
          status.replaceChildren(h('span', {}, (m) => m.copy.copied))
          announce((m) => m.copy.announce)
          reset = setTimeout(() => status.replaceChildren(), 4000)
        },
        () => {
          source.focus()
          source.select()
          status.replaceChildren(h('span', {}, (m) => m.copy.failed))
        },
      )
    },
    { 'aria-label': name },
  )
  return h('span', { class: 'copy' }, copy, status)
}
