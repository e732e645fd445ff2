export * from './errors.js'
export {
  encodeBase64url,
  decodeBase64url,
  encodeUtf8,
  decodeUtf8,
  concatBytes,
  BASE64URL_PATTERN,
  base64urlLength,
} from './encoding.js'
export { loadSodium, loadSodiumWithPwhash, loadSodiumFor, type Sodium } from './sodium.js'
export { sha256 } from './crypto/sha256.js'
export {
  deriveKeys,
  verifierOf,
  LINK_KEY_BYTES,
  TOKEN_BYTES,
  type SecretKeys,
} from './crypto/keys.js'
export * from './envelope/header.js'
export * from './envelope/padding.js'
export * from './envelope/metadata.js'
export { inspectEnvelope, type EnvelopeLayout } from './envelope/layout.js'
export { EnvelopeSealer, type SealOptions } from './envelope/seal.js'
export { envelopeSize } from './envelope/size.js'
export { EnvelopeOpener, type OpenOptions } from './envelope/open.js'
export * from './link.js'
export * from './build-manifest.js'
export * from './request/crypto.js'
export * from './secret.js'
export * from './client/index.js'
export * from './generate/index.js'
export * from './split/index.js'
export * from './fanout/index.js'
export * from './policy/index.js'
export {
  verifyWebhook,
  WebhookSignatureError,
  type VerifyWebhookOptions,
  type WebhookHeaders,
} from './webhooks/verify.js'
