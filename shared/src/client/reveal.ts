import { JSON_CLAIM_MAX_BYTES } from '../api/limits.js'
import type { ClaimResponse, SecretMetaResponse } from '../api/types.js'
import { concatBytes, decodeBase64url, encodeBase64url } from '../encoding.js'
import { ProtocolError } from '../errors.js'
import { HEADER_SIZE } from '../envelope/header.js'
import { linkToken } from '../fanout/keys.js'
import type { FileInfo } from '../envelope/metadata.js'
import { EnvelopeOpener } from '../envelope/open.js'
import { parseSecretLink, type FanOutLink } from '../link.js'
import { combineShareLinks } from '../split/shares.js'
import { openContent, unlockSecret, type SecretFile, type UnlockedSecret } from '../secret.js'
import { BodyRouter, memorySink, type FileSink, type Progress } from './content.js'
import { expectBody } from './create.js'
import { request, send, type ByteStream, type ClientOptions } from './http.js'

/**
 * Reads a secret's public metadata, as link `link` of a fan-out secret sees
 * it when given. Never consumes a view.
 */
export async function peekSecret(
  options: ClientOptions & { readonly id: string; readonly link?: number | undefined },
): Promise<SecretMetaResponse> {
  const query = options.link === undefined ? '' : `?link=${options.link}`
  return expectBody(
    request<SecretMetaResponse>(options, {
      method: 'GET',
      path: `/api/v1/secrets/${options.id}${query}`,
    }),
  )
}

interface DirectTarget {
  readonly id: string
  readonly linkKey: Uint8Array
  readonly server: string
  /** Which link of a fan-out secret, and its link secret (§10). */
  readonly fanOut?: FanOutLink | undefined
}

/**
 * What to open: a link, the share links of a split secret (at least
 * `threshold`, combined here; docs/protocol.md §7), or an id and key.
 */
export type RevealTarget =
  { readonly link: string } | { readonly shares: readonly string[] } | DirectTarget

export type RevealOptions = Omit<ClientOptions, 'server'> &
  RevealTarget & {
    readonly passphrase?: string | null
    /** Metadata already fetched with peekSecret, to skip a request. */
    readonly meta?: SecretMetaResponse
    /** Where files go; in memory (`files` of the result) when absent. */
    readonly onFile?: (info: FileInfo) => FileSink | Promise<FileSink>
    readonly onProgress?: (progress: Progress) => void
  }

export interface RevealedSecret {
  readonly text: string
  /** Files kept in memory (empty when `onFile` was given). */
  readonly files: readonly SecretFile[]
  readonly fileInfos: readonly FileInfo[]
  readonly viewsLeft: number
}

/**
 * Claims one view and decrypts it. Throws WrongPassphraseError (nothing is
 * consumed), NotFoundError, or ProtocolError for a corrupted link or envelope.
 * Files stream through the decryptor; no file is closed (offered for saving)
 * before the final tag has verified.
 */
export async function revealSecret(options: RevealOptions): Promise<RevealedSecret> {
  const link =
    'link' in options
      ? parseSecretLink(options.link)
      : 'shares' in options
        ? await combineShareLinks(options.shares)
        : null
  const target: DirectTarget = link
    ? { id: link.id, linkKey: link.linkKey, server: link.base, fanOut: link.fanOut }
    : (options as DirectTarget)
  const client = { ...options, server: target.server }
  const fanOut = target.fanOut
  const meta = options.meta ?? (await peekSecret({ ...client, id: target.id, link: fanOut?.index }))
  // The link's hint and the authenticated header must agree (protocol §4.5 step 3).
  if (link && link.passphrase !== meta.passphrase_required) {
    throw new ProtocolError(
      'passphrase_mismatch',
      'the link and the secret disagree about a passphrase',
    )
  }
  const unlocked = await unlockSecret(
    target.linkKey,
    meta.header,
    options.passphrase ? options.passphrase : null,
  )
  // A fan-out link claims with its own token (§10); the envelope's keys are the same for all.
  const claim = {
    access_token: encodeBase64url(
      fanOut
        ? linkToken(unlocked.sodium, fanOut.linkSecret, fanOut.index)
        : unlocked.keys.accessToken,
    ),
    ...(fanOut ? { link: fanOut.index } : {}),
    ...(unlocked.keys.passToken ? { pass_token: encodeBase64url(unlocked.keys.passToken) } : {}),
  }
  const path = `/api/v1/secrets/${target.id}/claim`
  // Any text the protocol allows is read: one over the instance's JSON limit only streamed.
  if (meta.kind === 'text' && meta.size <= JSON_CLAIM_MAX_BYTES) {
    const reply = await expectBody(
      request<ClaimResponse>(client, { method: 'POST', path, json: claim }),
    )
    const content = openContent(
      unlocked.sodium,
      decodeBase64url(reply.envelope),
      target.id,
      unlocked.keys.encKey,
    )
    return { ...content, fileInfos: [], viewsLeft: reply.views_left }
  }
  const res = await send(client, {
    method: 'POST',
    path,
    json: claim,
    headers: { accept: 'application/octet-stream' },
  })
  if (!res.body) throw new ProtocolError('truncated', 'the server sent no envelope')
  const viewsLeft = Number(res.headers.get('hushlink-views-left') ?? 0)
  return { ...(await openStream(res.body, meta.size, target.id, unlocked, options)), viewsLeft }
}

async function openStream(
  body: ByteStream,
  totalSize: number,
  id: string,
  unlocked: UnlockedSecret,
  options: RevealOptions,
): Promise<Omit<RevealedSecret, 'viewsLeft'>> {
  const report = options.onProgress ?? (() => undefined)
  const files: SecretFile[] = []
  const openSink =
    options.onFile ?? ((info: FileInfo) => memorySink((bytes) => files.push({ info, bytes })))
  const reader = body.getReader()
  let opener: EnvelopeOpener | null = null
  let router: BodyRouter | null = null
  let prefix: Uint8Array[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!value || value.length === 0) continue
      received += value.length
      report({ phase: 'downloading', done: received, total: totalSize })
      let pieces: Uint8Array[]
      if (!opener) {
        prefix.push(value)
        if (received < HEADER_SIZE) continue
        const start = concatBytes(prefix)
        prefix = []
        opener = new EnvelopeOpener(unlocked.sodium, {
          prefix: start.subarray(0, HEADER_SIZE),
          totalSize,
          id: decodeBase64url(id),
          encKey: unlocked.keys.encKey,
        })
        pieces = opener.write(start.subarray(HEADER_SIZE))
      } else {
        pieces = opener.write(value)
      }
      for (const piece of pieces) {
        router ??= new BodyRouter(opener.meta ?? missingMeta(), openSink)
        await router.write(piece)
      }
      report({ phase: 'decrypting', done: received, total: totalSize })
    }
    if (!opener) throw new ProtocolError('truncated', 'envelope ended early')
    const meta = opener.end()
    router ??= new BodyRouter(meta, openSink)
    const text = await router.finish()
    return { text, files, fileInfos: meta.files }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined)
    await router?.abort(error)
    throw error
  }
}

function missingMeta(): never {
  throw new ProtocolError('bad_metadata', 'body arrived before its metadata')
}
