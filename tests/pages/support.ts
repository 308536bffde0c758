import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import { inject } from 'vitest'

/** Helpers for the page tests: fetch from the built server, parse what comes back. */

export const origin = () => inject('pagesOrigin')
/** Which source the server under test reads: the local dataset or the (stand-in) Content Lake. */
export const mode = () => inject('pagesMode')

/** Where the site's images are served from in this mode, as an absolute URL prefix. */
export function imageUrlPrefix(): string {
  const lake = inject('pagesLake')
  return lake ? `https://cdn.sanity.io/images/${lake.projectId}/${lake.dataset}/` : 'https://cited.example/media/'
}

export async function get(pathname: string, init: RequestInit = {}) {
  const request = () => fetch(`${origin()}${pathname}`, { redirect: 'manual', ...init })
  try {
    return await request()
  } catch (error) {
    // Keep-alive race: the server closed an idle pooled socket just as fetch reused it
    // ("other side closed"). A GET may be sent again; a server that really died fails twice.
    const code = (error as { cause?: { code?: string } }).cause?.code
    if ((init.method ?? 'GET') !== 'GET' || code !== 'UND_ERR_SOCKET') throw error
    return request()
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** Header names and values as sent, repeats included. */
  rawHeaders: string[]
  body: Buffer
}

/** A GET over raw HTTP: the body as sent (fetch() would undo its encoding), the headers as sent. */
export function rawGet(pathname: string, headers: Record<string, string>) {
  return new Promise<RawResponse>((resolve, reject) => {
    const outgoing = request(`${origin()}${pathname}`, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }),
      )
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

export async function page(pathname: string): Promise<{ status: number; html: string; document: Document }> {
  const response = await get(pathname)
  const html = await response.text()
  return { status: response.status, html, document: new JSDOM(html).window.document }
}

export function parseXml(xml: string): Document {
  const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document
  if (document.querySelector('parsererror')) throw new Error('not well-formed XML')
  return document
}

export function jsonLd(document: Document): Array<Record<string, unknown>> {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? ''))
}

/** The demo dataset the server was built from, read directly (not through the site's queries). */
export type Doc = { _id: string; _type: string; [key: string]: unknown }
export const demoDocuments: Doc[] = readFileSync(path.join(process.cwd(), 'content/demo/data.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Doc)

export const isDraft = (doc: Doc) => doc._id.startsWith('drafts.')
export const slugOf = (doc: Doc) => (doc.slug as { current?: string } | undefined)?.current ?? ''
export const publicPosts = demoDocuments.filter((doc) => doc._type === 'post' && !isDraft(doc) && slugOf(doc) && doc.publishedAt)
export const draftPosts = demoDocuments.filter((doc) => doc._type === 'post' && isDraft(doc))
export const byId = new Map(demoDocuments.map((doc) => [doc._id, doc]))

/** Plain text of a Portable Text array. */
export function portableText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return ''
  return blocks
    .map((block) => (Array.isArray(block?.children) ? block.children.map((child: { text?: string }) => child.text ?? '').join('') : ''))
    .join(' ')
}

export const normalizeSpace = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
