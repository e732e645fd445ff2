import { generatePassphrase, passphraseBits, PASSPHRASE_WORDS } from '../generate/passphrase.ts'
import {
  CHARSETS,
  generatePassword,
  PASSWORD_LENGTH,
  passwordBits,
  type Charset,
} from '../generate/password.ts'
import { t } from '../strings.ts'
import { button, field, h, option, uid } from '../ui/dom.ts'

const c = t.create
const SET_LABELS: Record<Charset, string> = {
  lowercase: c.lowercase,
  uppercase: c.uppercase,
  digits: c.digits,
  symbols: c.symbols,
}

/**
 * "Generate" panel of the create page: a random password (length and character
 * sets adjustable) or a diceware passphrase, made in this browser and written
 * into the secret field through `fill`.
 */
export function generatorPanel(fill: (value: string) => void): HTMLDetailsElement {
  const kind = h(
    'select',
    {},
    option('password', c.kindPassword),
    option('words', c.kindPassphrase),
  )
  const length = numberInput(PASSWORD_LENGTH)
  const words = numberInput(PASSPHRASE_WORDS)
  const sets = (Object.keys(CHARSETS) as Charset[]).map((set) => {
    const box = h('input', { type: 'checkbox', id: uid('set'), value: set, checked: true })
    return { set, box, label: h('label', { class: 'check' }, box, ` ${SET_LABELS[set]}`) }
  })
  const passwordOptions = h(
    'div',
    { class: 'row' },
    field(c.length, length),
    h('fieldset', { class: 'sets' }, h('legend', {}, c.characters), ...sets.map((s) => s.label)),
  )
  const wordOptions = h('div', { class: 'row', hidden: true }, field(c.words, words))
  const status = h('p', { class: 'hint', role: 'status' })

  kind.addEventListener('change', () => {
    passwordOptions.hidden = kind.value !== 'password'
    wordOptions.hidden = kind.value === 'password'
  })

  const generate = (): void => {
    if (kind.value === 'words') {
      const count = clamp(words.valueAsNumber, PASSPHRASE_WORDS)
      fill(generatePassphrase(count))
      status.textContent = c.generated(passphraseBits(count))
      return
    }
    const chosen = sets.filter((s) => s.box.checked).map((s) => s.set)
    if (chosen.length === 0) {
      status.textContent = c.noCharset
      return
    }
    const options = { length: clamp(length.valueAsNumber, PASSWORD_LENGTH), sets: chosen }
    fill(generatePassword(options))
    status.textContent = c.generated(passwordBits(options))
  }

  return h(
    'details',
    { class: 'generator' },
    h('summary', {}, c.generator),
    field(c.generatorKind, kind),
    passwordOptions,
    wordOptions,
    h('p', {}, button(c.generate, generate)),
    status,
  )
}

function numberInput(range: { min: number; max: number; default: number }): HTMLInputElement {
  return h('input', {
    type: 'number',
    min: range.min,
    max: range.max,
    value: range.default,
    inputmode: 'numeric',
  })
}

function clamp(value: number, range: { min: number; max: number; default: number }): number {
  if (!Number.isFinite(value)) return range.default
  return Math.min(range.max, Math.max(range.min, Math.round(value)))
}
