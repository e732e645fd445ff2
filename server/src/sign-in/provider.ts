import * as client from 'openid-client'
import type { OidcConfig } from '../config.js'

export interface Provider {
  /** The provider's metadata, discovered on first use and kept; a failed discovery is retried next time. */
  configuration(): Promise<client.Configuration>
}

/** Seconds a request to the provider may take before sign-in gives up. */
const PROVIDER_TIMEOUT = 10

/**
 * openid-client against OIDC_ISSUER: discovery checks that the document's
 * issuer is exactly OIDC_ISSUER; the client authenticates with its secret
 * (HTTP Basic, which Keycloak, Authentik and Entra ID all accept). Discovery
 * waits for the first sign-in, so a provider that is down does not stop the
 * service from starting: only signing in waits for it.
 */
export function createProvider(oidc: OidcConfig): Provider {
  let configuration: Promise<client.Configuration> | undefined
  const discover = (): Promise<client.Configuration> => {
    const issuer = new URL(oidc.issuer)
    return client.discovery(
      issuer,
      oidc.clientId,
      { [client.clockTolerance]: oidc.clockTolerance },
      client.ClientSecretBasic(oidc.clientSecret),
      {
        timeout: PROVIDER_TIMEOUT,
        // Only a loopback issuer may be plain http (config.ts checks it).
        ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      },
    )
  }
  return {
    configuration() {
      configuration ??= discover()
      configuration.catch(() => (configuration = undefined))
      return configuration
    },
  }
}
