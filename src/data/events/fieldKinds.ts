/**
 * The vocabulary in which `datasetFields.ts` declares the `events.json` format once: each field is a kind
 * (text, an id, a date, a list of…, an object of…), its limits and its description. Two builders read the
 * declaration: `datasetSchema.ts` makes the zod/mini schema (messages for people, JSON Schema),
 * `datasetFastPath.ts` the zod-free check that accepts a valid file at start-up. Free of zod, so the page can
 * load it at start-up.
 */

/**
 * Kinds with a check of their own (a pattern, a calendar, the country list, a URL parser): each builder has
 * its own, and the zod side its messages (kept out of the page's start-up).
 */
export type CheckedKind =
  | 'id'
  | 'passage'
  | 'organization'
  | 'caseId'
  | 'date'
  | 'day'
  | 'country'
  | 'url'
  /** An https URL, or a protocol-relative `//host/path` one (made https when converted). */
  | 'mediaUrl'
  | 'corrections'

export type FieldKind =
  /** Trimmed text of at least one character (`empty`: the message when it has none) and at most `max`. */
  | {
      readonly kind: 'text'
      readonly max?: number
      readonly empty?: string
      readonly description?: string
    }
  /** Any text, as written. */
  | { readonly kind: 'string'; readonly description?: string }
  | { readonly kind: CheckedKind; readonly description?: string }
  | { readonly kind: 'enum'; readonly values: readonly [string, ...string[]] }
  | { readonly kind: 'boolean' }
  | {
      readonly kind: 'array'
      readonly of: FieldKind
      readonly min?: number
      readonly minMessage?: string
      readonly max?: number
    }
  /** A record of `fields`; other fields are ignored, or refused when `strict`. */
  | {
      readonly kind: 'object'
      readonly fields: Fields
      readonly strict?: boolean
    }
  /** The field may be absent. */
  | { readonly kind: 'optional'; readonly of: FieldKind }
  | { readonly kind: 'nullable'; readonly of: FieldKind }

export type Fields = Readonly<Record<string, FieldKind>>

export const text = (
  max?: number,
  options: { empty?: string; description?: string } = {},
) =>
  ({ kind: 'text', ...(max === undefined ? {} : { max }), ...options }) as const

export const string = (description?: string) =>
  ({
    kind: 'string',
    ...(description === undefined ? {} : { description }),
  }) as const

export const checked = <K extends CheckedKind>(kind: K, description?: string) =>
  ({ kind, ...(description === undefined ? {} : { description }) }) as const

export const oneOf = <const V extends readonly [string, ...string[]]>(
  values: V,
) => ({ kind: 'enum', values }) as const

export const boolean = { kind: 'boolean' } as const

export const array = <const T extends FieldKind>(
  of: T,
  limits: { min?: number; minMessage?: string; max?: number } = {},
) => ({ kind: 'array', of, ...limits }) as const

export const object = <const F extends Fields>(
  fields: F,
  options: { strict?: boolean } = {},
) => ({ kind: 'object', fields, ...options }) as const

export const optional = <const T extends FieldKind>(of: T) =>
  ({ kind: 'optional', of }) as const

export const nullable = <const T extends FieldKind>(of: T) =>
  ({ kind: 'nullable', of }) as const

/** The value a field of kind `K` holds once checked (texts trimmed; optional fields may be absent). */
export type ValueOf<K> = K extends {
  kind: 'enum'
  values: readonly (infer V)[]
}
  ? V
  : K extends { kind: 'boolean' }
    ? boolean
    : K extends { kind: 'array'; of: infer T }
      ? ValueOf<T>[]
      : K extends { kind: 'object'; fields: infer F }
        ? RecordOf<F>
        : K extends { kind: 'nullable'; of: infer T }
          ? ValueOf<T> | null
          : K extends { kind: 'optional'; of: infer T }
            ? ValueOf<T>
            : string

type OptionalKeys<F> = {
  [Key in keyof F]: F[Key] extends { kind: 'optional' } ? Key : never
}[keyof F]

type RecordOf<F> = {
  -readonly [Key in Exclude<keyof F, OptionalKeys<F>>]: ValueOf<F[Key]>
} & { -readonly [Key in OptionalKeys<F>]?: ValueOf<F[Key]> }
