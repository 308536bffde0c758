import { renderShareImage, SHARE_IMAGE_ALT, shareImageStaticParams } from '@/components/post/ShareImage'

export const alt = SHARE_IMAGE_ALT
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const generateStaticParams = shareImageStaticParams

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  return renderShareImage((await params).slug)
}
