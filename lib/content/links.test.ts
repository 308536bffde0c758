import { describe, expect, it } from 'vitest'
import { displayHost, safeHref, safeSourceUrl } from './links'

describe('safeHref', () => {
  it('keeps http, https, mailto and tel links; web links are external', () => {
    expect(safeHref('https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/')).toEqual({
      href: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
      external: true,
    })
    expect(safeHref('http://example.org')).toEqual({ href: 'http://example.org', external: true })
    expect(safeHref('mailto:editor@example.org')).toEqual({ href: 'mailto:editor@example.org', external: false })
    expect(safeHref('tel:+15551234567')).toEqual({ href: 'tel:+15551234567', external: false })
  })

  it('keeps paths on this site, queries and in-page anchors', () => {
    expect(safeHref('/blog/vitamin-b')).toEqual({ href: '/blog/vitamin-b', external: false })
    expect(safeHref('#cite-2')).toEqual({ href: '#cite-2', external: false })
    expect(safeHref('?q=vitamin')).toEqual({ href: '?q=vitamin', external: false })
  })

  it('refuses script and data URLs however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org',
    ]) {
      expect(safeHref(href), href).toBeNull()
    }
  })

  it('refuses protocol-relative and backslash links that would leave the site', () => {
    expect(safeHref('//evil.example/x')).toBeNull()
    expect(safeHref('/\\evil.example')).toBeNull()
    expect(safeHref('evil.example/page')).toBeNull()
  })

  it('refuses empty and non-string values and web links without a host', () => {
    expect(safeHref('')).toBeNull()
    expect(safeHref('   ')).toBeNull()
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref(42)).toBeNull()
    expect(safeHref('https://')).toBeNull()
  })
})

describe('safeSourceUrl', () => {
  it('keeps a #:~:text= fragment exactly as written', () => {
    const url = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/#:~:text=Vitamin%20K2,calcium'
    expect(safeSourceUrl(url)).toBe(url)
  })

  it('accepts only absolute http(s) addresses', () => {
    expect(safeSourceUrl('mailto:a@b.c')).toBeNull()
    expect(safeSourceUrl('javascript:alert(1)')).toBeNull()
    expect(safeSourceUrl('/relative')).toBeNull()
    expect(safeSourceUrl(null)).toBeNull()
  })
})

describe('displayHost', () => {
  it('shows the host without www', () => {
    expect(displayHost('https://www.mayoclinic.org/drugs-supplements')).toBe('mayoclinic.org')
    expect(displayHost('not a url')).toBe('')
  })
})
