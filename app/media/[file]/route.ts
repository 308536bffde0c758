import { siteData } from '@/lib/data'
import { LRUCache } from 'lru-cache'
import { ImageParamError, parseImageRequest, transformImage, type TransformedImage } from '@/lib/images/transform'
import { mimeTypeOf } from '@/lib/source/dataset-file'

const localSource = siteData.reader.local

/**
 * Images of the local dataset (`/media/<sha1>-<w>x<h>.<ext>`), resized and cropped on request
 * with the same query parameters as Sanity's image CDN (lib/images/transform.ts). None when the
 * Content Lake is the source. Dynamic because the answer depends on the query and on `Accept`.
 */
const FILE_NAME = /^[a-f0-9]+-\d+x\d+\.[a-z0-9]+$/i

// Each size is encoded once per server: the URLs carry the file's hash, so an entry never goes stale.
const transformed = new LRUCache<string, TransformedImage>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (image) => image.body.length || 1,
})

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const bytes = FILE_NAME.test(file) && localSource ? await localSource.readAssetFile(file) : undefined
  if (!bytes) return text(404, 'Not found')
  const extension = file.slice(file.lastIndexOf('.') + 1)

  const query = new URL(request.url).searchParams
  let imageRequest
  try {
    imageRequest = parseImageRequest(query)
  } catch (error) {
    if (error instanceof ImageParamError) return text(400, error.message)
    throw error
  }
  const accept = request.headers.get('accept') ?? ''
  const key = `${file}?${query.toString()}|${imageRequest.auto && accept.includes('image/webp') ? 'webp' : ''}`
  let image = transformed.get(key)
  if (!image) {
    const result = await transformImage(Buffer.from(bytes), extension, imageRequest, accept)
    if (result) transformed.set(key, (image = result))
  }

  return new Response(new Uint8Array(image?.body ?? bytes), {
    headers: {
      'Content-Type': image?.contentType ?? mimeTypeOf(extension),
      // The name carries the file's hash and the query its size: it never changes under the same URL.
      'Cache-Control': 'public, max-age=31536000, immutable',
      ...(image?.variesByAccept ? { Vary: 'Accept' } : {}),
      'X-Content-Type-Options': 'nosniff',
      // An SVG opened on its own must not run script.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  })
}
