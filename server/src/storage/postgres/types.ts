import pg from 'pg'

const INT8_OID = 20

/**
 * Timestamps are bigint milliseconds; pg returns int8 as a string because it
 * may exceed 2^53. Epoch milliseconds stay far below that, so they are parsed
 * to numbers, as SQLite returns them.
 */
export const types = new pg.TypeOverrides()
types.setTypeParser(INT8_OID, 'text', Number)
