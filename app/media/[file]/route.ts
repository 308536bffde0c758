import { siteData } from '@/lib/data'
import {
  ImageParamError,
  parseImageRequest,
  planTransform,
  transformImage,
  transformKey,
  type TransformedImage,
  type TransformPlan,
} from '@/lib/images/transform'
import { createVariantCache, EncoderBusyError, MEDIA_VARIANT_LIMITS } from '@/lib/images/variants'
import { mimeTypeOf } from '@/lib/source/dataset-file'

const localSource = siteData.reader.local

/**
 * Images of the local dataset (`/media/<sha1>-<w>x<h>.<ext>`), resized and cropped on request
 * with the same query parameters as Sanity's image CDN (lib/images/transform.ts). None when the
 * Content Lake is the source. Dynamic because the answer depends on the query and on `Accept`.
 */
const FILE_NAME = /^[a-f0-9]+-(\d+)x(\d+)\.([a-z0-9]+)$/i

const variants = createVariantCache(MEDIA_VARIANT_LIMITS)

const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers },
  })

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const name = FILE_NAME.exec(file)
  const bytes = name && localSource ? await localSource.readAssetFile(file) : undefined
  if (!name || !bytes) return text(404, 'Not found')
  const [, width = '', height = '', extension = ''] = name

  let plan: TransformPlan | null
  try {
    const source = { extension, width: Number(width), height: Number(height) }
    plan = planTransform(source, parseImageRequest(new URL(request.url).searchParams), request.headers.get('accept') ?? '')
  } catch (error) {
    if (error instanceof ImageParamError) return text(400, error.message)
    throw error
  }
  let image: TransformedImage | undefined
  if (plan) {
    const planned = plan
    try {
      image = await variants.get(transformKey(file, planned), () => transformImage(bytes, planned))
    } catch (error) {
      if (error instanceof EncoderBusyError) return text(503, error.message, { 'Retry-After': '1', 'Cache-Control': 'no-store' })
      throw error
    }
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
