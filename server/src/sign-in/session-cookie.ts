import { randomBytes } from 'node:crypto'

/** Who a valid session cookie stands for. */
export interface SignedInUser {
  /** Recorded as the owner of what the user creates: `oidc:` and the provider's stable `sub`. */
  readonly owner: string
  /** Shown in the page header only; never logged. */
  readonly name: string
  readonly admin: boolean
  /** Epoch milliseconds. */
  readonly expiresAt: number
  /** This sign-in's own id, so signing out can revoke it before it expires. */
  readonly sid: string
}

/** The session cookie's name: `__Host-` binds it to this origin when it is served over HTTPS. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-hushlink-session' : 'hushlink-session'
}

/** Holds state, nonce and PKCE verifier between the redirect to the provider and its answer. */
export function flowCookieName(secure: boolean): string {
  return secure ? '__Host-hushlink-sign-in' : 'hushlink-sign-in'
}

/** What the session cookie carries (it is signed, not encrypted: nothing secret goes in). */
export function newSession(
  claims: { readonly owner: string; readonly name: string; readonly admin: boolean },
  now: number,
  lifetimeSeconds: number,
): SignedInUser {
  return {
    ...claims,
    expiresAt: now + lifetimeSeconds * 1000,
    sid: randomBytes(16).toString('base64url'),
  }
}

export function encodeSession(user: SignedInUser): string {
  return encodeJson([user.owner, user.name, user.admin, user.expiresAt, user.sid])
}

/** The session a cookie value (its signature already checked) holds; undefined when malformed. */
export function decodeSession(value: string): SignedInUser | undefined {
  const data = decodeJson(value)
  if (!Array.isArray(data) || data.length !== 5) return undefined
  const [owner, name, admin, expiresAt, sid] = data as unknown[]
  if (
    typeof owner !== 'string' ||
    typeof name !== 'string' ||
    typeof admin !== 'boolean' ||
    typeof expiresAt !== 'number' ||
    typeof sid !== 'string'
  ) {
    return undefined
  }
  return { owner, name, admin, expiresAt, sid }
}

/** One sign-in attempt, from the redirect to the provider until its answer comes back. */
export interface SignInFlow {
  readonly state: string
  readonly nonce: string
  readonly verifier: string
  readonly expiresAt: number
  /** The page to show once signed in. */
  readonly returnTo: string
}

export function encodeFlow(flow: SignInFlow): string {
  return encodeJson([flow.state, flow.nonce, flow.verifier, flow.expiresAt, flow.returnTo])
}

export function decodeFlow(value: string): SignInFlow | undefined {
  const data = decodeJson(value)
  if (!Array.isArray(data) || data.length !== 5) return undefined
  const [state, nonce, verifier, expiresAt, returnTo] = data as unknown[]
  if (
    typeof state !== 'string' ||
    typeof nonce !== 'string' ||
    typeof verifier !== 'string' ||
    typeof expiresAt !== 'number' ||
    typeof returnTo !== 'string'
  ) {
    return undefined
  }
  return { state, nonce, verifier, expiresAt, returnTo }
}

function encodeJson(data: unknown): string {
  return Buffer.from(JSON.stringify(data), 'utf8').toString('base64url')
}

function decodeJson(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
