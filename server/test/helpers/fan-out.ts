import {
  encodeBase64url,
  linkToken,
  parseSecretLink,
  prepareLinks,
  type FanOutLinkInfo,
  type Sodium,
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
  return { ...secret, body, links, linkTokens: linkTokensOf(secret.prepared.sodium, links) }
}

/** Each link's access token, as its recipient derives it from the link alone. */
export function linkTokensOf(sodium: Sodium, links: readonly FanOutLinkInfo[]): string[] {
  return links.map((l) => {
    const fanOut = parseSecretLink(l.link).fanOut
    if (!fanOut) throw new Error('not a fan-out link')
    return encodeBase64url(linkToken(sodium, fanOut.linkSecret, fanOut.index))
  })
}
