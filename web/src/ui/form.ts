import type { Pick } from '../i18n/messages.ts'
import { h, nextPaint, nodes, type Child } from './dom.ts'

export interface ActionForm {
  readonly element: HTMLFormElement
  /** The primary button: a page may hold it disabled until the action is possible (a time lock). */
  readonly submit: HTMLButtonElement
  /** Shows why the action cannot go on (read out by screen readers) and focuses the field at fault. */
  fail(message: Pick, field?: HTMLInputElement | HTMLTextAreaElement): void
  /**
   * Disables the button and shows progress while `task` runs. The message is
   * painted first, because Argon2 then blocks the main thread.
   */
  busy<T>(message: Pick, task: () => Promise<T>): Promise<T>
}

/**
 * A form with one primary action, an error line and a progress line. It never
 * really submits: the CSP's form-action 'none' would refuse it anyway.
 */
export function actionForm(
  submitLabel: Pick,
  fields: readonly Child[],
  onSubmit: (form: ActionForm) => Promise<void>,
): ActionForm {
  const submit = h('button', { type: 'submit', class: 'primary' }, submitLabel)
  const error = h('p', { class: 'error', role: 'alert' })
  const progress = h('p', { class: 'progress', role: 'status' })
  const element = h(
    'form',
    { novalidate: true },
    ...fields,
    error,
    h('p', { class: 'actions' }, submit),
    progress,
  )
  const setBusy = (message: Pick | null): void => {
    submit.disabled = message !== null
    element.setAttribute('aria-busy', String(message !== null))
    progress.replaceChildren(...nodes([message]))
    progress.classList.toggle('working', message !== null)
  }
  const form: ActionForm = {
    element,
    submit,
    fail(message, field) {
      error.replaceChildren(...nodes([message]))
      field?.select()
      field?.focus()
    },
    async busy(message, task) {
      setBusy(message)
      await nextPaint()
      try {
        return await task()
      } finally {
        setBusy(null)
      }
    },
  }
  element.addEventListener('submit', (event) => {
    event.preventDefault()
    if (submit.disabled) return
    error.replaceChildren()
    void onSubmit(form)
  })
  return form
}
