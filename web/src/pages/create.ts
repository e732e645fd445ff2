import { createSecret, generatePassphrase, getInstanceConfig } from '@hushlink/shared'
import { INSTANCE_CONFIG_ELEMENT_ID, type ConfigResponse } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatDuration } from '../i18n/format.ts'
import { localize } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'
import { fileLimits, maxTextBytes, ttlChoices, utf8Length, viewChoices } from '../limits.ts'
import { warmArgon2 } from '../preload.ts'
import { button, field, h, option, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { show } from '../ui/page.ts'
import { progressPanel } from '../ui/progress.ts'
import { apiKeyPrompt } from './api-key.ts'
import { showCreated } from './created.ts'
import { filePicker } from './file-picker.ts'
import { GATE_PASSPHRASE_WORDS, generatorPanel } from './generator.ts'
import { describe, showProblem } from './problem.ts'

/** Set when the form can be used: tests/bench/web-budget.ts measures navigation → here. */
export const CREATE_READY_MARK = 'hushlink:create-ready'

let config: Promise<ConfigResponse> | undefined

/**
 * The instance limits, once: from the page itself when the server embedded them,
 * else from the API. main.ts calls it before anything else renders.
 */
export function loadConfig(): Promise<ConfigResponse> {
  config ??= embeddedConfig() ?? getInstanceConfig({ server: location.origin })
  // A failed load is tried again next time.
  config.catch(() => (config = undefined))
  return config
}

/** The limits the server put in the page (its JSON data block), or null without them. */
function embeddedConfig(): Promise<ConfigResponse> | null {
  const json = document.getElementById(INSTANCE_CONFIG_ELEMENT_ID)?.textContent
  if (!json) return null
  try {
    return Promise.resolve(JSON.parse(json) as ConfigResponse)
  } catch {
    return null
  }
}

/** The create page: loads the instance limits once, then shows the form. */
export async function showCreate(focus = false): Promise<void> {
  let limits: ConfigResponse
  try {
    limits = await loadConfig()
  } catch (error) {
    showProblem(describe(error), () => void showCreate(true))
    return
  }
  renderForm(limits, focus)
  performance.mark(CREATE_READY_MARK)
}

function renderForm(limits: ConfigResponse, focus: boolean): void {
  const limit = maxTextBytes(limits.max_text_bytes)
  const secret = h('textarea', {
    ...SECRET_FIELD,
    rows: 8,
    name: 'secret',
    placeholder: (m) => m.create.secretPlaceholder,
  })
  const tooLong: Pick = (m) => fill(m.create.tooLong, { limit: formatBytes(limit) })
  const counter = h('span', { class: 'counter' }, (m) =>
    utf8Length(secret.value) > limit
      ? tooLong(m)
      : fill(m.create.counter, {
          characters: fill(m.units.characters, { count: [...secret.value].length }),
          size: formatBytes(utf8Length(secret.value)),
          limit: formatBytes(limit),
        }),
  )
  const fileLimit = fileLimits(limits)
  const files = fileLimit && filePicker(fileLimit, () => utf8Length(secret.value))
  const transfer = progressPanel(['encrypting', 'uploading'])
  const updateCounter = (): void => {
    const over = utf8Length(secret.value) > limit
    localize(counter)
    counter.classList.toggle('over', over)
    secret.setAttribute('aria-invalid', String(over))
    files?.refresh()
  }
  secret.addEventListener('input', updateCounter)
  updateCounter()

  const ttl = h(
    'select',
    { name: 'ttl' },
    ...ttlChoices(limits).map((s) => option(s, () => formatDuration(s), s === limits.default_ttl)),
  )
  const views = h(
    'select',
    { name: 'views' },
    ...viewChoices(limits).map((n, i) =>
      option(n, (m) => fill(m.units.views, { count: n }), i === 0),
    ),
  )

  const passphrase = h('input', { ...SECRET_FIELD, type: 'password', name: 'passphrase' })
  const toggle = button(
    (m) => m.create.showPassphrase,
    () => showPassphrase(passphrase.type === 'password'),
    { 'aria-pressed': 'false', class: 'secondary' },
  )
  const showPassphrase = (visible: boolean): void => {
    passphrase.type = visible ? 'text' : 'password'
    toggle.setAttribute('aria-pressed', String(visible))
  }
  // Argon2 lives in the larger libsodium build: fetch it as soon as it will be needed.
  passphrase.addEventListener('input', warmArgon2, { once: true })
  const suggest = button(
    (m) => m.create.generatePassphrase,
    () => {
      passphrase.value = generatePassphrase(GATE_PASSPHRASE_WORDS)
      showPassphrase(true)
      warmArgon2()
    },
    { class: 'secondary' },
  )

  const key = limits.create_requires_api_key === true ? apiKeyPrompt() : null
  const form = actionForm(
    (m) => m.create.submit,
    [
      key?.element,
      field((m) => m.create.secretLabel, secret, counter),
      generatorPanel((value) => {
        secret.value = value
        updateCounter()
      }),
      files?.element,
      h(
        'div',
        { class: 'row' },
        field((m) => m.create.expiry, ttl),
        field((m) => m.create.views, views),
      ),
      field(
        (m) => m.create.passphrase,
        passphrase,
        (m) => m.create.passphraseHint,
      ),
      h('p', { class: 'inline-actions' }, toggle, suggest),
    ],
    async (form) => {
      const text = secret.value
      if (text === '' && !files?.count)
        return form.fail((m) => (files ? m.files.empty : m.create.empty), secret)
      if (utf8Length(text) > limit) return form.fail(tooLong, secret)
      const fileProblem = files?.problem()
      if (files && fileProblem) return form.fail(fileProblem, files.input)
      const keyProblem = key?.problem()
      if (key && keyProblem) return form.fail(keyProblem, key.input)
      const pass = passphrase.value
      const maxViews = Number(views.value)
      if (pass) warmArgon2()
      const sources = files?.sources() ?? []
      // Argon2 runs before the first byte is encrypted: from then on the busy line says so.
      let stretching = pass !== ''
      // Only files take long enough to watch, and to cancel.
      const signal =
        sources.length > 0
          ? transfer.start(() => {
              stretching = false
              localize(form.element)
            })
          : undefined
      if (files) files.element.disabled = true
      try {
        const created = await form.busy(
          (m) => (stretching ? m.create.stretching : m.create.encrypting),
          () =>
            createSecret({
              server: location.origin,
              text,
              files: sources,
              ttl: Number(ttl.value),
              maxViews,
              passphrase: pass === '' ? null : pass,
              onProgress: transfer.update,
              ...(signal ? { signal } : {}),
              ...key?.option(),
            }),
        )
        key?.keep()
        showCreated(created, { maxViews, passphrase: pass !== '' }, () => void showCreate(true))
      } catch (failure) {
        if (files && signal?.aborted) return form.fail((m) => m.files.cancelled, files.input)
        const { title, body } = describe(failure)
        form.fail((m) => `${title(m)}. ${body(m)}`, key?.refused(failure))
      } finally {
        transfer.stop()
        if (files) files.element.disabled = false
      }
    },
  )
  files?.acceptDrops(form.element)
  form.element.append(transfer.element)

  show(
    (m) => m.create.title,
    {
      focus,
      wipe: () => {
        secret.value = ''
        passphrase.value = ''
        files?.clear()
      },
    },
    h('p', { class: 'lead' }, (m) => m.create.intro),
    form.element,
  )
  if (!focus) secret.focus()
}
