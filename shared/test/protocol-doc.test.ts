import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@hushlink/shared/api'
import type { ProtocolErrorCode } from '@hushlink/shared'

const doc = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8')

/** Every decoder error code, listed so the compiler flags a new one missing here. */
const PROTOCOL_CODES: Record<ProtocolErrorCode, true> = {
  bad_encoding: true,
  bad_link: true,
  bad_header: true,
  bad_length: true,
  hostile_kdf: true,
  id_mismatch: true,
  passphrase_mismatch: true,
  decryption_failed: true,
  truncated: true,
  trailing_data: true,
  bad_metadata: true,
  bad_padding: true,
  bad_share: true,
  share_mismatch: true,
  duplicate_share: true,
  too_few_shares: true,
  share_corrupted: true,
  bad_label: true,
}

describe('docs/protocol.md', () => {
  it.each([...ERROR_CODES, ...Object.keys(PROTOCOL_CODES)])('documents the code %s', (code) => {
    expect(doc).toContain(`\`${code}\``)
  })
})
