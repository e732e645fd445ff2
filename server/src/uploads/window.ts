/**
 * How long a streamed upload may take, from its declaration, before it is
 * refused and swept; also how long chunks of a secret that left `active` are
 * kept for a download still running (a process that stops mid-download
 * leaves them behind).
 */
export const UPLOAD_WINDOW_MS = 60 * 60 * 1000
