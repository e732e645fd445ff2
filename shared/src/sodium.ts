import type StandardSodium from 'libsodium-wrappers'
import type SumoSodium from 'libsodium-wrappers-sumo'

export type { StateAddress } from 'libsodium-wrappers'

/** The functions every build has; the sumo build adds crypto_pwhash (Argon2id). */
export type Sodium = typeof StandardSodium
export type SodiumWithPwhash = typeof SumoSodium

let standard: Promise<Sodium> | undefined
let sumo: Promise<SodiumWithPwhash> | undefined

/**
 * The only place libsodium is imported. The sumo build (≈85 KB gzip more) is
 * loaded only when a passphrase is involved; bundlers emit it as its own chunk.
 */
export function loadSodium(): Promise<Sodium> {
  standard ??= import('libsodium-wrappers').then(async ({ default: s }) => {
    await s.ready
    return s
  })
  return standard
}

export function loadSodiumWithPwhash(): Promise<SodiumWithPwhash> {
  sumo ??= import('libsodium-wrappers-sumo').then(async ({ default: s }) => {
    await s.ready
    return s
  })
  return sumo
}

export function loadSodiumFor(passphrase: boolean): Promise<Sodium> {
  return passphrase ? loadSodiumWithPwhash() : loadSodium()
}
