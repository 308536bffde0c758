import { IMAGE_LAYOUTS, type ImageLayout } from '@/lib/images/layouts'
import { objectPosition, responsiveImage } from '@/lib/images/urls'
import type { ImageView } from '@/lib/queries/fragments'

/**
 * An image as the editor cropped it, at the size its place on the page needs, with its intrinsic
 * size so the page never shifts while it loads. `priority` is for the one image that is likely
 * the largest paint (a post's hero, the first card). A server component: no script.
 */
export function ResponsiveImage({
  image,
  layout,
  priority = false,
}: {
  image: Pick<ImageView, 'url' | 'width' | 'height' | 'alt' | 'crop' | 'hotspot' | 'lqip'>
  layout: ImageLayout
  priority?: boolean
}) {
  const { sizes, defaultWidth } = IMAGE_LAYOUTS[layout]
  const { src, srcSet, width, height } = responsiveImage(image, { defaultWidth })
  const position = objectPosition(image)
  // The blurred preview only under the hero: it is the largest paint and sits above the fold, so
  // a reader on a slow connection sees its colours at once. On cards it would add ~0.5 KB of
  // HTML per card for images most readers scroll to after they have loaded anyway.
  const placeholder = layout === 'hero' && image.lqip ? `url("${image.lqip}")` : undefined
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={width}
      height={height}
      alt={image.alt}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      style={
        position || placeholder
          ? { objectPosition: position, ...(placeholder ? { backgroundImage: placeholder, backgroundSize: 'cover' } : {}) }
          : undefined
      }
    />
  )
}
