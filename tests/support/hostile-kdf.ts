import {
  encodeBase64url,
  formatSecretLink,
  HEADER_SIZE,
  prepareSecret,
  sealContent,
} from '@hushlink/shared'
import type { SecretMetaResponse } from '@hushlink/shared/api'

/**
 * What a hostile server could answer for a passphrase secret whose header asks
 * for more Argon2 than clients allow (10 passes over 1 GiB), and its link. No
 * server of ours stores such a header: clients are tested with this served by hand.
 */
export async function hostileKdfSecret(
  server: string,
): Promise<{ readonly link: string; readonly meta: SecretMetaResponse }> {
  const prepared = await prepareSecret('pass', { ops: 2, memKib: 19_456 })
  const envelope = sealContent(prepared, { text: 'x', files: [] })
  const header = envelope.slice(0, HEADER_SIZE)
  const view = new DataView(header.buffer, header.byteOffset, HEADER_SIZE)
  view.setUint32(8, 10, true)
  view.setUint32(12, 1_048_576, true)
  return {
    link: formatSecretLink(server, prepared.id, prepared.linkKey, true),
    meta: {
      id: prepared.id,
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      views_left: 1,
      passphrase_required: true,
      kind: 'text',
      size: envelope.length,
      header: encodeBase64url(header),
    },
  }
}
