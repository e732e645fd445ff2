import type { Pick } from '../i18n/messages.ts'
import { h, uid } from './dom.ts'

/**
 * An option of the create form: a checkbox with its label and hint, and the
 * `details` shown only while it is checked (hidden until wanted, so its
 * fields are no keyboard stops for those who do not use it).
 */
export function checkboxSection(options: {
  /** The checkbox's name; the section's class is `<name>-option`. */
  readonly name: string
  readonly label: Pick
  readonly hint: Pick
  readonly details: HTMLElement
  /** Runs when the box is checked, e.g. to move the focus into the details. */
  readonly onCheck?: () => void
}): { readonly element: HTMLElement; readonly enabled: HTMLInputElement } {
  const { name, label, hint, details, onCheck } = options
  const enabled = h('input', { type: 'checkbox', name })
  details.hidden = true
  enabled.addEventListener('change', () => {
    details.hidden = !enabled.checked
    if (enabled.checked) onCheck?.()
  })
  const hinted = h('p', { class: 'hint', id: uid('hint') }, hint)
  enabled.setAttribute('aria-describedby', hinted.id)
  const element = h(
    'div',
    { class: `field ${name}-option` },
    h('label', { class: 'check' }, enabled, ' ', label),
    hinted,
    details,
  )
  return { element, enabled }
}
