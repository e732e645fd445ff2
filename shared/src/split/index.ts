export * from './share-link.js'
export * from './shares.js'
