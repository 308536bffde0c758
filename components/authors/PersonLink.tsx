import { PageLink } from '../PageLink'
import type { AuthorLink } from '@/lib/queries/fragments'

/** "Amara Nwosu, MD", linked to their author page when they have one. */
export function PersonLink({ person, className }: { person: AuthorLink; className?: string }) {
  const name = person.credentials ? `${person.name}, ${person.credentials}` : person.name
  return person.slug ? (
    <PageLink href={`/authors/${person.slug}`} className={className}>
      {name}
    </PageLink>
  ) : (
    <span className={className}>{name}</span>
  )
}
