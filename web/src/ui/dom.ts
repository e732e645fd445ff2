/**
 * The only way pages build DOM: elements, attributes and text nodes. There is
 * no HTML parsing anywhere in the client, so no string can become markup.
 */
export type Child = Node | string | null | undefined | false
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (name.startsWith('on')) throw new Error('event handlers are attached with listeners')
    el.setAttribute(name, value === true ? '' : String(value))
  }
  el.append(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  )
  return el
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
} as const

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label)
  b.addEventListener('click', onClick)
  return b
}

export function option(value: string | number, label: string, selected = false): HTMLOptionElement {
  return h('option', { value, selected }, label)
}

/**
 * A labelled control with an optional hint (wired with `for` and
 * `aria-describedby`) and an optional action beside it, such as Copy.
 */
export function field(
  label: string,
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
