import { decodeBase64url, encodeBase64url } from './encoding.js'
import { ProtocolError } from './errors.js'

/** 16 random bytes in base64url: the last character carries 2 data bits and 4 zero bits. */
export const ID_PATTERN = '^[A-Za-z0-9_-]{21}[AQgw]$'
/** 32 bytes in base64url: the last character carries 4 data bits and 2 zero bits. */
export const TOKEN_PATTERN = '^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$'
export const ID_LENGTH = 22
export const TOKEN_LENGTH = 43

const ID_RE = new RegExp(ID_PATTERN)
const TOKEN_RE = new RegExp(TOKEN_PATTERN)
const FRAGMENT_RE = /^([A-Za-z0-9_-]{43})(\.p)?$/
/** A fan-out link's fragment (§10.2): `f1.<i>.<link key>.<link secret>[.p]`, i from 1 to 50. */
const FAN_OUT_FRAGMENT_RE =
  /^f1\.([1-9]|[1-4][0-9]|50)\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})(\.p)?$/
/** base, kind, id, separator ('#', or '%23' after a mail gateway rewrote it), fragment. */
const LINK_RE =
  /^(https?:\/\/[^/?#\s]+(?:\/[^?#\s]*?)?)\/(s|r|q|i)\/([A-Za-z0-9_-]{22})(#|%23)([^#\s]*)$/i

export interface SecretLink {
  /** Origin plus any base path the instance is served under. */
  readonly base: string
  readonly id: string
  readonly linkKey: Uint8Array
  /** The link's hint that a passphrase is needed; the authenticated header decides. */
  readonly passphrase: boolean
  /**
   * Its `#` had become `%23`: the key travelled in the address, where the server
   * and any proxy that opened it could log it, so the secret counts as exposed.
   */
  readonly exposed: boolean
  /** One link of a fan-out secret (§10): which one, and the secret its access token comes from. */
  readonly fanOut?: FanOutLink
}

/** What a fan-out link adds to the link key: its number and its own link secret `L_i`. */
export interface FanOutLink {
  readonly index: number
  readonly linkSecret: Uint8Array
}

export interface ReceiptLink {
  readonly base: string
  readonly id: string
  readonly receiptToken: Uint8Array
  /** Its `#` had become `%23`: the token travelled in the address (see SecretLink). */
  readonly exposed: boolean
}

export function isSecretId(id: string): boolean {
  return ID_RE.test(id)
}

export function isToken(token: string): boolean {
  return TOKEN_RE.test(token)
}

export function formatSecretLink(
  base: string,
  id: string,
  linkKey: Uint8Array,
  passphrase: boolean,
): string {
  return `${trimBase(base)}/s/${id}#${encodeBase64url(linkKey)}${passphrase ? '.p' : ''}`
}

export function formatReceiptLink(base: string, id: string, receiptToken: Uint8Array): string {
  return `${trimBase(base)}/r/${id}#${encodeBase64url(receiptToken)}`
}

/** `<base>/s/<id>#f1.<index>.<link key>.<link secret>[.p]`: link `index` of a fan-out secret. */
export function formatFanOutLink(
  base: string,
  id: string,
  linkKey: Uint8Array,
  passphrase: boolean,
  link: FanOutLink,
): string {
  const fragment = ['f1', link.index, encodeBase64url(linkKey), encodeBase64url(link.linkSecret)]
  return `${trimBase(base)}/s/${id}#${fragment.join('.')}${passphrase ? '.p' : ''}`
}

/**
 * Parses the fragment of a secret link: exactly a 43-character key and an
 * optional `.p`, or the fan-out form with a link number and link secret.
 */
export function parseSecretFragment(fragment: string): {
  linkKey: Uint8Array
  passphrase: boolean
  fanOut?: FanOutLink
} {
  const text = fragment.replace(/^#/, '')
  const m = FRAGMENT_RE.exec(text)
  if (m && TOKEN_RE.test(m[1] as string)) {
    return { linkKey: decodeBase64url(m[1] as string), passphrase: m[2] !== undefined }
  }
  const f = FAN_OUT_FRAGMENT_RE.exec(text)
  if (!f || !TOKEN_RE.test(f[2] as string) || !TOKEN_RE.test(f[3] as string)) {
    throw new ProtocolError('bad_link', 'the link is incomplete or corrupted')
  }
  return {
    linkKey: decodeBase64url(f[2] as string),
    passphrase: f[4] !== undefined,
    fanOut: { index: Number(f[1]), linkSecret: decodeBase64url(f[3] as string) },
  }
}

/**
 * Strict parser: anything but an exact link is "corrupted", decided before any
 * request so a mangled link never spends an attempt. Accepts `%23` for `#`,
 * which some mail gateways write.
 */
export function parseSecretLink(link: string): SecretLink {
  const { base, kind, id, fragment, exposed } = splitLink(link.trim())
  if (kind !== 's') {
    const what =
      kind.toLowerCase() === 'r' ? 'a receipt link, not a secret link' : 'not a secret link'
    throw new ProtocolError('bad_link', `this is ${what}`)
  }
  return { base, id, ...parseSecretFragment(fragment), exposed }
}

export function parseReceiptLink(link: string): ReceiptLink {
  const { base, kind, id, fragment, exposed } = splitLink(link.trim())
  if (kind !== 'r' || !TOKEN_RE.test(fragment)) {
    throw new ProtocolError('bad_link', 'the receipt link is incomplete or corrupted')
  }
  return { base, id, receiptToken: decodeBase64url(fragment), exposed }
}

/** What a request link holds (docs/protocol.md §8.1): the requester's public key and `K_req`. */
export interface RequestLink {
  readonly base: string
  readonly id: string
  readonly publicKey: Uint8Array
  readonly requestKey: Uint8Array
}

/**
 * What an inbox link holds: `K_inbox`, and the private key unless the request
 * is bound to a passkey, whose PRF output gives the key instead.
 */
export interface InboxLink {
  readonly base: string
  readonly id: string
  readonly inboxKey: Uint8Array
  readonly privateKey: Uint8Array | null
}

export function formatRequestLink(
  base: string,
  id: string,
  publicKey: Uint8Array,
  requestKey: Uint8Array,
): string {
  return `${trimBase(base)}/q/${id}#${encodeBase64url(publicKey)}.${encodeBase64url(requestKey)}`
}

/** `…/i/<id>#<private key>.<K_inbox>`, or `…/i/<id>#<K_inbox>.k` in passkey mode. */
export function formatInboxLink(
  base: string,
  id: string,
  inboxKey: Uint8Array,
  privateKey: Uint8Array | null,
): string {
  const fragment = privateKey
    ? `${encodeBase64url(privateKey)}.${encodeBase64url(inboxKey)}`
    : `${encodeBase64url(inboxKey)}.k`
  return `${trimBase(base)}/i/${id}#${fragment}`
}

export function parseRequestLink(link: string): RequestLink {
  const { base, kind, id, fragment } = splitLink(link.trim())
  const [pk, key, ...rest] = fragment.split('.')
  if (kind !== 'q' || rest.length > 0 || !isToken(pk ?? '') || !isToken(key ?? '')) {
    throw new ProtocolError('bad_link', 'the request link is incomplete or corrupted')
  }
  return {
    base,
    id,
    publicKey: decodeBase64url(pk as string),
    requestKey: decodeBase64url(key as string),
  }
}

export function parseInboxLink(link: string): InboxLink {
  const { base, kind, id, fragment } = splitLink(link.trim())
  const [first, second, ...rest] = fragment.split('.')
  const passkey = second === 'k'
  const inbox = passkey ? first : second
  if (kind !== 'i' || rest.length > 0 || !isToken(first ?? '') || !isToken(inbox ?? '')) {
    throw new ProtocolError('bad_link', 'the inbox link is incomplete or corrupted')
  }
  return {
    base,
    id,
    inboxKey: decodeBase64url(inbox as string),
    privateKey: passkey ? null : decodeBase64url(first as string),
  }
}

/** The parts of an `/s/` or `/r/` link, its fragment unparsed; `bad_link` for anything else. */
export function splitLink(link: string): {
  base: string
  kind: string
  id: string
  fragment: string
  exposed: boolean
} {
  const m = LINK_RE.exec(link)
  if (!m || !ID_RE.test(m[3] as string))
    throw new ProtocolError('bad_link', 'the link is incomplete or corrupted')
  return {
    base: m[1] as string,
    kind: (m[2] as string).toLowerCase(),
    id: m[3] as string,
    fragment: m[5] as string,
    exposed: m[4] !== '#',
  }
}

function trimBase(base: string): string {
  return base.replace(/\/+$/, '')
}
