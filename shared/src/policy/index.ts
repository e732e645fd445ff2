export { FALLBACK_FILE_NAME, safeFileName } from './file-name.js'
export {
  checkSend,
  maxTextBytes,
  sendLimits,
  utf8Length,
  type FileLimits,
  type FileProblem,
  type SendCheck,
  type SendLimits,
} from './send-limits.js'
