import type { LinkDeclaration } from '../api/types.js'
import { encodeBase64url } from '../encoding.js'
import { formatFanOutLink } from '../link.js'
import type { PreparedSecret } from '../secret.js'
import {
  FAN_OUT_MAX,
  FAN_OUT_MIN,
  labelKey,
  LINK_SECRET_BYTES,
  linkVerifier,
  sealLabel,
} from './keys.js'

/** One recipient's link as its creator made it. */
export interface FanOutLinkInfo {
  /** 1-based, the order the labels were given in. */
  readonly index: number
  readonly label: string | null
  readonly link: string
}

/** The links of a fan-out secret, and what the create request declares for them. */
export interface PreparedLinks {
  readonly links: readonly FanOutLinkInfo[]
  readonly declarations: readonly LinkDeclaration[]
}

/**
 * One fresh link secret per recipient (§10.1). `labels` has one entry per
 * link, null for an unlabelled one; labels are sealed with the receipt's key.
 */
export function prepareLinks(
  prepared: PreparedSecret,
  base: string,
  labels: readonly (string | null)[],
): PreparedLinks {
  if (labels.length < FAN_OUT_MIN || labels.length > FAN_OUT_MAX) {
    throw new RangeError(`a secret has ${FAN_OUT_MIN} to ${FAN_OUT_MAX} links`)
  }
  const { sodium } = prepared
  const key = labelKey(sodium, prepared.receiptToken)
  const links: FanOutLinkInfo[] = []
  const declarations: LinkDeclaration[] = []
  labels.forEach((label, i) => {
    const index = i + 1
    const linkSecret = sodium.randombytes_buf(LINK_SECRET_BYTES)
    links.push({
      index,
      label,
      link: formatFanOutLink(base, prepared.id, prepared.linkKey, prepared.kdf !== null, {
        index,
        linkSecret,
      }),
    })
    declarations.push({
      verifier: encodeBase64url(linkVerifier(sodium, linkSecret, index)),
      ...(label === null
        ? {}
        : { label: encodeBase64url(sealLabel(sodium, key, prepared.idBytes, index, label)) }),
    })
  })
  sodium.memzero(key)
  return { links, declarations }
}
