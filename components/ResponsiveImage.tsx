import type { ImageView } from '@/lib/queries/fragments'
import { responsiveImage } from '@/lib/content/images'

/**
 * An image with its intrinsic size so the page never shifts while it loads. `priority` is for
 * the one image that is likely the largest paint (a post's hero).
 */
export function ResponsiveImage({
  image,
  sizes,
  priority = false,
}: {
  image: Pick<ImageView, 'url' | 'width' | 'height' | 'alt'>
  sizes: string
  priority?: boolean
}) {
  const { src, srcSet } = responsiveImage(image.url, image.width)
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
