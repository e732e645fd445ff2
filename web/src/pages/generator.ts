import {
  CHARACTER_SETS,
  generatePassphrase,
  generatePassword,
  passphraseBits,
  passwordBits,
  type CharacterSet,
} from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import type { Pick } from '../i18n/messages.ts'
import { button, field, h, option, uid } from '../ui/dom.ts'

/** What the form offers; the generators themselves live in @hushlink/shared, shared with the CLI. */
const PASSWORD_LENGTH = { min: 8, max: 128, default: 24 } as const
const PASSPHRASE_WORDS = { min: 4, max: 12, default: 6 } as const
/** Enough for a passphrase that guards a secret behind Argon2 and a 5-attempt budget. */
export const GATE_PASSPHRASE_WORDS = 5

const SET_LABELS: Record<CharacterSet, Pick> = {
  lowercase: (m) => m.create.lowercase,
  uppercase: (m) => m.create.uppercase,
  digits: (m) => m.create.digits,
  symbols: (m) => m.create.symbols,
}

/**
 * "Generate" panel of the create page: a random password (length and character
 * sets adjustable) or a diceware passphrase, made in this browser and written
 * into the secret field through `put`.
 */
export function generatorPanel(put: (value: string) => void): HTMLDetailsElement {
  const kind = h(
    'select',
    {},
    option('password', (m) => m.create.kindPassword),
    option('words', (m) => m.create.kindPassphrase),
  )
  const length = numberInput(PASSWORD_LENGTH)
  const words = numberInput(PASSPHRASE_WORDS)
  const sets = (Object.keys(CHARACTER_SETS) as CharacterSet[]).map((set) => {
    const box = h('input', { type: 'checkbox', id: uid('set'), value: set, checked: true })
    return { set, box, label: h('label', { class: 'check' }, box, ' ', SET_LABELS[set]) }
  })
  const passwordOptions = h(
    'div',
    { class: 'row' },
    field((m) => m.create.length, length),
    h(
      'fieldset',
      { class: 'sets' },
      h('legend', {}, (m) => m.create.characters),
      ...sets.map((s) => s.label),
    ),
  )
  const wordOptions = h(
    'div',
    { class: 'row', hidden: true },
    field((m) => m.create.words, words),
  )
  const status = h('p', { class: 'hint', role: 'status' })
  const report = (message: Pick): void => status.replaceChildren(h('span', {}, message))

  kind.addEventListener('change', () => {
    passwordOptions.hidden = kind.value !== 'password'
    wordOptions.hidden = kind.value === 'password'
  })

  const generate = (): void => {
    if (kind.value === 'words') {
      const count = clamp(words.valueAsNumber, PASSPHRASE_WORDS)
      put(generatePassphrase(count))
      report((m) => fill(m.create.generated, { bits: Math.floor(passphraseBits(count)) }))
      return
    }
    const chosen = sets.filter((s) => s.box.checked).map((s) => s.set)
    if (chosen.length === 0) {
      report((m) => m.create.noCharset)
      return
    }
    const options = { length: clamp(length.valueAsNumber, PASSWORD_LENGTH), sets: chosen }
    put(generatePassword(options.length, options.sets))
    report((m) =>
      fill(m.create.generated, { bits: Math.floor(passwordBits(options.length, options.sets)) }),
    )
  }

  return h(
    'details',
    { class: 'generator' },
    h('summary', {}, (m) => m.create.generator),
    field((m) => m.create.generatorKind, kind),
    passwordOptions,
    wordOptions,
    h(
      'p',
      {},
      button((m) => m.create.generate, generate),
    ),
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
