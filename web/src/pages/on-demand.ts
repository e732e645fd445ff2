import { onDemand } from '../preload.ts'
import { describe, showProblem } from './problem.ts'

/*
 * The pages a visitor of the create or reveal page does not need: each is its
 * own chunk, fetched (and verified) the first time it is shown. The name is
 * the file's: vite.config.ts builds `<template id="preload-page-NAME">` for it.
 */
export const aboutPage = onDemand('page-about', () => import('./about.ts'))
export const adminPage = onDemand('page-admin', () => import('./admin.ts'))
export const apiKeyPage = onDemand('page-api-key', () => import('./api-key.ts'))
export const createdLinksPage = onDemand('page-created-links', () => import('./created-links.ts'))
export const createdPage = onDemand('page-created', () => import('./created.ts'))
export const createdSplitPage = onDemand('page-created-split', () => import('./created-split.ts'))
export const mySecretsPage = onDemand('page-my-secrets', () => import('./my-secrets.ts'))
export const receiptPage = onDemand('page-receipt', () => import('./receipt.ts'))
export const requestsPage = onDemand('page-requests', () => import('./requests.ts'))
export const signInPage = onDemand('page-sign-in', () => import('./sign-in.ts'))
export const splitRevealPage = onDemand('page-split-reveal', () => import('./split-reveal.ts'))

/**
 * Shows a page loaded on demand. One that cannot load (offline, or its chunk
 * failed its integrity check) says so, rather than leaving the view blank; trying
 * again reloads, since a failed chunk is not fetched twice in one page.
 */
export function openPage<T>(load: () => Promise<T>, render: (page: T) => unknown): void {
  void loadPage(load).then((page) => page && render(page))
}

/** The page once loaded, or null after showing why it could not be. */
export function loadPage<T>(load: () => Promise<T>): Promise<T | null> {
  return load().catch((error: unknown) => {
    showProblem(describe(error), () => location.reload())
    return null
  })
}
