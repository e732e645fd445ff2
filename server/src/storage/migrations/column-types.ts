/** Column types that differ between engines; everything else in a migration is shared. */
export interface ColumnTypes {
  readonly binary: 'blob' | 'bytea'
  readonly timestamp: 'integer' | 'bigint'
}
