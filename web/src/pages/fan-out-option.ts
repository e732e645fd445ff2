import { FAN_OUT_MAX, FAN_OUT_MIN, isLabel } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { localizedAttribute } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'
import { checkboxSection } from '../ui/checkbox-section.ts'
import { button, h, SECRET_FIELD } from '../ui/dom.ts'

export interface FanOutOption {
  readonly element: HTMLElement
  /** One label a link (null: none) when the option is on, else null. */
  recipients(): (string | null)[] | null
  /** Why the names cannot be sent, and the field at fault; null when they can. */
  problem(): { readonly message: Pick; readonly field: HTMLInputElement } | null
}

/**
 * "One link per person" on the create form (docs/protocol.md §10): a
 * checkbox, then one row a person with an optional name, 2 to 50 rows.
 * Names are sealed for the receipt before anything is sent.
 */
export function fanOutOption(): FanOutOption {
  const rows = h('ol', { class: 'fan-out-rows' })
  const people: { readonly input: HTMLInputElement; readonly remove: HTMLButtonElement }[] = []
  const add = button(
    (m) => m.fanOut.addPerson,
    () => addRow(true),
    { class: 'secondary' },
  )
  // Names and Remove buttons say which person they are; removing one renumbers the rest.
  const renumber = (): void => {
    people.forEach(({ input, remove }, i) => {
      localizedAttribute(input, 'aria-label', (m) => fill(m.fanOut.person, { index: i + 1 }))
      localizedAttribute(remove, 'aria-label', (m) => fill(m.fanOut.removePerson, { index: i + 1 }))
      remove.disabled = people.length <= FAN_OUT_MIN
    })
    add.disabled = people.length >= FAN_OUT_MAX
  }
  const addRow = (focus: boolean): void => {
    const input = h('input', {
      ...SECRET_FIELD,
      type: 'text',
      name: 'fan-out-label',
      placeholder: (m) => m.fanOut.labelPlaceholder,
    })
    const person = {
      input,
      remove: button(
        (m) => m.fanOut.remove,
        () => {
          people.splice(people.indexOf(person), 1)
          row.remove()
          renumber()
        },
        { class: 'secondary' },
      ),
    }
    const row = h('li', {}, input, ' ', person.remove)
    people.push(person)
    rows.append(row)
    renumber()
    if (focus) input.focus()
  }
  for (let i = 0; i < FAN_OUT_MIN; i++) addRow(false)
  const { element, enabled } = checkboxSection({
    name: 'fan-out',
    label: (m) => m.fanOut.option,
    hint: (m) => m.fanOut.optionHint,
    details: h('div', { class: 'fan-out-details' }, rows, h('p', {}, add)),
  })
  return {
    element,
    recipients: () =>
      enabled.checked ? people.map(({ input }) => input.value.trim() || null) : null,
    problem() {
      if (!enabled.checked) return null
      const index = people.findIndex(({ input }) => {
        const name = input.value.trim()
        return name !== '' && !isLabel(name)
      })
      const at = people[index]
      if (!at) return null
      return { message: (m) => fill(m.fanOut.nameTooLong, { index: index + 1 }), field: at.input }
    },
  }
}
