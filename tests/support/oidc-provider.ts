import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import Provider from 'oidc-provider'
import { freePort } from './server.js'

/** A user of the test identity provider; the login name is the account id. */
export interface TestUser {
  readonly email: string
  readonly name: string
  readonly groups: readonly string[]
}

/** How the provider's next token answers are falsified, to check that the client refuses them. */
export type Tamper = null | { readonly aud?: string; readonly iss?: string }

export interface TestProvider {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  /** Set to falsify ID tokens (re-signed with the provider's own key, so only the claim is wrong). */
  tamper: Tamper
  /** Every token and code the provider handed out, for the log scan. */
  readonly issued: string[]
  close(): Promise<void>
}

/**
 * A real OpenID provider (oidc-provider) on loopback: one confidential
 * client for Hushlink, the users given, devInteractions (any password),
 * PKCE required, RS256 ID tokens signed with a key the test holds.
 */
export async function startTestProvider(
  redirectUri: string,
  users: Readonly<Record<string, TestUser>>,
): Promise<TestProvider> {
  const port = await freePort()
  const issuer = `http://127.0.0.1:${port}`
  const clientId = 'hushlink'
  const clientSecret = randomBytes(24).toString('base64url')
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = 'test-key'
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [new URL('/', redirectUri).href],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'groups'],
    },
    features: { devInteractions: { enabled: true } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount(_ctx, id) {
      const user = users[id]
      if (!user) return undefined
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: user.email,
          email_verified: true,
          name: user.name,
          groups: [...user.groups],
        }),
      }
    },
  })
  const state: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    tamper: null,
    issued: [],
    close: () => new Promise((done) => server.close(() => done())),
  }
  provider.use(async (ctx, next) => {
    await next()
    if (ctx.path !== '/token' || typeof ctx.body !== 'object' || ctx.body === null) return
    const body = ctx.body as Record<string, unknown>
    for (const key of ['access_token', 'id_token', 'refresh_token']) {
      if (typeof body[key] === 'string') state.issued.push(body[key])
    }
    if (state.tamper && typeof body.id_token === 'string') {
      body.id_token = resign(body.id_token, state.tamper, privateKey, kid)
    }
  })
  const handle = provider.callback()
  const server: Server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready))
  return state
}

function resign(jwt: string, changes: NonNullable<Tamper>, key: KeyObject, kid: string): string {
  const [, payload] = jwt.split('.')
  const claims = { ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) }
  if (changes.aud !== undefined) claims.aud = changes.aud
  if (changes.iss !== undefined) claims.iss = changes.iss
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const signingInput = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key).toString('base64url')
  return `${signingInput}.${signature}`
}
