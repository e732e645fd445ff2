export * from './errors.js'
export type { ClientOptions, Fetch, FetchResponse, ByteStream } from './http.js'
export type { FileSource, FileSink, Progress } from './content.js'
export {
  createSecret,
  getInstanceConfig,
  type CreateOptions,
  type CreatedSecret,
} from './create.js'
export { createSplitSecret, type CreatedSplitSecret } from './split.js'
export {
  createFanOutSecret,
  getLinkStatuses,
  openLinkLabels,
  type CreatedFanOutSecret,
  type LinkStatus,
} from './fan-out.js'
export {
  peekSecret,
  revealSecret,
  type RevealOptions,
  type RevealTarget,
  type RevealedSecret,
} from './reveal.js'
export { getReceiptStatus, burnSecret, type ReceiptOptions } from './receipts.js'
export * from './account.js'
export {
  createRequest,
  viewRequest,
  answerRequest,
  listInbox,
  closeRequest,
  type PrfEvaluator,
  type CreateRequestOptions,
  type CreatedRequest,
  type OpenedRequest,
  type AnswerRequestOptions,
  type AnsweredRequest,
  type InboxOptions,
  type InboxAnswer,
  type Inbox,
} from './requests.js'
