import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { CategoryListing, categoryMetadata } from '@/components/CategoryListing'
import { getAllCategories, parsePageNumber, POSTS_PER_PAGE } from '@/lib/queries/post-lists'

type Props = { params: Promise<{ slug: string; n: string }> }

export async function generateStaticParams() {
  return (await getAllCategories()).flatMap((category) => {
    // Page 1 is built too, as its redirect to the category's own address.
    const totalPages = Math.max(1, Math.ceil(category.postCount / POSTS_PER_PAGE))
    return Array.from({ length: totalPages }, (_, index) => ({ slug: category.slug, n: String(index + 1) }))
  })
}

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
