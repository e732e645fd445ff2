/**
 * What a server checks of the protocol without any key: encodings, the envelope's
 * layout and size, link ids, the sizes of sealed parts. The package's root also
 * brings the SDK, generators and share splitting, which a server never runs
 * (several MB of resident modules), so the server imports this entry point.
 */
export { concatBytes, decodeBase64url } from './encoding.js'
export { ProtocolError } from './errors.js'
export { HEADER_SIZE, ID_BYTES, KIND } from './envelope/header.js'
export { inspectEnvelope, type EnvelopeLayout } from './envelope/layout.js'
export { envelopeSize } from './envelope/size.js'
export { TOKEN_BYTES } from './crypto/keys.js'
export { isSecretId } from './link.js'
export { BUILD_MANIFEST_PATH } from './build-manifest.js'
export { isNoteCiphertextSize, SEALED_KEY_BYTES } from './request/crypto.js'
export { SEALED_LABEL_BYTES } from './fanout/keys.js'
