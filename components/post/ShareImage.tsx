import { ImageResponse } from 'next/og'
import { getShareCard, getSiteSettings } from '@/lib/data'
import { shareImageText } from '@/lib/content/share-text'

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }
export const SHARE_IMAGE_ALT = 'The article title on a card with the site name'

/**
 * The card shown when a post is shared: title, categories and site name. Drawn with next/og's
 * bundled font, so building it needs no network.
 */
export async function renderShareImage(slug: string): Promise<Response> {
  const [site, card] = await Promise.all([getSiteSettings(), getShareCard(slug)])
  if (!card) return new Response('Not found', { status: 404 })
  const siteTitle = shareImageText(site.title, 'Cited')
  const title = shareImageText(card.title, siteTitle)
  const label = shareImageText(card.categories.join(' · '), siteTitle)
  const fontSize = title.length > 90 ? 52 : title.length > 50 ? 64 : 76
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#fbfaf7',
          color: '#1b2420',
          borderTop: '18px solid #0d6b63',
        }}
      >
        <div style={{ display: 'flex', fontSize: 28, color: '#0d6b63', letterSpacing: 2, textTransform: 'uppercase' }}>{label}</div>
        <div style={{ display: 'flex', fontSize, lineHeight: 1.12, fontWeight: 700, maxHeight: 420, overflow: 'hidden' }}>{title}</div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 30, color: '#4a5852' }}>
          <span>{siteTitle}</span>
          <span>Every claim cited</span>
        </div>
      </div>
    ),
    SHARE_IMAGE_SIZE,
  )
}
