import { siteData } from '@/lib/data'
import { mimeTypeOf } from '@/lib/source/dataset-file'

const localSource = siteData.reader.local

/** Images of the local dataset (`/media/<sha1>-<w>x<h>.<ext>`); none when the Content Lake is the source. */
export const dynamic = 'force-static'

const FILE_NAME = /^[a-f0-9]+-\d+x\d+\.[a-z0-9]+$/i

export async function generateStaticParams() {
  return localSource ? (await localSource.listAssetFiles()).filter((file) => FILE_NAME.test(file)).map((file) => ({ file })) : []
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const bytes = FILE_NAME.test(file) && localSource ? await localSource.readAssetFile(file) : undefined
  if (!bytes) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const extension = file.slice(file.lastIndexOf('.') + 1)
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': mimeTypeOf(extension),
      // The name carries the file's hash: it never changes under the same URL.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // An SVG opened on its own must not run script.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  })
}
