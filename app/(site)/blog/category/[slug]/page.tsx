import type { Metadata } from 'next'
import { CategoryListing, categoryMetadata } from '@/components/CategoryListing'
import { getAllCategories } from '@/lib/queries/post-lists'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getAllCategories()).map((category) => ({ slug: category.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, 1)
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryListing slug={(await params).slug} page={1} />
}
