import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { CategoryListing, categoryMetadata } from '@/components/CategoryListing'
import { categoryPageStaticParams } from '@/lib/data'
import { parsePageNumber } from '@/lib/queries/post-lists'

type Props = { params: Promise<{ slug: string; n: string }> }

export const generateStaticParams = categoryPageStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  return page ? categoryMetadata(slug, page) : { title: 'Page not found' }
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  if (!page) notFound()
  if (page === 1) permanentRedirect(`/blog/category/${encodeURIComponent(slug)}`)
  return <CategoryListing slug={slug} page={page} />
}
