import { randomBytes } from 'node:crypto'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import {
  encodeBase64url,
  HEADER_SIZE,
  prepareSecret,
  sealContent,
  verifierOf,
  type SecretFile,
} from '@hushlink/shared'
import type { CreateUploadRequest } from '@hushlink/shared/api'
import type { TestSecret } from './secrets.js'

export interface TestUpload extends Omit<TestSecret, 'body'> {
  readonly body: CreateUploadRequest
  readonly uploadToken: string
}

export interface UploadOptions {
  readonly text?: string
  /** Random bytes of one file. */
  readonly fileBytes?: number
  readonly passphrase?: string
  readonly ttl?: number
  readonly maxViews?: number
  /** ISO 8601: the time lock's opening moment. */
  readonly notBefore?: string
}

/** A real files secret, sealed with the shared protocol code, and its upload declaration. */
export async function makeUpload(options: UploadOptions = {}): Promise<TestUpload> {
  const prepared = await prepareSecret(options.passphrase ?? null, { ops: 2, memKib: 19_456 })
  const bytes = randomBytes(options.fileBytes ?? 5000)
  const file: SecretFile = {
    info: { name: 'report.pdf', type: 'application/pdf', size: bytes.length },
    bytes,
  }
  const envelope = sealContent(prepared, { text: options.text ?? 'see attached', files: [file] })
  const token = randomBytes(32)
  return {
    id: prepared.id,
    prepared,
    envelope,
    body: {
      id: prepared.id,
      header: encodeBase64url(envelope.subarray(0, HEADER_SIZE)),
      size: envelope.length,
      ttl: options.ttl ?? 3600,
      ...(options.maxViews === undefined ? {} : { max_views: options.maxViews }),
      ...(options.notBefore === undefined ? {} : { not_before: options.notBefore }),
      ...prepared.verifiers,
      upload_verifier: encodeBase64url(verifierOf(token)),
    },
    uploadToken: token.toString('base64url'),
    accessToken: encodeBase64url(prepared.keys.accessToken),
    ...(prepared.keys.passToken ? { passToken: encodeBase64url(prepared.keys.passToken) } : {}),
    receiptToken: encodeBase64url(prepared.receiptToken),
  }
}

export function declareUpload(
  app: FastifyInstance,
  body: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/v1/uploads', payload: body as object })
}

export function sendPart(
  app: FastifyInstance,
  id: string,
  offset: number | string,
  bytes: Uint8Array,
  token: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/v1/uploads/${id}/parts`,
    headers: {
      'content-type': 'application/octet-stream',
      'upload-offset': String(offset),
      authorization: `Bearer ${token}`,
    },
    payload: Buffer.from(bytes),
  })
}

/** Declares and uploads in parts of `partBytes`; fails the test unless every step succeeded. */
export async function storeUpload(
  app: FastifyInstance,
  options: UploadOptions & { readonly partBytes?: number } = {},
): Promise<TestUpload> {
  const upload = await makeUpload(options)
  const declared = await declareUpload(app, upload.body)
  if (declared.statusCode !== 201) throw new Error(`declare failed: ${declared.body}`)
  const step = options.partBytes ?? 4096
  for (let at = 0; at < upload.envelope.length; at += step) {
    const res = await sendPart(
      app,
      upload.id,
      at,
      upload.envelope.subarray(at, at + step),
      upload.uploadToken,
    )
    if (res.statusCode !== 200) throw new Error(`part failed: ${res.statusCode} ${res.body}`)
  }
  return upload
}

export function claimStream(
  app: FastifyInstance,
  id: string,
  body: { access_token: string; pass_token?: string },
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/v1/secrets/${id}/claim`,
    headers: { accept: 'application/octet-stream' },
    payload: body,
  })
}
