import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostArticle } from '@/components/post/PostArticle'
import { getPost, getSiteSettings, postStaticParams, siteData } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'
import { editorShareImage, postShareCard } from '@/lib/images/share'

type Props = { params: Promise<{ slug: string }> }

// Posts not built ahead (older ones, or published after the build) render on first visit and are cached.
export const dynamicParams = true

// Content changes arrive by tag; a daily re-render also lets "Review overdue" appear once the due date passes.
export const revalidate = 86400

export const generateStaticParams = postStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [site, page] = await Promise.all([getSiteSettings(), getPost(slug)])
  if (!page) return { title: 'Post not found' }
  const { post } = page
  return pageMetadata({
    title: post.seo?.title || post.title,
    description: post.seo?.description || post.excerpt || site.description,
    path: `/blog/${post.slug}`,
    siteTitle: site.title,
    image: post.seo?.image ? editorShareImage(post.seo.image) : postShareCard(post.slug),
    article: {
      publishedTime: post.publishedAt,
      modifiedTime: post.modifiedAt,
      authors: post.author ? [post.author.name] : undefined,
      section: post.categories[0]?.title,
      tags: post.tags,
    },
  })
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params
  const [site, page, draft] = await Promise.all([getSiteSettings(), getPost(slug), siteData.reader.isDraftMode()])
  if (!page) notFound()
  // In draft mode the Presentation tool refreshes the page after each edit: no static islands.
  return <PostArticle page={page} site={site} live={draft} />
}
