export { CHARACTER_SETS, generatePassword, passwordBits, type CharacterSet } from './password.js'
export { generatePassphrase, passphraseBits } from './passphrase.js'
export { WORDS } from './words.js'
export { randomBelow, pick, distinctIndices } from './random.js'
