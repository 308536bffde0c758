import { renderShareImage, SHARE_IMAGE_ALT, SHARE_IMAGE_SIZE } from '@/components/post/ShareImage'

export const alt = SHARE_IMAGE_ALT
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

// Drawn on first request and then cached, not at build: a share image costs far more than a
// page, and most are never fetched. (X reads og:image too, so there is no separate twitter-image.)
export function generateStaticParams() {
  return []
}

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  return renderShareImage((await params).slug)
}
