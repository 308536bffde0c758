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
  // Only the attributes this image has: an attribute set to undefined still costs a `$undefined`
  // in the RSC payload, four per card on a listing.
  const widths = srcSet ? { srcSet, sizes } : {}
  const optional = {
    ...(priority ? { fetchPriority: 'high' as const } : {}),
    ...(position || placeholder
      ? { style: { objectPosition: position, ...(placeholder ? { backgroundImage: placeholder, backgroundSize: 'cover' } : {}) } }
      : {}),
  }
  return (
    <img
      src={src}
      {...widths}
      width={width}
      height={height}
      alt={image.alt}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      {...optional}
    />
  )
}
