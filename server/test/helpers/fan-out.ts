import {
  encodeBase64url,
  linkToken,
  parseSecretLink,
  prepareLinks,
  type FanOutLinkInfo,
} from '@hushlink/shared'
import type { CreateSecretRequest } from '@hushlink/shared/api'
import { makeSecret, type SecretOptions, type TestSecret } from './secrets.js'

export interface TestFanOut extends TestSecret {
  readonly links: readonly FanOutLinkInfo[]
  /** The access token of each link, link 1 first. */
  readonly linkTokens: readonly string[]
}

/** A fan-out secret sealed and linked with the shared code, as a client makes it. */
export async function makeFanOut(
  labels: readonly (string | null)[],
  options: SecretOptions = {},
): Promise<TestFanOut> {
  const secret = await makeSecret(options)
  const { links, declarations } = prepareLinks(secret.prepared, 'https://h.example', labels)
  const body: CreateSecretRequest = { ...secret.body, links: declarations }
  const linkTokens = links.map((l) => {
    const fanOut = parseSecretLink(l.link).fanOut
    if (!fanOut) throw new Error('not a fan-out link')
    return encodeBase64url(linkToken(secret.prepared.sodium, fanOut.linkSecret, fanOut.index))
  })
  return { ...secret, body, links, linkTokens }
}
