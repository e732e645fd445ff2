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

/**
 * Destroys the secret now, or with `link` only that link of a fan-out secret
 * (the secret too when no other link has views left); idempotent.
 */
export async function burnSecret(
  options: ReceiptOptions & { readonly link?: number },
): Promise<void> {
  await request<undefined>(...receiptCall(options, 'burn', options.link))
}

function receiptCall(options: ReceiptOptions, action: 'status' | 'burn', link?: number) {
  const receipt = parseReceiptLink(options.receiptLink)
  return [
    { ...options, server: options.server ?? receipt.base },
    {
      method: 'POST',
      path: `/api/v1/receipts/${receipt.id}/${action}`,
      json: {
        receipt_token: encodeBase64url(receipt.receiptToken),
        ...(link === undefined ? {} : { link }),
      },
    },
  ] as const
}
