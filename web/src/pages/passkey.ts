import type { PrfEvaluator } from '@hushlink/shared'

/**
 * Passkey mode (docs/protocol.md §8.2): the requester's key pair comes from a
 * passkey's WebAuthn PRF output, so the inbox link holds no private key.
 */

interface Capabilities {
  readonly 'extension:prf'?: boolean
}
interface PublicKeyCredentialStatic {
  getClientCapabilities?: () => Promise<Capabilities>
}
interface PrfResults {
  readonly prf?: {
    readonly enabled?: boolean
    readonly results?: { readonly first?: BufferSource }
  }
}

/** Whether this browser can evaluate a passkey's PRF; a browser that cannot say is taken as no. */
export async function prfSupported(): Promise<boolean> {
  const credential = (globalThis as { PublicKeyCredential?: PublicKeyCredentialStatic })
    .PublicKeyCredential
  if (!credential?.getClientCapabilities) return false
  try {
    return (await credential.getClientCapabilities())['extension:prf'] === true
  } catch {
    return false
  }
}

/** Why a passkey could not be used: the browser refused, or the authenticator has no PRF. */
export class PasskeyError extends Error {
  override readonly name = 'PasskeyError'
}

function random(bytes: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(bytes))
}

/** Makes a new passkey with the PRF extension and returns the evaluator bound to it. */
export async function createPasskey(): Promise<PrfEvaluator> {
  let credential: PublicKeyCredential
  try {
    credential = (await navigator.credentials.create({
      publicKey: {
        challenge: random(32),
        rp: { name: 'Hushlink' },
        user: { id: random(16), name: 'Hushlink inbox', displayName: 'Hushlink inbox' },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
        extensions: { prf: {} },
      },
    })) as PublicKeyCredential
  } catch (error) {
    throw new PasskeyError('the passkey was not created', { cause: error })
  }
  const results = credential.getClientExtensionResults() as PrfResults
  if (results.prf?.enabled !== true) throw new PasskeyError('this passkey has no PRF')
  return passkeyPrf(new Uint8Array(credential.rawId))
}

/** Evaluates the PRF of `credentialId`, or of any passkey of this site the person picks. */
export function passkeyPrf(credentialId?: Uint8Array<ArrayBuffer>): PrfEvaluator {
  return async (input) => {
    let credential: PublicKeyCredential | null
    try {
      credential = (await navigator.credentials.get({
        publicKey: {
          challenge: random(32),
          userVerification: 'required',
          ...(credentialId ? { allowCredentials: [{ type: 'public-key', id: credentialId }] } : {}),
          extensions: {
            prf: { eval: { first: new Uint8Array(input) } },
          },
        },
      })) as PublicKeyCredential | null
    } catch (error) {
      throw new PasskeyError('no passkey was used', { cause: error })
    }
    const first = (credential?.getClientExtensionResults() as PrfResults | undefined)?.prf?.results
      ?.first
    if (!first) throw new PasskeyError('the passkey gave no PRF output')
    const bytes =
      first instanceof ArrayBuffer ? new Uint8Array(first) : new Uint8Array(first.buffer)
    return bytes.slice(0, 32)
  }
}
