import type { RoomOptions } from './reserve.js'
import type { Statements } from '../queries/index.js'
import type { StoreEvent } from '../events.js'
import type { WriteOp, WriteResult } from '../writes/index.js'

/** Messages between the main thread and the SQLite writer thread. */
export type WriterCommand =
  | { readonly type: 'batch'; readonly ops: readonly WriteOp[] }
  | { readonly type: 'checkpoint' | 'ping' | 'close' }

export type WriterRequest = WriterCommand & { readonly seq: number }

export type WireSettled =
  | { readonly ok: true; readonly value: WriteResult; readonly events: readonly StoreEvent[] }
  | { readonly ok: false; readonly error: string }

export interface WriterReplyMessage {
  readonly type: 'reply'
  readonly seq: number
  readonly results?: readonly WireSettled[]
  readonly error?: string
}

export type WriterMessage = { readonly type: 'ready' } | WriterReplyMessage

export interface WriterData {
  readonly path: string
  /** Compiled on the main thread: the writer needs no query builder. */
  readonly statements: Statements
  /** What the writing connection keeps for writes that free space. */
  readonly room: RoomOptions
}
