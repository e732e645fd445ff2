import { createSecret, getInstanceConfig } from '@hushlink/shared'
import type { ConfigResponse } from '@hushlink/shared/api'
import { GATE_PASSPHRASE_WORDS, generatePassphrase } from '../generate/passphrase.ts'
import { maxTextBytes, ttlChoices, utf8Length, viewChoices } from '../limits.ts'
import { warmArgon2 } from '../preload.ts'
import { t } from '../strings.ts'
import { button, field, h, option, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { show } from '../ui/page.ts'
import { showCreated } from './created.ts'
import { generatorPanel } from './generator.ts'
import { describe, showProblem } from './problem.ts'

const c = t.create
let config: ConfigResponse | undefined

/** The create page: loads the instance limits once, then shows the form. */
export async function showCreate(focus = false): Promise<void> {
  try {
    config ??= await getInstanceConfig({ server: location.origin })
  } catch (error) {
    showProblem(describe(error), () => void showCreate(true))
    return
  }
  renderForm(config, focus)
}

function renderForm(limits: ConfigResponse, focus: boolean): void {
  const limit = maxTextBytes(limits.max_text_bytes)
  const secret = h('textarea', {
    ...SECRET_FIELD,
    rows: 8,
    name: 'secret',
    placeholder: c.secretPlaceholder,
  })
  const counter = h('span', { class: 'counter' })
  const updateCounter = (): void => {
    const bytes = utf8Length(secret.value)
    const over = bytes > limit
    counter.textContent = over
      ? c.tooLong(limit)
      : c.counter([...secret.value].length, bytes, limit)
    counter.classList.toggle('over', over)
    secret.setAttribute('aria-invalid', String(over))
  }
  secret.addEventListener('input', updateCounter)
  updateCounter()

  const ttl = h(
    'select',
    { name: 'ttl' },
    ...ttlChoices(limits).map((s) => option(s, t.ttlOption(s), s === limits.default_ttl)),
  )
  const views = h(
    'select',
    { name: 'views' },
    ...viewChoices(limits).map((n, i) => option(n, c.viewsOption(n), i === 0)),
  )

  const passphrase = h('input', { ...SECRET_FIELD, type: 'password', name: 'passphrase' })
  const toggle = button(c.showPassphrase, () => showPassphrase(passphrase.type === 'password'), {
    'aria-pressed': 'false',
    class: 'secondary',
  })
  const showPassphrase = (visible: boolean): void => {
    passphrase.type = visible ? 'text' : 'password'
    toggle.textContent = visible ? c.hidePassphrase : c.showPassphrase
    toggle.setAttribute('aria-pressed', String(visible))
  }
  // Argon2 lives in the larger libsodium build: fetch it as soon as it will be needed.
  passphrase.addEventListener('input', warmArgon2, { once: true })
  const suggest = button(
    c.generatePassphrase,
    () => {
      passphrase.value = generatePassphrase(GATE_PASSPHRASE_WORDS)
      showPassphrase(true)
      warmArgon2()
    },
    { class: 'secondary' },
  )

  const form = actionForm(
    c.submit,
    [
      field(c.secretLabel, secret, counter),
      generatorPanel((value) => {
        secret.value = value
        updateCounter()
      }),
      h('div', { class: 'row' }, field(c.expiry, ttl), field(c.views, views)),
      field(c.passphrase, passphrase, c.passphraseHint),
      h('p', { class: 'inline-actions' }, toggle, suggest),
    ],
    async (form) => {
      const text = secret.value
      const problem = text === '' ? c.empty : utf8Length(text) > limit ? c.tooLong(limit) : ''
      if (problem) return form.fail(problem, secret)
      const pass = passphrase.value
      const maxViews = Number(views.value)
      if (pass) warmArgon2()
      try {
        const created = await form.busy(pass ? c.stretching : c.encrypting, () =>
          createSecret({
            server: location.origin,
            text,
            ttl: Number(ttl.value),
            maxViews,
            passphrase: pass === '' ? null : pass,
          }),
        )
        showCreated(created, { maxViews, passphrase: pass !== '' }, () => void showCreate(true))
      } catch (failure) {
        const { title, body } = describe(failure)
        form.fail(`${title}. ${body}`)
      }
    },
  )

  show(
    c.title,
    {
      focus,
      wipe: () => {
        secret.value = ''
        passphrase.value = ''
      },
    },
    h('p', { class: 'lead' }, c.intro),
    form.element,
  )
  if (!focus) secret.focus()
}
