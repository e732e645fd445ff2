import type { Progress } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatPercent } from '../i18n/format.ts'
import { localize } from '../i18n/live.ts'
import type { Messages } from '../i18n/messages.ts'
import { button, h, nodes, uid } from './dom.ts'
import { announce } from './live.ts'

export type Phase = Progress['phase']

/** Redraws at most this often: live enough to watch, cheap next to the crypto it reports on. */
const REDRAW_MS = 100
/** Speed is shown once a phase has run this long; before that it would be noise. */
const SPEED_AFTER_MS = 250
/** Screen readers hear these shares of the last phase, not every redraw. */
const MILESTONES = [0.25, 0.5, 0.75] as const

export interface ProgressPanel {
  readonly element: HTMLElement
  /**
   * Shows the bars at zero with a Cancel button; pressing it aborts the
   * returned signal. `onMoving` runs at the first progress, when the slow
   * start (Argon2) is over.
   */
  start(onMoving?: () => void): AbortSignal
  readonly update: (progress: Progress) => void
  /** Hides the panel: the task finished, failed or was cancelled. */
  stop(): void
}

interface Row {
  readonly phase: Phase
  readonly element: HTMLElement
  readonly bar: HTMLProgressElement
  readonly numbers: HTMLElement
  done: number
  total: number
  /** When and at how many bytes the phase began, for its speed. */
  since: { at: number; done: number } | null
  speed: number | null
  drawn: number
}

/**
 * One `<progress>` per phase (encrypting and uploading, or downloading and
 * decrypting: they run interleaved, chunk by chunk) with percent, bytes and
 * speed, and a Cancel button. Numbers are plain text; the polite live region
 * hears the last phase at each quarter, so a screen reader is not flooded.
 */
export function progressPanel(phases: readonly Phase[]): ProgressPanel {
  const rows = phases.map(makeRow)
  let controller: AbortController | null = null
  let moving: (() => void) | undefined
  let heard = 0
  const cancel = button(
    (m) => m.progress.cancel,
    () => {
      cancel.disabled = true
      controller?.abort()
    },
    { class: 'secondary' },
  )
  const element = h(
    'div',
    { class: 'transfer', hidden: true },
    ...rows.map((r) => r.element),
    h('p', { class: 'actions' }, cancel),
  )
  const last = rows[rows.length - 1]

  return {
    element,
    start(onMoving) {
      moving = onMoving
      for (const row of rows) reset(row)
      heard = 0
      cancel.disabled = false
      element.hidden = false
      controller = new AbortController()
      return controller.signal
    },
    update: (progress) => {
      const row = rows.find((r) => r.phase === progress.phase)
      if (!row) return
      moving?.()
      moving = undefined
      const now = performance.now()
      row.since ??= { at: now, done: progress.done }
      row.done = progress.done
      row.total = progress.total
      const elapsed = now - row.since.at
      if (elapsed >= SPEED_AFTER_MS) row.speed = ((row.done - row.since.done) * 1000) / elapsed
      if (now - row.drawn >= REDRAW_MS || row.done >= row.total) draw(row, now)
      const reached = row === last ? MILESTONES.filter((m) => m <= share(row)) : []
      if (reached.length > heard) {
        heard = reached.length
        const percent = formatPercent(reached[reached.length - 1] ?? 0)
        announce((m) => fill(m.progress.announce, { phase: phaseName(m, row.phase), percent }))
      }
    },
    stop() {
      element.hidden = true
      controller = null
    },
  }
}

function makeRow(phase: Phase): Row {
  const name = h('span', { id: uid('phase'), class: 'phase-name' }, (m) => phaseName(m, phase))
  const bar = h('progress', { max: 1, value: 0, 'aria-labelledby': name.id })
  const row: Row = {
    phase,
    bar,
    element: h('div', { class: 'phase', 'data-phase': phase }),
    numbers: h('span', { class: 'phase-numbers' }),
    done: 0,
    total: 0,
    since: null,
    speed: null,
    drawn: 0,
  }
  row.numbers.append(...nodes([(m) => numbers(m, row)]))
  row.element.append(h('div', { class: 'phase-head' }, name, row.numbers), bar)
  return row
}

function reset(row: Row): void {
  row.done = 0
  row.total = 0
  row.since = null
  row.speed = null
  draw(row, 0)
}

function draw(row: Row, now: number): void {
  row.drawn = now
  row.bar.max = Math.max(row.total, 1)
  row.bar.value = row.done
  localize(row.numbers)
}

function numbers(m: Messages, row: Row): string {
  // Nothing to say before the phase has begun.
  if (row.since === null) return ''
  const amounts = fill(m.progress.numbers, {
    percent: formatPercent(share(row)),
    done: formatBytes(row.done),
    total: formatBytes(row.total),
  })
  if (row.speed === null) return amounts
  return `${amounts} · ${fill(m.progress.speed, { size: formatBytes(row.speed) })}`
}

/** Rounded down, so 100 % means done. */
function share(row: Row): number {
  return row.total > 0 ? Math.floor((row.done / row.total) * 100) / 100 : 0
}

function phaseName(m: Messages, phase: Phase): string {
  return m.progress[phase]
}
