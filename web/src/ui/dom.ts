import { localizedAttribute, tx } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'

/**
 * The only way pages build DOM: elements, attributes and text nodes. There is
 * no HTML parsing anywhere in the client, so no string can become markup.
 * A function in place of a text or an attribute value is a message pick: it
 * follows the language switcher (see i18n/live.ts).
 */
export type Child = Node | string | Pick | null | undefined | false
export type Attrs = Readonly<Record<string, string | number | boolean | Pick | undefined>>

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  setAttributes(el, attrs)
  el.append(...nodes(children))
  return el
}

export function setAttributes(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (name.startsWith('on')) throw new Error('event handlers are attached with listeners')
    if (typeof value === 'function') localizedAttribute(el, name, value)
    else el.setAttribute(name, value === true ? '' : String(value))
  }
}

/** Children as nodes: picks become live text, empty values are dropped. */
export function nodes(children: readonly Child[]): (Node | string)[] {
  const out: (Node | string)[] = []
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    out.push(typeof c === 'function' ? tx(c) : c)
  }
  return out
}

let counter = 0
/** A document-unique id, to tie labels and descriptions to controls. */
export function uid(prefix: string): string {
  return `${prefix}-${++counter}`
}

/** Attributes every field that may hold a secret carries, so nothing leaves through spellcheck or autofill. */
export const SECRET_FIELD = {
  spellcheck: 'false',
  autocomplete: 'off',
  autocorrect: 'off',
  autocapitalize: 'off',
  // Links and most secrets read left to right even in a right-to-left page.
  dir: 'auto',
} as const

export function button(label: Child, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label)
  b.addEventListener('click', onClick)
  return b
}

export function option(value: string | number, label: Child, selected = false): HTMLOptionElement {
  return h('option', { value, selected }, label)
}

/**
 * A labelled control with an optional hint (wired with `for` and
 * `aria-describedby`) and an optional action beside it, such as Copy.
 */
export function field(
  label: Child,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  hint?: Child,
  action?: Child,
): HTMLDivElement {
  control.id ||= uid('field')
  const wrap = h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    action ? h('div', { class: 'with-action' }, control, action) : control,
  )
  if (hint) {
    const hintEl = h('p', { class: 'hint', id: uid('hint') }, hint)
    control.setAttribute('aria-describedby', hintEl.id)
    wrap.append(hintEl)
  }
  return wrap
}

/** Waits until the browser has painted, so a progress message shows before blocking work (Argon2). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
