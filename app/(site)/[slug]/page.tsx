import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StandingPage } from '@/components/pages/StandingPage'
import { getPage, getSiteSettings, pageStaticParams } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'

type Props = { params: Promise<{ slug: string }> }

// A page published after the build renders on its first visit and is cached under its tag.
export const dynamicParams = true

export const generateStaticParams = pageStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [site, page] = await Promise.all([getSiteSettings(), getPage(slug)])
  if (!page) return { title: 'Page not found' }
  return pageMetadata({
    title: page.seo.title || page.title,
    description: page.seo.description || site.description,
    path: `/${page.slug}`,
    siteTitle: site.title,
  })
}

export default async function Page({ params }: Props) {
  const page = await getPage((await params).slug)
  if (!page) notFound()
  return <StandingPage page={page} />
}
