import { initials } from '@/lib/content/initials'
import type { z } from 'zod'
import type { imageSchema } from '@/lib/queries/fragments'
import { ResponsiveImage } from '../ResponsiveImage'

/**
 * A person's round portrait, or, without a photo, their initials in the same circle, so a list
 * of people lines up whoever has a photo. Decorative: the name is always written beside it.
 */
export function Portrait({
  name,
  image,
  layout = 'avatar',
  priority = false,
  className = '',
}: {
  name: string
  image: z.output<typeof imageSchema>
  layout?: 'avatar' | 'portrait'
  priority?: boolean
  className?: string
}) {
  return (
    <div className={`author-portrait ${className}`.trim()} aria-hidden="true">
      {image ? (
        <ResponsiveImage image={{ ...image, alt: '' }} layout={layout} priority={priority} />
      ) : (
        <span className="initials">{initials(name)}</span>
      )}
    </div>
  )
}
