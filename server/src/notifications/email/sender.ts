import type { Transporter } from 'nodemailer'
import type { AttemptResult } from '../delivery/http.js'
import type { DueDelivery } from '../delivery/outbox.js'
import { openedMessage } from './messages.js'

export interface EmailSettings {
  /** smtp:// or smtps:// URL of the relay (SMTP_URL). */
  readonly url: string
  /** The From header (SMTP_FROM). */
  readonly from: string
  /** Milliseconds for connecting and for each SMTP exchange. */
  readonly timeoutMs: number
}

export interface EmailSender {
  send(delivery: DueDelivery): Promise<AttemptResult>
  close(): void
}

/**
 * Sends "your secret was opened" through nodemailer. The address comes from
 * the delivery row only and goes nowhere but the SMTP envelope: nodemailer's
 * own logger stays off.
 */
export function createEmailSender({ url, from, timeoutMs }: EmailSettings): EmailSender {
  // Loaded on first use: nodemailer adds ~13 MB to the resident size of every server, SMTP or not.
  let transport: Promise<Transporter> | undefined
  const connect = (): Promise<Transporter> =>
    (transport ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({
        url,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
        logger: false,
        debug: false,
      }),
    ))
  return {
    async send(delivery) {
      if (delivery.email === null) return { delivered: false, detail: 'no address' }
      const { timestamp } = JSON.parse(delivery.payload) as { timestamp: string }
      const message = openedMessage(
        delivery.email.language,
        delivery.eventType,
        Date.parse(timestamp),
      )
      try {
        await (
          await connect()
        ).sendMail({
          from,
          to: delivery.email.address,
          subject: message.subject,
          text: message.text,
          messageId: `<${delivery.id}@hushlink>`,
        })
        return { delivered: true, status: 250 }
      } catch (err) {
        // SMTP reply codes only: the error message may quote the address.
        const code = (err as { responseCode?: number }).responseCode
        return { delivered: false, detail: code === undefined ? 'SMTP failed' : `SMTP ${code}` }
      }
    },
    close: () => void transport?.then((t) => t.close()),
  }
}
