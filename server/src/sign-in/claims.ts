import { createHash } from 'node:crypto'
import type { OidcConfig } from '../config.js'

/** Why a provider's user may not sign in here. */
export type Refusal = 'domain' | 'group'

export type Verdict =
  | {
      readonly allowed: true
      readonly owner: string
      readonly name: string
      readonly admin: boolean
    }
  | { readonly allowed: false; readonly refusal: Refusal }

/** Owners are at most 64 characters (the admin listing's owner filter); API key names never contain ':'. */
const SHORT_SUBJECT = /^[\x21-\x7e]{1,59}$/

/**
 * Applies OIDC_ALLOWED_DOMAINS, OIDC_ALLOWED_GROUPS and OIDC_ADMIN_GROUPS to
 * the claims of a verified ID token (and userinfo). The owner is the stable
 * `sub`, never the e-mail address, which can change hands.
 */
export function judgeClaims(
  claims: Readonly<Record<string, unknown>> & { readonly sub: string },
  rules: Pick<OidcConfig, 'allowedDomains' | 'allowedGroups' | 'adminGroups' | 'groupsClaim'>,
): Verdict {
  if (rules.allowedDomains !== null) {
    const domain = verifiedEmailDomain(claims)
    if (domain === undefined || !rules.allowedDomains.includes(domain)) {
      return { allowed: false, refusal: 'domain' }
    }
  }
  const groups = groupsOf(claims[rules.groupsClaim])
  if (rules.allowedGroups !== null && !rules.allowedGroups.some((g) => groups.includes(g))) {
    return { allowed: false, refusal: 'group' }
  }
  return {
    allowed: true,
    owner: ownerOf(claims.sub),
    name: displayName(claims),
    admin: rules.adminGroups.some((g) => groups.includes(g)),
  }
}

/** Needed from userinfo when the ID token lacks it (providers differ in what they put where). */
export function missingClaims(
  claims: Readonly<Record<string, unknown>>,
  rules: Pick<OidcConfig, 'allowedDomains' | 'allowedGroups' | 'adminGroups' | 'groupsClaim'>,
): boolean {
  const needsGroups = rules.allowedGroups !== null || rules.adminGroups.length > 0
  return (
    (rules.allowedDomains !== null && claims.email === undefined) ||
    (needsGroups && claims[rules.groupsClaim] === undefined)
  )
}

export function ownerOf(sub: string): string {
  return SHORT_SUBJECT.test(sub)
    ? `oidc:${sub}`
    : `oidc:~${createHash('sha256').update(sub, 'utf8').digest('base64url')}`
}

function verifiedEmailDomain(claims: Readonly<Record<string, unknown>>): string | undefined {
  const email = claims.email
  // Providers that do not vouch for the address say so; an unverified address proves nothing.
  if (typeof email !== 'string' || claims.email_verified === false) return undefined
  const at = email.lastIndexOf('@')
  return at > 0 ? email.slice(at + 1).toLowerCase() : undefined
}

function groupsOf(value: unknown): readonly string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : []
}

function displayName(claims: Readonly<Record<string, unknown>>): string {
  for (const key of ['name', 'preferred_username', 'given_name']) {
    const value = claims[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 100)
  }
  return claims.sub as string
}
