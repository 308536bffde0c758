import { PortableText, type PortableTextComponents, type PortableTextMarkComponentProps } from '@portabletext/react'
import type { ReactNode } from 'react'
import type { CitationRefDef } from '@/lib/content/citations'
import type { HeadingAnchor } from '@/lib/content/toc'
import { videoPlayer } from '@/lib/content/video'
import { imageSchema } from '@/lib/queries/fragments'
import type { PortableTextBlocks } from '@/lib/queries/post'
import { ResponsiveImage } from '../ResponsiveImage'
import { SafeLink } from '../SafeLink'
import { CitationMarker } from './CitationMarker'
import { VideoPlayer } from './VideoPlayer'

/**
 * Portable Text for readers. Unknown block types render nothing and unknown marks keep their
 * text, so content from a newer schema or a broken import never breaks a page.
 */

interface RichTextOptions {
  /** Ids for h2–h4 blocks by `_key` (see `headingAnchors`). */
  headings?: readonly HeadingAnchor[]
  /** The numbers the works cited lists: a marker names its entry's title by reference, so it must be there. */
  citedNumbers?: ReadonlySet<number>
}

const CALLOUT_LABELS = { info: 'Note', tip: 'Tip', warning: 'Warning' } as const

type Block = { _key?: string; children?: ReadonlyArray<object> }

/** Editors leave empty paragraphs behind; they would only add gaps. */
const isEmptyBlock = (block: Block) =>
  !block.children?.some((child) => {
    const text = (child as { text?: unknown }).text
    return typeof text !== 'string' || text.trim() !== ''
  })

function LinkMark({ value, children }: PortableTextMarkComponentProps<{ _type: 'link'; href?: unknown }>) {
  return <SafeLink href={value?.href}>{children}</SafeLink>
}

function components({ headings = [], citedNumbers = new Set() }: RichTextOptions): PortableTextComponents {
  const idByKey = new Map(headings.map((heading) => [heading.key, heading.id]))
  const heading = (Tag: 'h2' | 'h3' | 'h4') =>
    function Heading({ value, children, index }: { value: Block; children?: ReactNode; index: number }) {
      if (isEmptyBlock(value)) return null
      const id = idByKey.get(value._key ?? `index-${index}`)
      if (!id) return <Tag>{children}</Tag>
      return (
        <Tag id={id} className="anchored">
          <a href={`#${id}`} className="heading-link">
            {children}
          </a>
        </Tag>
      )
    }

  return {
    block: {
      normal: ({ value, children }) => (isEmptyBlock(value) ? null : <p>{children}</p>),
      h2: heading('h2'),
      h3: heading('h3'),
      h4: heading('h4'),
      blockquote: ({ children }) => <blockquote>{children}</blockquote>,
    },
    unknownBlockStyle: ({ value, children }) => (isEmptyBlock(value) ? null : <p>{children}</p>),
    list: {
      bullet: ({ children }) => <ul>{children}</ul>,
      number: ({ children }) => <ol>{children}</ol>,
    },
    unknownList: ({ children }) => <ul>{children}</ul>,
    listItem: ({ children }) => <li>{children}</li>,
    unknownListItem: ({ children }) => <li>{children}</li>,
    marks: {
      strong: ({ children }) => <strong>{children}</strong>,
      em: ({ children }) => <em>{children}</em>,
      code: ({ children }) => <code>{children}</code>,
      link: LinkMark,
      citationRef: ({ value, children }: PortableTextMarkComponentProps<CitationRefDef & { _type: 'citationRef' }>) => {
        const number = value?.number
        if (typeof number !== 'number' || !value?.anchorId) return <>{children}</>
        return (
          <CitationMarker number={number} anchorId={value.anchorId} listed={citedNumbers.has(number)}>
            {children}
          </CitationMarker>
        )
      },
    },
    unknownMark: ({ children }) => <>{children}</>,
    types: {
      image: ({ value }: { value: unknown }) => {
        const image = imageSchema.parse(value)
        if (!image) return null
        const caption = image.caption?.trim() ? image.caption : null
        return (
          <figure className="body-figure">
            <ResponsiveImage image={image} layout="body" />
            {caption ? <figcaption>{caption}</figcaption> : null}
          </figure>
        )
      },
      callout: ({ value }: { value: { tone?: unknown; body?: unknown } }) => {
        if (!Array.isArray(value.body) || value.body.length === 0) return null
        const tone = typeof value.tone === 'string' && value.tone in CALLOUT_LABELS ? (value.tone as keyof typeof CALLOUT_LABELS) : 'info'
        return (
          <div className={`callout callout-${tone}`} role="note">
            <p className="callout-label">{CALLOUT_LABELS[tone]}</p>
            <RichText value={value.body as PortableTextBlocks} />
          </div>
        )
      },
      videoEmbed: ({ value }: { value: { url?: unknown; caption?: unknown } }) => {
        const player = videoPlayer(value.url)
        if (!player) return null
        const caption = typeof value.caption === 'string' && value.caption.trim() ? value.caption.trim() : null
        return (
          <figure className="body-figure video">
            <div className="video-frame">
              <VideoPlayer
                embedUrl={player.embedUrl}
                watchUrl={player.watchUrl}
                title={caption ?? `Video on ${player.providerName}`}
                providerName={player.providerName}
              />
            </div>
            <figcaption>
              {caption ? <>{caption} · </> : null}
              <a href={player.watchUrl} rel="noopener noreferrer">
                Watch on {player.providerName}
              </a>
            </figcaption>
          </figure>
        )
      },
    },
    unknownType: () => null,
    hardBreak: () => <br />,
  }
}

export type RichTextProps = { value: PortableTextBlocks } & RichTextOptions

export function RichText({ value, ...options }: RichTextProps) {
  return <PortableText value={value} components={components(options)} onMissingComponent={false} />
}
