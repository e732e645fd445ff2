export { FALLBACK_FILE_NAME, safeFileName } from './file-name.js'
