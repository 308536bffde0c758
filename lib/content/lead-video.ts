/**
 * A Video post opens with its video: the first video block of the body takes the hero's place at
 * the top (one player, where the reader looks), and the body goes on without it. Other posts keep
 * their hero and their videos where the editor put them.
 */
export const VIDEO_CATEGORY_SLUG = 'video'

export function leadVideo<Block extends { _type?: string }>(post: {
  categories: readonly { slug: string }[]
  body: readonly Block[]
}): { video: Block; body: Block[] } | null {
  if (!post.categories.some((category) => category.slug === VIDEO_CATEGORY_SLUG)) return null
  const index = post.body.findIndex((block) => block._type === 'videoEmbed')
  if (index < 0) return null
  return { video: post.body[index]!, body: [...post.body.slice(0, index), ...post.body.slice(index + 1)] }
}
