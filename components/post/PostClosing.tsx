import type { PostPage } from '@/lib/queries/post'
import { ChangeLog } from './ChangeLog'
import { Disclaimer } from './Disclaimer'
import { ReviewNotice } from './ReviewNotice'

/** What follows the works cited: updates and corrections, the review schedule, the disclaimer. */
export function PostClosing({ page }: { page: Pick<PostPage, 'post' | 'policy' | 'disclaimer'> }) {
  return (
    <>
      <ChangeLog changes={page.post.changes} correctionsPolicy={page.policy.correctionsPolicy} />
      <ReviewNotice review={page.post.review} editorialPolicy={page.policy.editorialPolicy} />
      <Disclaimer disclaimer={page.disclaimer} />
    </>
  )
}
