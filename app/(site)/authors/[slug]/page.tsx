import type { Metadata } from 'next'
import { AuthorListing, authorMetadata } from '@/components/authors/AuthorListing'
import { authorStaticParams } from '@/lib/data'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = authorStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await params).slug, 1)
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorListing slug={(await params).slug} page={1} />
}
