import type { ReactNode } from 'react'
import type { PostListPage as PostListData } from '@/lib/queries/post-lists'
import { Breadcrumbs, type BreadcrumbItem } from './Breadcrumbs'
import { Pagination } from './Pagination'
import { PostGrid } from './PostCard'
import { Title } from './Title'

/** The blog index and category pages: heading, intro, one page of cards, pagination. */
export function PostListPage({
  title,
  intro,
  breadcrumbs,
  list,
  basePath,
}: {
  title: string
  intro?: ReactNode
  breadcrumbs: BreadcrumbItem[]
  list: PostListData
  basePath: string
}) {
  return (
    <div className="page-wide">
      <Breadcrumbs items={breadcrumbs} />
      <header className="page-header">
        <h1>
          <Title text={title} />
          {list.page > 1 ? <span className="page-number"> · page {list.page}</span> : null}
        </h1>
        {intro ? <div className="page-intro">{intro}</div> : null}
      </header>
      {list.posts.length > 0 ? (
        <PostGrid posts={list.posts} priorityFirst />
      ) : (
        <p className="empty">No posts here yet. New articles appear as soon as they are published.</p>
      )}
      <Pagination basePath={basePath} page={list.page} totalPages={list.totalPages} />
    </div>
  )
}
