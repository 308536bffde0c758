/**
 * A page never shows the same post twice. Lists are filled in the order the reader meets them:
 * each takes, from its own candidates in their order, the first `limit` not already shown by an
 * earlier list (or in `exclude`, e.g. the post being read). Queries fetch a few spare candidates
 * per list so a later list still fills up after the earlier ones took theirs.
 */
export function showOnce<Item>(
  lists: readonly { candidates: readonly Item[]; limit: number }[],
  idOf: (item: Item) => string,
  exclude: Iterable<string> = [],
): Item[][] {
  const shown = new Set(exclude)
  return lists.map(({ candidates, limit }) => {
    const picked: Item[] = []
    for (const item of candidates) {
      if (picked.length >= limit) break
      const id = idOf(item)
      if (shown.has(id)) continue
      shown.add(id)
      picked.push(item)
    }
    return picked
  })
}
