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
/** base, kind, id, separator ('#', or '%23' after a mail gateway rewrote it), fragment. */
const LINK_RE =
  /^(https?:\/\/[^/?#\s]+(?:\/[^?#\s]*?)?)\/(s|r)\/([A-Za-z0-9_-]{22})(#|%23)([^#\s]*)$/i

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

/** Parses the fragment of a secret link: exactly a 43-character key and an optional `.p`. */
export function parseSecretFragment(fragment: string): {
  linkKey: Uint8Array
  passphrase: boolean
} {
  const m = FRAGMENT_RE.exec(fragment.replace(/^#/, ''))
  if (!m || !TOKEN_RE.test(m[1] as string)) {
    throw new ProtocolError('bad_link', 'the link is incomplete or corrupted')
  }
  return { linkKey: decodeBase64url(m[1] as string), passphrase: m[2] !== undefined }
}

/**
 * Strict parser: anything but an exact link is "corrupted", decided before any
 * request so a mangled link never spends an attempt. Accepts `%23` for `#`,
 * which some mail gateways write.
 */
export function parseSecretLink(link: string): SecretLink {
  const { base, kind, id, fragment, exposed } = splitLink(link.trim())
  if (kind !== 's') throw new ProtocolError('bad_link', 'this is a receipt link, not a secret link')
  return { base, id, ...parseSecretFragment(fragment), exposed }
}

export function parseReceiptLink(link: string): ReceiptLink {
  const { base, kind, id, fragment, exposed } = splitLink(link.trim())
  if (kind !== 'r' || !TOKEN_RE.test(fragment)) {
    throw new ProtocolError('bad_link', 'the receipt link is incomplete or corrupted')
  }
  return { base, id, receiptToken: decodeBase64url(fragment), exposed }
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
