import type { CitationFields } from '../../lib/references/lookup/fields'

/**
 * What a lookup changes in the citation form: it fills fields the editor left empty and keeps
 * everything they typed (listed, so they can compare). Authors get the `_key`s Sanity's arrays
 * need. The result is patched into the draft only; publishing stays the editor's decision.
 */

export interface LookupPatch {
  /** Field → value, for `set` on the draft. */
  set: Record<string, unknown>
  /** Fields where the editor's value was kept although the lookup found another. */
  kept: string[]
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function lookupPatch(
  current: Record<string, unknown> | null | undefined,
  fields: CitationFields,
  makeKey: () => string = () => Math.random().toString(36).slice(2, 10),
): LookupPatch {
  const set: Record<string, unknown> = {}
  const kept: string[] = []
  for (const [name, value] of Object.entries(fields)) {
    if (isEmpty(value)) continue
    const existing = current?.[name]
    if (!isEmpty(existing)) {
      const comparable = Array.isArray(existing) ? existing.map(({ _key, ...rest }: { _key?: string }) => rest) : existing
      if (!same(comparable, value)) kept.push(name)
      continue
    }
    set[name] = name === 'authors' ? (value as object[]).map((author) => ({ _key: makeKey(), ...author })) : value
  }
  return { set, kept }
}

/** The route's answer, or a message for the editor. */
export async function requestLookup(
  input: string,
  token: string | undefined,
  fetcher: typeof fetch = fetch,
): Promise<{ fields: CitationFields } | { error: string }> {
  if (!token) {
    return { error: 'Lookup needs your Studio session token; sign out and sign in again (token sign-in) to use it.' }
  }
  let response: Response
  try {
    response = await fetcher('/api/references/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ input }),
    })
  } catch {
    return { error: 'The site could not be reached.' }
  }
  const body = (await response.json().catch(() => null)) as { fields?: CitationFields; error?: string } | null
  if (response.ok && body?.fields) return { fields: body.fields }
  return { error: body?.error ?? `The lookup failed (HTTP ${response.status}).` }
}
