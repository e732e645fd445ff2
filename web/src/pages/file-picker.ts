import {
  checkSend,
  MAX_FILES,
  type FileLimits,
  type FileProblem,
  type FileSource,
  type SendCheck,
  type SendLimits,
} from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { formatBytes } from '../i18n/format.ts'
import type { Pick } from '../i18n/messages.ts'
import { fileInfo } from '../limits.ts'
import { button, h, uid } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'

export interface FilePicker {
  readonly element: HTMLFieldSetElement
  /** The control to focus when the files are at fault. */
  readonly input: HTMLInputElement
  readonly count: number
  /** Why these files (with the message) cannot be sent, for the form's error line; null when they can. */
  problem(): Pick | null
  /** The chosen files as the SDK reads them: streamed, never held whole in memory. */
  sources(): FileSource[]
  /** Lets files be dropped anywhere on `zone` (the form). */
  acceptDrops(zone: HTMLElement): void
  /** Re-checks the total after the message changed. */
  refresh(): void
  clear(): void
}

/**
 * The create page's files: a labelled, keyboard-reachable picker, drag and
 * drop, and the list of chosen files with their sizes and a Remove button
 * each. The server's limits are shown before anything is chosen, and a file
 * or a total over them is marked at once: it is never read or uploaded.
 */
export function filePicker(
  sendLimits: SendLimits & { readonly files: FileLimits },
  textBytes: () => number,
): FilePicker {
  const limits = sendLimits.files
  let files: File[] = []
  const check = (): SendCheck =>
    checkSend({ text: textBytes(), files: files.map(fileInfo) }, sendLimits)
  const hint = h('p', { class: 'hint', id: uid('hint') }, (m) =>
    fill(m.files.limits, {
      file: formatBytes(limits.maxFile),
      total: formatBytes(limits.maxTotal),
    }),
  )
  const input = h('input', {
    type: 'file',
    multiple: true,
    id: uid('files'),
    class: 'file-input',
    'aria-describedby': hint.id,
  })
  const list = h('ul', { class: 'file-list' })
  const summary = h('p', { class: 'hint', hidden: true })
  const totalError = h('p', { class: 'error' })
  const element = h(
    'fieldset',
    { class: 'files-field' },
    h('legend', {}, (m) => m.files.legend),
    input,
    h('label', { for: input.id, class: 'button' }, (m) => m.files.choose),
    hint,
    list,
    summary,
    totalError,
  )

  const render = (): void => {
    const checked = check()
    list.replaceChildren(...files.map((file, i) => fileRow(file, checked.files[i] ?? null, i)))
    const total = files.reduce((sum, f) => sum + f.size, 0)
    summary.hidden = files.length === 0
    summary.replaceChildren(
      h('span', {}, (m) =>
        fill(m.files.summary, {
          files: fill(m.units.files, { count: files.length }),
          size: formatBytes(total),
        }),
      ),
    )
    renderTotal(checked)
  }
  /** The total depends on the message too, so typing re-checks it (the rows stay as they are). */
  const renderTotal = (checked = check()): void => {
    const problem = totalProblem(checked, limits)
    totalError.replaceChildren(...(problem ? [h('span', {}, problem)] : []))
    input.setAttribute('aria-invalid', String(files.length > 0 && !checked.ok))
  }

  const fileRow = (file: File, problem: FileProblem | null, index: number): HTMLElement =>
    h(
      'li',
      { class: problem ? 'over' : undefined },
      h('span', { class: 'file-name' }, file.name),
      h('span', { class: 'file-size' }, () => formatBytes(file.size)),
      problem &&
        h('span', { class: 'error' }, (m) =>
          problem === 'size'
            ? fill(m.files.fileTooLarge, { limit: formatBytes(limits.maxFile) })
            : m.files.nameTooLong,
        ),
      button(
        (m) => m.files.remove,
        () => {
          files = files.filter((_, i) => i !== index)
          render()
          announce((m) => fill(m.files.removed, { name: file.name }))
          // The button is gone: keep the keyboard in the list, or go back to the picker.
          const next = list.querySelectorAll('button')[Math.min(index, files.length - 1)]
          ;(next ?? input).focus()
        },
        { class: 'secondary', 'aria-label': (m) => fill(m.files.removeNamed, { name: file.name }) },
      ),
    )

  const add = (chosen: FileList | null): void => {
    if (!chosen || chosen.length === 0) return
    files = [...files, ...Array.from(chosen)]
    render()
    announce((m) => fill(m.files.added, { files: fill(m.units.files, { count: chosen.length }) }))
  }

  input.addEventListener('change', () => {
    add(input.files)
    // Choosing the same file again must fire `change` again.
    input.value = ''
  })

  return {
    element,
    input,
    get count() {
      return files.length
    },
    problem() {
      const checked = check()
      if (checked.ok) return null
      return totalProblem(checked, limits) ?? ((m) => m.files.fixFiles)
    },
    sources: () => files.map((file) => ({ ...fileInfo(file), data: () => chunksOf(file) })),
    acceptDrops(zone) {
      const carriesFiles = (e: DragEvent): boolean =>
        e.dataTransfer?.types.includes('Files') === true
      zone.addEventListener('dragover', (e) => {
        if (!carriesFiles(e)) return
        e.preventDefault()
        zone.classList.add('dropping')
      })
      zone.addEventListener('dragleave', (e) => {
        if (!zone.contains(e.relatedTarget as Node | null)) zone.classList.remove('dropping')
      })
      zone.addEventListener('drop', (e) => {
        if (!carriesFiles(e)) return
        e.preventDefault()
        zone.classList.remove('dropping')
        add(e.dataTransfer?.files ?? null)
      })
    },
    refresh() {
      // Without files there is no total to check: typing stays as cheap as before.
      if (files.length > 0) renderTotal()
    },
    clear() {
      files = []
      render()
    },
  }
}

/** Only the problems about all files together; a single file's is shown on its row. */
function totalProblem(checked: SendCheck, limits: FileLimits): Pick | null {
  if (checked.tooMany) return (m) => fill(m.files.tooMany, { max: MAX_FILES })
  const over = checked.overLimit
  // Without files, only the message's own limit applies: the create page reports that.
  if (over !== null && checked.files.length > 0)
    return (m) =>
      fill(m.files.totalTooLarge, { size: formatBytes(over), limit: formatBytes(limits.maxTotal) })
  return null
}

/** A file's bytes as it reads them from disk (Safari's streams are not async-iterable). */
async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    // Stops reading the file when the upload ended early (cancelled or refused).
    await reader.cancel()
  }
}

/**
 * A file dropped beside the form would make the browser open it in place of
 * the page, losing what was typed (or a revealed secret): drops outside a
 * drop zone do nothing.
 */
export function ignoreStrayDrops(): void {
  for (const type of ['dragover', 'drop'] as const) {
    addEventListener(type, (e) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    })
  }
}
