import type { Metadata } from 'next'
import { AuthorIndex } from '@/components/authors/AuthorIndex'
import { getAuthorIndex, getSiteSettings } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return pageMetadata({
    title: 'Authors and reviewers',
    description: `Who writes and who medically reviews the articles on ${site.title}.`,
    path: '/authors',
    siteTitle: site.title,
  })
}

export default async function AuthorsPage() {
  return <AuthorIndex authors={await getAuthorIndex()} />
}
