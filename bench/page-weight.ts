// What a reader downloads for one page: the HTML, every script it loads, and its inline scripts.

import { gzipBytes } from './support'

export interface PageWeight {
  url: string
  htmlBytes: number
  htmlGzip: number
  /** External scripts a module-capable browser loads (`nomodule` polyfills are left out). */
  scripts: Array<{ src: string; bytes: number; gzip: number }>
  /** Scripts only legacy browsers fetch, listed for completeness, not counted. */
  noModuleScripts: string[]
  inlineScripts: { count: number; bytes: number; gzip: number }
  /** External scripts (each gzip'd on its own, as served) plus the inline ones. */
  jsGzip: number
}

const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes)

export async function measurePageWeight(origin: string, pathname: string): Promise<PageWeight> {
  const url = new URL(pathname, origin).href
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  const html = await response.text()

  const externals = new Set<string>()
  const noModuleScripts: string[] = []
  const inline: string[] = []
  for (const [, attributes = '', content = ''] of html.matchAll(SCRIPT_TAG)) {
    const src = attribute(attributes, 'src')
    const type = attribute(attributes, 'type')
    const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').toLowerCase()
    if (src) {
      const value = src[1] ?? src[2] ?? src[3] ?? ''
      if (attribute(attributes, 'nomodule')) noModuleScripts.push(value)
      else externals.add(value)
    } else if (content.trim() && (typeValue === '' || typeValue === 'module' || typeValue.includes('javascript'))) {
      // JSON-LD and other data blocks are not scripts a browser runs.
      inline.push(content)
    }
  }

  const scripts = await Promise.all(
    [...externals].map(async (src) => {
      const scriptUrl = new URL(src.replaceAll('&amp;', '&'), url).href
      const scriptResponse = await fetch(scriptUrl)
      if (!scriptResponse.ok) throw new Error(`${scriptUrl} answered ${scriptResponse.status}`)
      const body = Buffer.from(await scriptResponse.arrayBuffer())
      return { src, bytes: body.length, gzip: gzipBytes(body) }
    }),
  )
  const inlineText = inline.join('\n')
  const inlineScripts = { count: inline.length, bytes: Buffer.byteLength(inlineText), gzip: inline.length ? gzipBytes(inlineText) : 0 }
  return {
    url,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipBytes(html),
    scripts,
    noModuleScripts,
    inlineScripts,
    jsGzip: scripts.reduce((sum, script) => sum + script.gzip, 0) + inlineScripts.gzip,
  }
}
