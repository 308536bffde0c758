import type { Metadata } from 'next'
import { CategoryListing, categoryMetadata } from '@/components/CategoryListing'
import { categoryStaticParams } from '@/lib/data'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = categoryStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, 1)
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryListing slug={(await params).slug} page={1} />
}
