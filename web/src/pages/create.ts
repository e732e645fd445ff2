import {
  answerRequest,
  ApiError,
  createFanOutSecret,
  createSecret,
  createSplitSecret,
  generatePassphrase,
  getInstanceConfig,
  type CreatedFanOutSecret,
  type CreatedSecret,
  type CreatedSplitSecret,
  maxTextBytes,
  sendLimits,
  utf8Length,
} from '@hushlink/shared'
import {
  NOTIFY_EMAIL_MAX_LENGTH,
  NOTIFY_EMAIL_PATTERN,
  NOTIFY_LANGUAGES,
  INSTANCE_CONFIG_ELEMENT_ID,
  type ConfigResponse,
} from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatDuration } from '../i18n/format.ts'
import { language } from '../i18n/language.ts'
import { localize } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'
import { ttlChoices, viewChoices } from '../limits.ts'
import { warmArgon2 } from '../preload.ts'
import { button, field, h, option, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { show } from '../ui/page.ts'
import { progressPanel } from '../ui/progress.ts'
import { currentUser, showAccountNav, signInLink } from '../account/session.ts'
import { apiKeyPrompt } from './api-key.ts'
import { showCreated } from './created.ts'
import { showCreatedSplit } from './created-split.ts'
import { filePicker } from './file-picker.ts'
import { GATE_PASSPHRASE_WORDS, generatorPanel } from './generator.ts'
import { describe, REQUEST_CLOSED, showProblem } from './problem.ts'
import { splitOption } from './split-option.ts'
import { fanOutOption } from './fan-out-option.ts'
import { showCreatedLinks } from './created-links.ts'
import { REQUEST_PATH } from '../route.ts'

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
  let signedIn = false
  try {
    limits = await loadConfig()
    if (limits.sign_in === true) {
      void showAccountNav()
      signedIn = (await currentUser()) !== null
    }
  } catch (error) {
    showProblem(describe(error), () => void showCreate(true))
    return
  }
  renderForm(limits, signedIn, focus)
  performance.mark(CREATE_READY_MARK)
}

/** Answering a request: the requester's note is shown, and the answer is sealed to their key. */
export interface AnswerTarget {
  readonly requestLink: string
  readonly note: string
  readonly done: () => void
}

export function renderForm(
  limits: ConfigResponse,
  signedIn: boolean,
  focus: boolean,
  answer?: AnswerTarget,
): void {
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
  // An answer goes up as one JSON request: its files must fit the message limit.
  const allowed = sendLimits(
    answer
      ? { ...limits, max_file_bytes: limits.max_text_bytes, max_total_bytes: limits.max_text_bytes }
      : limits,
  )
  const files =
    allowed.files &&
    filePicker({ ...allowed, files: allowed.files }, () => utf8Length(secret.value))
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

  // Offered only where the server says it sends e-mail.
  const notify =
    limits.email_notifications === true
      ? h('input', {
          type: 'email',
          name: 'notify-email',
          autocomplete: 'email',
          maxlength: String(NOTIFY_EMAIL_MAX_LENGTH),
        })
      : null

  // A signed-in user needs no key; without sign-in, a key does instead.
  const needsKey = limits.create_requires_api_key === true || limits.create_requires_login === true
  // Answering needs no key, even on a private instance.
  const key = needsKey && !signedIn && !answer ? apiKeyPrompt() : null
  const signIn =
    limits.create_requires_login === true &&
    !signedIn &&
    !answer &&
    h('p', { class: 'notice' }, (m) => m.account.createSignIn, ' ', signInLink('/'))
  const split = splitOption()
  // An answer is sealed to one requester: one link per person makes no sense there.
  const fanOut = answer ? null : fanOutOption()
  const form = actionForm(
    (m) => (answer ? m.request.answerSubmit : m.create.submit),
    [
      signIn,
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
      split.element,
      fanOut?.element,
      notify &&
        field(
          (m) => m.create.notifyEmail,
          notify,
          (m) => m.create.notifyEmailHint,
        ),
    ],
    async (form) => {
      const text = secret.value
      if (text === '' && !files?.count)
        return form.fail((m) => (files ? m.files.empty : m.create.empty), secret)
      if (utf8Length(text) > limit) return form.fail(tooLong, secret)
      const fileProblem = files?.problem()
      if (files && fileProblem) return form.fail(fileProblem, files.input)
      const keyProblem =
        key &&
        (await form.busy(
          (m) => m.apiKey.checking,
          () => key.problem(),
        ))
      if (key && keyProblem) return form.fail(keyProblem, key.input)
      const names = fanOut?.problem()
      if (names) return form.fail(names.message, names.field)
      const recipients = fanOut?.recipients() ?? null
      if (recipients && split.policy()) return form.fail((m) => m.fanOut.notWithSplit)
      const email = notify?.value.trim() ?? ''
      if (notify && email !== '') {
        if (!new RegExp(NOTIFY_EMAIL_PATTERN).test(email))
          return form.fail((m) => m.create.notifyEmailInvalid, notify)
        if (files?.count) return form.fail((m) => m.create.notifyEmailFiles, notify)
      }
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
        const request = {
          server: location.origin,
          text,
          files: sources,
          ttl: Number(ttl.value),
          maxViews,
          passphrase: pass === '' ? null : pass,
          onProgress: transfer.update,
          ...(signal ? { signal } : {}),
          ...key?.option(),
        }
        if (answer) {
          await form.busy(
            (m) => (stretching ? m.create.stretching : m.create.encrypting),
            () => answerRequest({ ...request, requestLink: answer.requestLink }),
          )
          answer.done()
          return
        }
        const policy = split.policy()
        const notifying = email === '' ? {} : { notify: { email, language: notifyLanguage() } }
        const created = await form.busy<CreatedSecret | CreatedSplitSecret | CreatedFanOutSecret>(
          (m) => (stretching ? m.create.stretching : m.create.encrypting),
          () =>
            policy
              ? createSplitSecret({ ...request, ...notifying, split: policy })
              : recipients
                ? createFanOutSecret({ ...request, ...notifying, recipients })
                : createSecret({ ...request, ...notifying }),
        )
        await key?.keep()
        const shown = { maxViews, passphrase: pass !== '' }
        const again = (): void => void showCreate(true)
        if ('shareLinks' in created) showCreatedSplit(created, shown, again)
        else if ('links' in created) showCreatedLinks(created, shown, again)
        else showCreated(created, shown, again)
      } catch (failure) {
        if (files && signal?.aborted) return form.fail((m) => m.files.cancelled, files.input)
        if (answer && failure instanceof ApiError && failure.code === 'request_closed') {
          return showProblem(REQUEST_CLOSED)
        }
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
    (m) => (answer ? m.request.answerTitle : m.create.title),
    {
      focus,
      wipe: () => {
        secret.value = ''
        passphrase.value = ''
        if (notify) notify.value = ''
        files?.clear()
      },
    },
    answer
      ? h(
          'figure',
          { class: 'card note' },
          h('figcaption', { class: 'hint' }, (m) => m.request.noteCaption),
          // The note is decrypted text: textContent only.
          h('blockquote', { class: 'request-note' }, answer.note),
        )
      : h('p', { class: 'lead' }, (m) => m.create.intro),
    form.element,
    !answer &&
      h(
        'p',
        { class: 'hint' },
        h('a', { href: REQUEST_PATH }, (m) => m.request.askLink),
      ),
  )
  if (!focus) secret.focus()
}

/** The e-mail goes out in the page's language where the server writes it, else English. */
function notifyLanguage(): (typeof NOTIFY_LANGUAGES)[number] {
  const code = language().code
  return NOTIFY_LANGUAGES.find((l) => l === code) ?? 'en'
}
