export * from './keys.js'
export * from './prepare.js'
