import type { PostPage } from '@/lib/queries/post'
import { ChangeLog } from './ChangeLog'
import { Disclaimer } from './Disclaimer'

/** What follows the works cited: updates and corrections, the disclaimer. (The review schedule is at the top: PostIntro.) */
export function PostClosing({ page }: { page: Pick<PostPage, 'post' | 'policy' | 'disclaimer'> }) {
  return (
    <>
      <ChangeLog changes={page.post.changes} correctionsPolicy={page.policy.correctionsPolicy} />
      <Disclaimer disclaimer={page.disclaimer} />
    </>
  )
}
