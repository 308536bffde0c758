import type { SanityDocument, ValidationMarker } from 'sanity'
import { createGroqClient, documentExistsIn } from '@/lib/validation/groq-client'
import { validateStudioDocument } from '@/sanity/validation'

/**
 * Validates `document` with Sanity's own validator, as the Studio would, inside a dataset made of
 * `dataset` plus `document` itself (replacing any document with the same id).
 */
export async function validateIn(document: SanityDocument, dataset: readonly SanityDocument[]): Promise<ValidationMarker[]> {
  const documents = [...dataset.filter((doc) => doc._id !== document._id), document]
  const client = createGroqClient(documents)
  return validateStudioDocument(document, { getClient: () => client, getDocumentExists: documentExistsIn(documents) })
}

/** "level path: message" lines, easy to read in a failing assertion. */
export function describeMarkers(markers: readonly ValidationMarker[], level?: ValidationMarker['level']): string[] {
  return markers
    .filter((marker) => !level || marker.level === level)
    .map((marker) => `${marker.level} ${formatPath(marker.path)}: ${marker.message}`)
}

function formatPath(path: ValidationMarker['path']): string {
  return path
    .map((segment) =>
      typeof segment === 'string'
        ? segment
        : typeof segment === 'number'
          ? `[${segment}]`
          : '_key' in segment
            ? `[_key=="${segment._key}"]`
            : '[]',
    )
    .join('.')
    .replace(/\.\[/g, '[')
}
