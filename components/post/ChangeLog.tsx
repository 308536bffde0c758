import { formatDate, isoDate } from '@/lib/content/dates'
import { CHANGE_KIND_LABELS } from '@/lib/review'
import type { PostPage } from '@/lib/queries/post'
import { SafeLink } from '../SafeLink'

/** "Updates and corrections": what changed since publication, newest first. */
export function ChangeLog({ changes, correctionsPolicy }: { changes: PostPage['post']['changes']; correctionsPolicy: string | null }) {
  if (changes.length === 0) return null
  return (
    <section className="change-log" aria-labelledby="changes-title">
      <h2 id="changes-title">Updates and corrections</h2>
      <ol>
        {changes.map((change) => (
          <li key={change._key} className={`change change-${change.kind}`}>
            <p className="change-heading">
              <strong>{CHANGE_KIND_LABELS[change.kind]}</strong>
              {' · '}
              <time dateTime={isoDate(change.date) ?? undefined}>{formatDate(change.date)}</time>
            </p>
            <p>{change.note}</p>
          </li>
        ))}
      </ol>
      {correctionsPolicy ? (
        <p className="change-policy">
          Spotted an error? Our <SafeLink href={correctionsPolicy}>corrections policy</SafeLink> explains how to tell us and how we fix it.
        </p>
      ) : null}
    </section>
  )
}
