import { describe, expect, it } from 'vitest'
import { withoutNeedlessScripts, withScriptFreePage } from './index'

// A page as Next 16 writes it (next build --webpack): runtime scripts in the head, the RSC payload
// in `self.__next_f` scripts at the end of the body.
const flight = (rows: string[]) => `<script>self.__next_f.push(${JSON.stringify([1, rows.join('\n') + '\n'])})</script>`
const ROUTER_ROWS = [
  '2:I[57121,[],""]',
  '3:I[90484,[],"OutletBoundary"]',
  'e:"ViewportBoundary"',
  '4:I[90484,[],"$e"]',
  '14:"static/chunks/app/global-error-38d727934b470332.js"',
  '5:I[54690,["4219","$14"],"default"]',
  '17:"static/chunks/app/(site)/error-9e74638d6a1e71aa.js"',
  '6:I[43793,["7990","$17"],"default"]',
  '1a:"static/chunks/app/(site)/blog/%5Bslug%5D/page-af5f9948c7f8d813.js"',
  '7:I[38119,["4754","$1a"],"StaticIsland"]',
]
const BODY = '<main id="main"><article><h1>Vitamin D</h1><div class="prose-run"><p>Text.</p></div></article></main>'
const DATA_BLOCKS =
  '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script><script type="speculationrules">{"prefetch":[]}</script>'
const page = (rows: string[]) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/css/104f0092c4d60991.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-c108f906c09b9dfd.js"/>' +
  '<script src="/_next/static/chunks/4bd1b696-8cd12253b448cc13.js" async=""></script>' +
  '<script src="/_next/static/chunks/main-app-abdebacede87cd93.js" async=""></script>' +
  '<title>Vitamin D · Cited</title>' +
  '<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>' +
  `<body>${BODY}${DATA_BLOCKS}` +
  '<script src="/_next/static/chunks/webpack-c108f906c09b9dfd.js" id="_R_" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  flight(['1:"$Sreact.fragment"', ...rows]) +
  flight(['0:{"P":null,"c":["","blog","vitamin-d"]}']) +
  '</body></html>'

describe('withoutNeedlessScripts', () => {
  it('sends a page of static islands without Next.js: no runtime, no payload, the same content', () => {
    const html = page(ROUTER_ROWS)
    const stripped = withoutNeedlessScripts(html)
    expect(stripped).not.toContain('<script src=')
    expect(stripped).not.toContain('as="script"')
    expect(stripped).not.toContain('__next_f')
    expect(stripped).toContain(BODY)
    expect(stripped).toContain(DATA_BLOCKS)
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/css/104f0092c4d60991.css"')
    expect(stripped).toContain('<title>Vitamin D · Cited</title>')
  })

  it('leaves a page as it is when it names a client component not known to be inert', () => {
    for (const row of [
      '8:I[81282,["4754","$1a"],"default"]', // a default export outside an error boundary
      '8:I[81282,[],"ClientPageRoot"]', // a router part this module has not been told about
      '8:I[81282,["4754","$1a"],""]', // an app module's default, not the router's
    ]) {
      const html = page([...ROUTER_ROWS, row])
      expect(withoutNeedlessScripts(html), row).toBe(html)
    }
  })

  it("strips a page rendered per request, whose scripts carry the request's nonce", () => {
    const html = page(ROUTER_ROWS).replaceAll('<script', '<script nonce="bm9uY2U="')
    const stripped = withoutNeedlessScripts(html)
    expect(stripped).not.toContain('__next_f')
    expect(stripped).not.toMatch(/<script[^>]*\bsrc=/)
    expect(stripped).toContain(BODY)
  })

  it('leaves a page whole when a script is not of a shape it knows (here: another attribute)', () => {
    const html = page(ROUTER_ROWS).replace('<script>self.__next_f.push', '<script data-extra="1">self.__next_f.push')
    expect(withoutNeedlessScripts(html)).toBe(html)
  })

  it('leaves a page with no payload (already stripped, or not a Next page) as it is', () => {
    const once = withoutNeedlessScripts(page(ROUTER_ROWS))
    expect(withoutNeedlessScripts(once)).toBe(once)
    expect(withoutNeedlessScripts('<html><body><p>Plain</p></body></html>')).toBe('<html><body><p>Plain</p></body></html>')
  })
})

describe('withScriptFreePage', () => {
  it('changes the HTML of page entries in place and passes anything else through', () => {
    const entry = { kind: 'APP_PAGE', html: page(ROUTER_ROWS), headers: {} }
    expect(withScriptFreePage(entry)).toBe(entry)
    expect(entry.html).not.toContain('__next_f')
    const route = { kind: 'APP_ROUTE', body: Buffer.from('x') }
    expect(withScriptFreePage(route)).toEqual({ kind: 'APP_ROUTE', body: Buffer.from('x') })
    expect(withScriptFreePage(null)).toBeNull()
  })
})
