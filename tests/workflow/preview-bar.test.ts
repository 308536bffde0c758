import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { PreviewBar } from '@/components/preview/PreviewBar'

test('the preview bar says it is a preview and links to exit, with no script', () => {
  const html = renderToStaticMarkup(createElement(PreviewBar))
  expect(html).toMatch(/<aside[^>]*aria-label="Preview mode"/)
  expect(html).toContain('You are seeing drafts. Readers see the published version.')
  expect(html).toMatch(/<a href="\/api\/draft-mode\/disable"[^>]*>Exit preview<\/a>/)
  expect(html).not.toMatch(/<script|on[a-z]+=/i)
})
