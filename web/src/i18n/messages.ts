import type en from '../locales/en.ts'

/** A plural message: one form per Intl.PluralRules category the language uses ("other" always). */
export type Plural = { readonly other: string } & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string
}

export type Message = string | Plural

type Shape<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends { other: string }
      ? Plural
      : Shape<T[K]>
}

/** The shape every locale file has: English's keys, any text, any plural categories. */
export type Messages = Shape<typeof en>

/** Picks one message from a catalogue; views keep picks, so they can re-render in another language. */
export type Pick = (m: Messages) => string
