import { studioTheme, ThemeProvider } from '@sanity/ui'
import { createElement, type ComponentType, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { route, RouterProvider, type RouterProviderProps } from 'sanity/router'
import { describe, expect, test } from 'vitest'
import { ExistingEntryOffer } from './SourceUrlInput'

// The Studio's own intent route (/intent/<intent>/<params>), as its router resolves intent links.
const router = route.create('/', [route.intents('/intent')])

function render(existing: { _id: string; title?: string }) {
  return renderToStaticMarkup(
    createElement(
      ThemeProvider,
      { theme: studioTheme },
      createElement(
        RouterProvider as ComponentType<Omit<RouterProviderProps, 'children'> & { children?: ReactNode }>,
        { router, state: {}, onNavigate: () => {} },
        createElement(ExistingEntryOffer, { existing }),
      ),
    ),
  )
}

describe('the duplicate offer on a citation form', () => {
  test('names the existing entry and links to it with "Use the existing entry"', () => {
    const html = render({ _id: 'drafts.citation-ods-vitamin-d', title: 'Vitamin D fact sheet' })
    expect(html).toContain('“Vitamin D fact sheet” is the same source')
    // The published id: the entry posts cite, not its draft.
    expect(html).toMatch(/<a [^>]*href="\/intent\/edit\/id=citation-ods-vitamin-d;type=citation\/?"[^>]*>[\s\S]*Use the existing entry/)
  })
})
