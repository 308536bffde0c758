import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { AuthorListing, authorMetadata } from '@/components/authors/AuthorListing'
import { authorPageStaticParams } from '@/lib/data'
import { parsePageNumber } from '@/lib/queries/post-lists'

type Props = { params: Promise<{ slug: string; n: string }> }

export const generateStaticParams = authorPageStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  return page ? authorMetadata(slug, page) : { title: 'Page not found' }
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  if (!page) notFound()
  if (page === 1) permanentRedirect(`/authors/${encodeURIComponent(slug)}`)
  return <AuthorListing slug={slug} page={page} />
}
