import type { NotYetError } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { formatIn, formatMoment } from '../i18n/format.ts'
import { localize } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'
import { checkboxSection } from '../ui/checkbox-section.ts'
import { field, h } from '../ui/dom.ts'

/**
 * Time-locked secrets in the web page (docs/protocol.md §9): the "Opens at"
 * option of the create form and the countdown of the reveal page.
 */

export interface OpeningOption {
  readonly element: HTMLElement
  readonly input: HTMLInputElement
  /** The chosen opening (none when empty), or why it cannot be used with this lifetime. */
  opening(ttlSeconds: number, now?: number): { readonly at?: Date } | { readonly problem: Pick }
}

/**
 * A checkbox, then a `datetime-local` input in the creator's own time zone,
 * turned into an absolute moment here. Hidden until wanted: the input is many
 * keyboard stops (one per date and time part).
 */
export function openingOption(): OpeningOption {
  const input = h('input', { type: 'datetime-local', name: 'opens-at', step: '1' })
  const { element, enabled } = checkboxSection({
    name: 'time-lock',
    label: (m) => m.timeLock.optionLabel,
    hint: (m) => m.timeLock.optionHint,
    details: h(
      'div',
      {},
      field((m) => m.timeLock.openingLabel, input),
    ),
    onCheck: () => input.focus(),
  })
  return {
    element,
    input,
    opening(ttlSeconds, now = Date.now()) {
      if (!enabled.checked || input.value === '') return {}
      // A datetime-local value without an offset parses as local time.
      const at = new Date(input.value)
      if (!Number.isFinite(at.getTime())) return { problem: (m) => m.timeLock.invalidBody }
      if (at.getTime() <= now) return { problem: (m) => m.timeLock.inPast }
      if (at.getTime() >= now + ttlSeconds * 1000) return { problem: (m) => m.timeLock.afterExpiry }
      return { at }
    },
  }
}

export interface Countdown {
  readonly element: HTMLElement
  /** Whether the opening has come, by this browser's clock corrected by the server's. */
  isOpen(): boolean
  /** After a `not_yet`: the server's clock is the truth; the countdown follows it from now on. */
  resync(refusal: NotYetError): void
}

/**
 * "Time-locked: it can be opened from <date>. Opens in 5 seconds.", in the viewer's language and time zone,
 * ticking until the moment; then `onOpen`. Stops by itself once the page
 * moved on (its element left the document).
 */
export function countdown(opensAtIso: string, onOpen: () => void): Countdown {
  let opensAt = Date.parse(opensAtIso)
  // Server time minus this browser's time, learnt from a not_yet answer.
  let skew = 0
  const now = (): number => Date.now() + skew
  const left: Pick = (m) => {
    const seconds = Math.ceil((opensAt - now()) / 1000)
    return seconds > 0
      ? fill(m.timeLock.opensIn, { relative: formatIn(seconds) })
      : m.timeLock.openNow
  }
  const status = h('span', { role: 'timer', 'aria-live': 'off' }, left)
  const element = h(
    'p',
    { class: 'notice time-lock', 'data-opens-at': opensAtIso },
    (m) => fill(m.timeLock.lockedLead, { date: formatMoment(new Date(opensAt).toISOString()) }),
    ' ',
    status,
  )
  let opened = false
  let timer: ReturnType<typeof setInterval> | undefined
  const tick = (): void => {
    if (timer !== undefined && !element.isConnected) return stop()
    localize(element)
    if (!opened && now() >= opensAt) {
      opened = true
      // Nothing left to count until a not_yet says otherwise (resync starts it again).
      stop()
      onOpen()
    }
  }
  const stop = (): void => {
    clearInterval(timer)
    timer = undefined
  }
  const start = (): void => {
    stop()
    timer = setInterval(tick, 250)
  }
  start()
  return {
    element,
    isOpen: () => now() >= opensAt,
    resync(refusal) {
      skew = refusal.serverTime.getTime() - Date.now()
      opensAt = refusal.opensAt.getTime()
      opened = false
      localize(element)
      start()
    },
  }
}
