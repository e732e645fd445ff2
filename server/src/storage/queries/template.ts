import type { Compilable } from 'kysely'

/** Where a placeholder's value comes from: a named argument, or a constant of the statement. */
export type Slot = { readonly arg: string } | { readonly value: unknown }

/**
 * A statement compiled once, at start-up, by kysely for one dialect: its SQL
 * and, per placeholder, which argument fills it. Plain data, so it can be
 * sent to the writer thread, which then needs no query builder at all; and
 * nothing is compiled again per request.
 */
export interface Template<Row, Args> {
  readonly sql: string
  readonly slots: readonly Slot[]
  /** Type-only: the row a statement returns and the arguments it takes. */
  readonly types?: { readonly row: Row; readonly args: Args }
}

class Arg {
  constructor(readonly name: string) {}
}

/**
 * Builds a statement with kysely, with each argument standing in as a marker
 * object that kysely passes through as an ordinary parameter; after
 * compilation the markers become argument slots.
 */
export function template<Args extends object, Row>(
  build: (args: Args) => Compilable<Row>,
): Template<Row, Args> {
  const args = new Proxy({}, { get: (_target, name) => new Arg(String(name)) }) as Args
  const compiled = build(args).compile()
  return {
    sql: compiled.sql,
    slots: compiled.parameters.map((p) => (p instanceof Arg ? { arg: p.name } : { value: p })),
  }
}

/** The parameter list for one execution, in placeholder order. */
export function bind<Args extends object>(t: Template<unknown, Args>, args: Args): unknown[] {
  const values = args as Record<string, unknown>
  return t.slots.map((slot) => ('arg' in slot ? values[slot.arg] : slot.value))
}
