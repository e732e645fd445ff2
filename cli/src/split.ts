import {
  combineShareLinks,
  isShareFragment,
  isSplitPolicy,
  parseSecretLink,
  SPLIT_MAX,
  SPLIT_MIN,
  splitLink,
  type SecretLink,
  type SplitPolicy,
} from '@hushlink/shared'
import { usageError } from './exit.js'
import { toCliError } from './failure.js'

/** `--split K/N`: any K of N share links open the secret. */
export function parseSplit(value: string): SplitPolicy {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(value)
  const policy = m ? { threshold: Number(m[1]), shares: Number(m[2]) } : null
  if (!policy || !isSplitPolicy(policy)) {
    throw usageError(
      `--split must be K/N with ${SPLIT_MIN} ≤ K ≤ N ≤ ${SPLIT_MAX}, such as 3/5 (any 3 of 5 links open it)`,
    )
  }
  return policy
}

/**
 * The link `read` opens: one ordinary link, or share links combined here
 * (docs/protocol.md §7). Every check is local, so a bad share costs nothing.
 */
export async function linkToOpen(links: readonly string[]): Promise<SecretLink> {
  try {
    const [first = ''] = links
    if (links.length === 1 && !isShareFragment(fragmentOf(first))) return parseSecretLink(first)
    return await combineShareLinks(links)
  } catch (error) {
    throw toCliError(error)
  }
}

function fragmentOf(link: string): string {
  try {
    return splitLink(link.trim()).fragment
  } catch {
    return ''
  }
}
