import type { z } from 'zod'

type IsNullOnly<T> = [T] extends [null] ? ([null] extends [T] ? true : false) : false

/**
 * True when some field of a query result can only be `null`: TypeGen types a projected field
 * the schema does not have (renamed, removed, misspelt) as `null`.
 */
type HasNullOnlyField<T> = T extends readonly (infer Item)[]
  ? HasNullOnlyField<Item>
  : T extends object
    ? true extends { [Key in keyof T]-?: IsNullOnly<T[Key]> extends true ? true : HasNullOnlyField<T[Key]> }[keyof T]
      ? true
      : false
    : false

/**
 * The compile-time tie between a GROQ query and the zod schema that parses its result: `true`
 * only when every result TypeGen allows is input the schema accepts, and no projected field is
 * one the Sanity schema lacks. Renaming a schema field therefore fails `tsc` at each query.
 */
export type Fits<Result, Schema extends z.ZodType> = [Result] extends [z.input<Schema>]
  ? true extends HasNullOnlyField<Result>
    ? 'a projected field is not in the Sanity schema (TypeGen typed it as null)'
    : true
  : 'the zod schema does not accept the query result type TypeGen generated'

/** Compiles only for `true`: `type _Checked = Assert<Fits<QUERY_RESULT, typeof schema>>`. */
export type Assert<Check extends true> = Check
