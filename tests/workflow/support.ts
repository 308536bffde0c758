import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { loadDatasetFile, type SanityDocument } from '@/lib/source/dataset-file'

/** The bundled demo dataset: the workflow tests run on real content, not fixtures. */
export const DEMO_DATASET = path.join(process.cwd(), 'content', 'demo', 'data.ndjson')

export async function loadDemoDocuments(): Promise<SanityDocument[]> {
  return (await loadDatasetFile(DEMO_DATASET)).documents
}

export const isPublished = (doc: SanityDocument) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.')

/** True when any reference anywhere inside `doc` points at `id` (a plain scan, independent of GROQ's `references()`). */
export function refersTo(doc: SanityDocument, id: string): boolean {
  const visit = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(visit)
    if (!value || typeof value !== 'object') return false
    const record = value as Record<string, unknown>
    if (record._ref === id) return true
    return Object.values(record).some(visit)
  }
  return visit(doc)
}

export const slugOf = (doc: SanityDocument) => (doc.slug as { current?: string } | undefined)?.current

/** A request as Sanity's webhook delivery sends it: JSON body, HMAC signature header. */
export async function signedWebhook(
  body: unknown,
  { secret, timestamp = Date.now(), url = 'http://localhost/api/revalidate' }: { secret: string; timestamp?: number; url?: string },
): Promise<Request> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body)
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(payload, timestamp, secret) },
    body: payload,
  })
}
