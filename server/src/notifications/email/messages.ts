import { NOTIFY_LANGUAGES, type NotifyLanguage } from '@hushlink/shared/api'
import type { NotificationEventType } from '../events.js'

/** Languages the message is written in; the creator's, or English. */
export const EMAIL_LANGUAGES = NOTIFY_LANGUAGES
export type EmailLanguage = NotifyLanguage

export function emailLanguage(tag: string): EmailLanguage {
  const base = tag.toLowerCase().split('-')[0]
  return EMAIL_LANGUAGES.find((l) => l === base) ?? 'en'
}

export interface EmailMessage {
  readonly subject: string
  readonly text: string
}

interface Texts {
  readonly subject: string
  readonly opened: (when: string) => string
  readonly footer: string
}

const TEXTS: Record<EmailLanguage, Texts> = {
  en: {
    subject: 'Your secret was opened',
    opened: (when) => `A secret you shared with Hushlink was opened on ${when} (UTC).`,
    footer:
      'You asked to be told when it is opened. Your address has now been deleted from the server. This message contains no link and nothing that could open the secret.',
  },
  ru: {
    subject: 'Ваш секрет открыли',
    opened: (when) => `Секрет, которым вы поделились через Hushlink, открыли ${when} (UTC).`,
    footer:
      'Вы просили сообщить, когда его откроют. Ваш адрес теперь удалён с сервера. В этом письме нет ссылки и ничего, чем можно открыть секрет.',
  },
  uk: {
    subject: 'Ваш секрет відкрили',
    opened: (when) => `Секрет, яким ви поділилися через Hushlink, відкрили ${when} (UTC).`,
    footer:
      'Ви просили повідомити, коли його відкриють. Вашу адресу тепер видалено із сервера. У цьому листі немає посилання й нічого, чим можна відкрити секрет.',
  },
}

/**
 * The e-mail for one opening: what happened and when. Deliberately without
 * the secret's id or any URL: a mail archive must hold nothing that opens,
 * burns or even points at the secret.
 */
export function openedMessage(
  language: string,
  _type: NotificationEventType,
  openedAt: number,
): EmailMessage {
  const texts = TEXTS[emailLanguage(language)]
  const when = new Date(openedAt).toISOString().slice(0, 16).replace('T', ' ')
  return { subject: texts.subject, text: `${texts.opened(when)}\n\n${texts.footer}\n` }
}
