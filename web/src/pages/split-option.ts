import { SPLIT_MAX, SPLIT_MIN, type SplitPolicy } from '@hushlink/shared'
import { checkboxSection } from '../ui/checkbox-section.ts'
import { field, h, option } from '../ui/dom.ts'

export interface SplitOption {
  readonly element: HTMLElement
  /** k of n when the option is on, else null. */
  policy(): SplitPolicy | null
}

const COUNTS = Array.from({ length: SPLIT_MAX - SPLIT_MIN + 1 }, (_, i) => SPLIT_MIN + i)

/**
 * "Split between people" on the create form (docs/protocol.md §7): a
 * checkbox, then how many links are needed of how many. The needed count
 * never exceeds the total: its larger choices are disabled.
 */
export function splitOption(): SplitOption {
  const needed = h(
    'select',
    { name: 'split-needed' },
    ...COUNTS.map((n) => option(n, String(n), n === 2)),
  )
  const total = h(
    'select',
    { name: 'split-total' },
    ...COUNTS.map((n) => option(n, String(n), n === 3)),
  )
  const { element, enabled } = checkboxSection({
    name: 'split',
    label: (m) => m.split.option,
    hint: (m) => m.split.optionHint,
    details: h(
      'div',
      { class: 'row' },
      field((m) => m.split.needed, needed),
      field((m) => m.split.total, total),
    ),
  })
  const fit = (): void => {
    const n = Number(total.value)
    for (const choice of needed.options) choice.disabled = Number(choice.value) > n
    if (Number(needed.value) > n) needed.value = String(n)
  }
  total.addEventListener('change', fit)
  return {
    element,
    policy: () =>
      enabled.checked ? { threshold: Number(needed.value), shares: Number(total.value) } : null,
  }
}
