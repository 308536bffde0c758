/**
 * "Next, check out our posts": the editor's picks first, in their order, topped up to `limit`
 * by the candidates that share the most categories and tags, newest first among equals.
 * Never the post itself, never twice.
 */
export interface RelatedCandidate {
  _id: string
  publishedAt?: string | null
  shared?: number
}

export function rankRelatedPosts<P extends RelatedCandidate>({
  selfId,
  curated,
  candidates,
  limit = 3,
}: {
  selfId: string
  curated: P[]
  candidates: P[]
  limit?: number
}): P[] {
  const seen = new Set([selfId])
  const picked: P[] = []
  const take = (post: P) => {
    if (seen.has(post._id)) return
    seen.add(post._id)
    picked.push(post)
  }
  curated.forEach(take)
  const ranked = [...candidates].sort(
    (a, b) => (b.shared ?? 0) - (a.shared ?? 0) || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
  )
  for (const post of ranked) {
    if (picked.length >= limit) break
    take(post)
  }
  return picked
}
