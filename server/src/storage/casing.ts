/** `max_views` → `maxViews`, as a type. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S

/** A row's fields as the rest of the server names them: the one casing rule between the two. */
export type CamelCased<Row> = { readonly [K in keyof Row & string as CamelCase<K>]: Row[K] }

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/**
 * The row with `columns` from camelCase fields, by the same rule as
 * CamelCased. The names are mapped once, here, not per call.
 */
export function rowOf<Row extends object>(
  columns: readonly (keyof Row & string)[],
): (fields: CamelCased<Row>) => Row {
  const names = columns.map((column) => [column, camelCase(column)] as const)
  return (fields) => {
    const source = fields as Record<string, unknown>
    const row: Record<string, unknown> = {}
    for (const [column, field] of names) row[column] = source[field]
    return row as Row
  }
}
