import { parseArgs } from 'node:util'

/** What the package's commands share: arguments parsed by Node's own `parseArgs`, `--help`, and counts in words. */

export class UsageError extends Error {
  override name = 'UsageError'
}

type Flags = Record<string, { type: 'boolean'; short?: string }>

export interface CommandLine<F extends Flags> {
  help: boolean
  flags: { [K in keyof F]: boolean }
  /** The one optional positional argument (a dataset path, for every command here). */
  path: string | undefined
}

/** `--help`/`-h` and the given boolean flags; at most one positional. Anything else is a UsageError carrying the usage. */
export function parseCommandLine<F extends Flags>(argv: readonly string[], flags: F, usage: string): CommandLine<F> {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...flags, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('. ')[0] : String(error)}\n${usage}`)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) throw new UsageError(`Only one dataset path, please (got ${positionals.join(' and ')})\n${usage}`)
  const selected = Object.fromEntries(Object.keys(flags).map((name) => [name, values[name] === true])) as { [K in keyof F]: boolean }
  return { help: values.help === true, flags: selected, path: positionals[0] }
}

/** "1 error", "2 errors"; `plural` for words that do not just take an "s". */
export const count = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n === 1 ? singular : plural}`
