import type { ReceiptStatusResponse } from '../api/types.js'
import { encodeBase64url } from '../encoding.js'
import { parseReceiptLink } from '../link.js'
import { expectBody } from './create.js'
import { request, type ClientOptions } from './http.js'

export type ReceiptOptions = Omit<ClientOptions, 'server'> & {
  readonly receiptLink: string
  /** Defaults to the receipt link's own base. */
  readonly server?: string
}

export async function getReceiptStatus(options: ReceiptOptions): Promise<ReceiptStatusResponse> {
  return expectBody(request<ReceiptStatusResponse>(...receiptCall(options, 'status')))
}

/** Destroys the secret now; idempotent. */
export async function burnSecret(options: ReceiptOptions): Promise<void> {
  await request<undefined>(...receiptCall(options, 'burn'))
}

function receiptCall(options: ReceiptOptions, action: 'status' | 'burn') {
  const receipt = parseReceiptLink(options.receiptLink)
  return [
    { ...options, server: options.server ?? receipt.base },
    {
      method: 'POST',
      path: `/api/v1/receipts/${receipt.id}/${action}`,
      json: { receipt_token: encodeBase64url(receipt.receiptToken) },
    },
  ] as const
}
