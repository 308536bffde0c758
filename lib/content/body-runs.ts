/**
 * A post body cut where client code is needed: each video block (a play button that swaps in the
 * player) on its own, and the text between videos in runs that can be sent as static HTML
 * (components/static-island). Most posts are one run.
 */

/** Block types whose rendering has client code of its own. */
const INTERACTIVE_TYPES = new Set(['videoEmbed'])

export interface BodyRun<Block> {
  /** Stable across renders of the same body: the first block's key. */
  key: string
  interactive: boolean
  blocks: Block[]
}

export function bodyRuns<Block extends { _type?: string; _key?: string }>(blocks: readonly Block[]): BodyRun<Block>[] {
  const runs: BodyRun<Block>[] = []
  blocks.forEach((block, index) => {
    const interactive = INTERACTIVE_TYPES.has(block._type ?? '')
    const last = runs.at(-1)
    if (last && !interactive && !last.interactive) last.blocks.push(block)
    else runs.push({ key: block._key ?? `index-${index}`, interactive, blocks: [block] })
  })
  return runs
}
