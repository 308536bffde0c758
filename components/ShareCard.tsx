import { ImageResponse } from 'next/og'
import { shareImageText } from '@/lib/content/share-text'
import { SHARE_IMAGE_SIZE } from '@/lib/images/share'

/**
 * The card drawn when a page without an image of its own is shared: a label, a title and the
 * site name. next/og's bundled font only, so drawing it needs no network.
 */
export function renderShareCard({ label, title, siteTitle: rawSiteTitle }: { label: string; title: string; siteTitle: string }): Response {
  const siteTitle = shareImageText(rawSiteTitle, 'Cited')
  const heading = shareImageText(title, siteTitle)
  const eyebrow = shareImageText(label, siteTitle)
  const fontSize = heading.length > 90 ? 52 : heading.length > 50 ? 64 : 76
  return new ImageResponse(
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
      <div style={{ display: 'flex', fontSize: 28, color: '#0d6b63', letterSpacing: 2, textTransform: 'uppercase' }}>{eyebrow}</div>
      <div style={{ display: 'flex', fontSize, lineHeight: 1.12, fontWeight: 700, maxHeight: 420, overflow: 'hidden' }}>{heading}</div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 30, color: '#4a5852' }}>
        <span>{siteTitle}</span>
        <span>Every claim cited</span>
      </div>
    </div>,
    SHARE_IMAGE_SIZE,
  )
}

export const notFoundCard = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
