import {
  ID_BYTES,
  SEALED_LABEL_BYTES,
  inspectEnvelope,
  KIND,
  ProtocolError,
  type EnvelopeLayout,
} from '@hushlink/shared/format'
import { DEFAULT_MAX_FAILURES, type CreateSecretRequest } from '@hushlink/shared/api'
import { badRequest, invalidEnvelope } from '../errors.js'
import { notBefore } from './time-lock.js'
import type { NewLink, SecretFields } from '../storage/records.js'
import { decodeFixed } from '../wire.js'

/** What a JSON create and a streamed upload declaration have in common. */
export type SecretDeclaration = Omit<CreateSecretRequest, 'envelope'>

/**
 * Checks what a schema cannot (protocol §4.6) from the envelope's first bytes
 * and its total size: the header, the id binding, that the size is a valid
 * padded length, and that pass_verifier is sent exactly when the header says
 * a passphrase is set. Returns the secret's stored facts; `owner` is the
 * name of the API key it was created with.
 */
export function declareSecret(
  request: SecretDeclaration,
  prefix: Uint8Array,
  size: number,
  now: number,
  owner: string | null,
): SecretFields {
  const idBytes = decodeFixed(request.id, ID_BYTES, 'id')
  const layout = inspect(prefix, size, idBytes)
  const needsPassphrase = layout.header.kdf !== null
  if (needsPassphrase !== (request.pass_verifier !== undefined)) {
    throw invalidEnvelope(
      needsPassphrase
        ? 'the envelope header requires a passphrase but pass_verifier is missing'
        : 'pass_verifier is set but the envelope header has no passphrase',
    )
  }
  const expiresAt = now + request.ttl * 1000
  const maxViews = request.max_views ?? 1
  const links = declaredLinks(request, maxViews)
  return {
    id: request.id,
    kind: KIND[layout.header.kind],
    header: layout.headerBytes,
    accessVerifier: decodeFixed(request.access_verifier, 32, 'access_verifier'),
    passVerifier: optionalVerifier(request.pass_verifier, 'pass_verifier'),
    receiptVerifier: optionalVerifier(request.receipt_verifier, 'receipt_verifier'),
    // A fan-out secret counts every link's views (§10).
    maxViews: links ? maxViews * links.length : maxViews,
    ...(links ? { links } : {}),
    maxFailures: request.max_failures ?? DEFAULT_MAX_FAILURES,
    createdAt: now,
    expiresAt,
    owner,
    notBefore: notBefore(request.not_before, now, expiresAt),
  }
}

/**
 * The links of a fan-out secret (§10): the schema bounds their number and
 * shapes; a link's verifier must be unique, and the labels and states are
 * the receipt's, so one is needed.
 */
function declaredLinks(request: SecretDeclaration, maxViews: number): NewLink[] | null {
  if (request.links === undefined) return null
  if (request.receipt_verifier === undefined) {
    throw badRequest('links need a receipt_verifier: the receipt shows and burns them.')
  }
  const verifiers = new Set(request.links.map((link) => link.verifier))
  if (verifiers.size !== request.links.length || verifiers.has(request.access_verifier)) {
    throw badRequest(
      "Every link needs its own verifier, unlike the other links' and unlike access_verifier.",
    )
  }
  return request.links.map((link, i) => ({
    verifier: decodeFixed(link.verifier, 32, `links[${i}].verifier`),
    label:
      link.label === undefined
        ? null
        : decodeFixed(link.label, SEALED_LABEL_BYTES, `links[${i}].label`),
    maxViews,
  }))
}

function inspect(prefix: Uint8Array, size: number, idBytes: Uint8Array): EnvelopeLayout {
  try {
    return inspectEnvelope(prefix, size, idBytes)
  } catch (err) {
    // Protocol messages are fixed texts about the format, never about the input bytes.
    if (err instanceof ProtocolError) throw invalidEnvelope(err.message)
    throw err
  }
}

function optionalVerifier(text: string | undefined, field: string): Uint8Array | null {
  return text === undefined ? null : decodeFixed(text, 32, field)
}
