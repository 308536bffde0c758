import { describe, expect, it } from 'vitest'
import { currentSection } from './current-section'

const HEADER = ['/blog', '/blog/category/news', '/blog/category/video', '/authors']

describe('currentSection', () => {
  it('marks the link of the page itself as the page', () => {
    expect(currentSection('/blog', HEADER)).toEqual({ href: '/blog', exact: true })
    expect(currentSection('/authors', HEADER)).toEqual({ href: '/authors', exact: true })
  })

  it('prefers the most specific section: a category over "All posts"', () => {
    expect(currentSection('/blog/category/news', HEADER)).toEqual({ href: '/blog/category/news', exact: true })
    expect(currentSection('/blog/category/video/page/2', HEADER)).toEqual({ href: '/blog/category/video', exact: false })
  })

  it('marks the section of a page inside it', () => {
    expect(currentSection('/blog/page/2', HEADER)).toEqual({ href: '/blog', exact: false })
    expect(currentSection('/authors/amara-nwosu', HEADER)).toEqual({ href: '/authors', exact: false })
  })

  it('marks nothing outside the sections, nor on a page that only shares a prefix', () => {
    expect(currentSection('/', HEADER)).toBeUndefined()
    expect(currentSection('/about', HEADER)).toBeUndefined()
    expect(currentSection('/blogroll', HEADER)).toBeUndefined()
    expect(currentSection('/blog/category/newsletters', HEADER)).toEqual({ href: '/blog', exact: false })
  })
})
