import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { describe, expect, it } from 'vitest'
import { PREVIEW_PATHNAME_PARAM, PREVIEW_SECRET_PARAM } from '@/lib/preview/enable'
import { BROWSER_TOKEN } from '../global-setup'
import { draftPosts, get, page, publicPosts, slugOf } from '../support'
import { editorClient } from './lake'

const draft = draftPosts[0]!
const draftPath = `/blog/${slugOf(draft)}`

describe('draft mode through a Studio-signed preview URL', () => {
  it('a secret the Studio stored in the Content Lake turns preview on, and the draft shows', async () => {
    // What the Presentation tool does when an editor opens a preview: store a sanity.previewUrlSecret.
    const { secret } = await createPreviewSecret(editorClient(), 'pages-test', '/studio')
    const enable = await get(
      `/api/draft-mode/enable?${new URLSearchParams({ [PREVIEW_SECRET_PARAM]: secret, [PREVIEW_PATHNAME_PARAM]: draftPath })}`,
    )
    expect(enable.status).toBe(307)
    expect(new URL(enable.headers.get('location')!, 'http://x').pathname).toBe(draftPath)
    const cookie = enable.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ')
    expect(cookie).toContain('__prerender_bypass=')

    const preview = await get(draftPath, { headers: { cookie } })
    expect(preview.status).toBe(200)
    const html = await preview.text()
    expect(html).toContain(String(draft.title))
    // Live drafts: the preview may listen to the lake, with the browser token, and only it may.
    expect(html).toContain(BROWSER_TOKEN)
    expect(preview.headers.get('content-security-policy')).toMatch(
      /connect-src 'self' https:\/\/\*\.api\.sanity\.io [^;]*https:\/\/localhost:/,
    )
    const reader = await get(`/blog/${slugOf(publicPosts[0]!)}`)
    expect(await reader.text()).not.toContain(BROWSER_TOKEN)
    expect(reader.headers.get('content-security-policy')).toContain("connect-src 'self';")
    // Readers, without the cookie, still get the designed 404.
    expect((await page(draftPath)).status).toBe(404)
  })

  it('a secret the Content Lake does not hold is refused: 401, no cookie', async () => {
    const response = await get(
      `/api/draft-mode/enable?${new URLSearchParams({ [PREVIEW_SECRET_PARAM]: 'not-a-studio-secret', [PREVIEW_PATHNAME_PARAM]: draftPath })}`,
    )
    expect(response.status).toBe(401)
    expect(response.headers.getSetCookie()).toEqual([])
  })
})
