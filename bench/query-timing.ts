// Times the data layer's page-level functions on the local source, one page type at a time.
// Run by bench/run.ts in a child process per dataset, so load time and RSS are the dataset's own:
//
//   npx tsx bench/query-timing.ts [--dataset bench/.work/posts-5000.tar.gz] [--samples 30] [--budget 45]
//
// Prints a human log on stderr and one `BENCH_RESULT {json}` line on stdout.

import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createDataLayer, type DataLayer } from '../lib/queries'
import { loadDatasetFile } from '../lib/source/dataset-file'
import { DEMO_DATASET_PATH } from '../lib/source/local'
import { percentile } from './support'

export interface QueryTiming {
  samples: number
  p50: number
  p95: number
  errors: number
  /** Why a page type has no figure (function missing, every call failed…). */
  note?: string
}

export interface QueryTimingResult {
  dataset: string
  posts: number
  /** First call, which loads and indexes the dataset. */
  loadMs: number
  /** Process RSS once the dataset is loaded. */
  rssBytes: number
  pageTypes: Record<string, QueryTiming>
}

/**
 * Slugs to sample, read with the dataset loader (which also proves the archive reads through the
 * local source as-is). In its own function so that copy of the dataset is garbage before the
 * source loads its own: the RSS figure is the source's, not the benchmark's.
 */
async function sampleTargets(datasetPath: string) {
  const { documents } = await loadDatasetFile(datasetPath)
  const posts = documents
    .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
    .map((doc) => ({ slug: (doc.slug as { current?: string } | undefined)?.current, publishedAt: String(doc.publishedAt ?? '') }))
    .filter((post): post is { slug: string; publishedAt: string } => typeof post.slug === 'string')
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const categorySlugs = documents
    .filter((doc) => doc._type === 'category')
    .map((doc) => (doc.slug as { current?: string } | undefined)?.current)
    .filter((slug): slug is string => typeof slug === 'string')
  return { posts, categorySlugs }
}

/** A full collection now, so the sampler's copy is gone before the source loads (RSS is the source's). */
function collectGarbage() {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

const WARMUP_CALLS = 10

async function main() {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: DEMO_DATASET_PATH },
      samples: { type: 'string', default: '30' },
      budget: { type: 'string', default: '45' },
    },
  })
  const maxSamples = Number(values.samples)
  const budgetMs = Number(values.budget) * 1000

  const datasetPath = values.dataset
  const { posts, categorySlugs } = await sampleTargets(datasetPath)
  collectGarbage()
  if (posts.length === 0) throw new Error(`${datasetPath}: no published posts with a slug`)

  const api = createDataLayer({ source: { kind: 'local', dataset: datasetPath }, insideNext: false })
  const fn = (name: keyof DataLayer) => api[name] as (...args: unknown[]) => Promise<unknown>

  // Spread samples over the whole archive: newest, oldest and everything between.
  const spread = <T>(items: T[], count: number) =>
    Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count) % items.length]!)
  const indexPages = Math.max(1, Math.ceil(posts.length / 10))
  const pageTypes: Array<{ name: string; functionName: keyof DataLayer; calls: () => unknown[][] }> = [
    { name: 'post', functionName: 'getPost', calls: () => spread(posts, maxSamples).map((post) => [post.slug]) },
    { name: 'home', functionName: 'getHomePage', calls: () => Array.from({ length: maxSamples }, () => []) },
    {
      name: 'index page',
      functionName: 'getPostList',
      calls: () =>
        spread(
          Array.from({ length: indexPages }, (_, i) => i + 1),
          maxSamples,
        ).map((page) => [page]),
    },
    { name: 'category', functionName: 'getCategoryPage', calls: () => spread(categorySlugs, maxSamples).map((slug) => [slug, 1]) },
    {
      name: 'search',
      functionName: 'searchPosts',
      calls: () => spread(['vitamin', 'calcium bone', 'sleep quality', 'omega-3', 'nothing-matches-this'], maxSamples).map((q) => [q]),
    },
    // The two reads that are not paged: the sitemap walks every post, the feed the newest.
    { name: 'sitemap', functionName: 'getPublicIndex', calls: () => Array.from({ length: Math.min(maxSamples, 5) }, () => []) },
    { name: 'feed', functionName: 'getFeed', calls: () => Array.from({ length: Math.min(maxSamples, 5) }, () => []) },
  ]

  const result: QueryTimingResult = { dataset: datasetPath, posts: posts.length, loadMs: Number.NaN, rssBytes: 0, pageTypes: {} }

  // First call loads the dataset: time it on its own so page figures are warm numbers.
  const getPost = fn('getPost')
  const loadStarted = performance.now()
  await getPost(posts[0]!.slug).catch(() => undefined)
  result.loadMs = performance.now() - loadStarted
  result.rssBytes = process.memoryUsage().rss

  for (const pageType of pageTypes) {
    const call = fn(pageType.functionName)
    // Steady state, as a server sees it after its first few readers: the first calls of a page
    // type run in V8's interpreter and baseline tiers, and over 30 samples they set the p50.
    for (const args of pageType.calls().reverse().slice(0, WARMUP_CALLS)) await call(...args).catch(() => undefined)
    const times: number[] = []
    let errors = 0
    let lastError = ''
    const started = performance.now()
    for (const args of pageType.calls()) {
      if (times.length + errors >= 3 && performance.now() - started > budgetMs) break
      const t = performance.now()
      try {
        await call(...args)
        times.push(performance.now() - t)
      } catch (error) {
        errors++
        lastError = error instanceof Error ? error.message.split('\n')[0]! : String(error)
      }
    }
    times.sort((a, b) => a - b)
    result.pageTypes[pageType.name] = {
      samples: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      errors,
      ...(errors > 0 ? { note: `${pageType.functionName}(): ${lastError.slice(0, 120)}` } : {}),
    }
    console.error(
      `  ${pageType.name}: ${times.length} calls, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms${errors ? `, ${errors} errors (${lastError})` : ''}`,
    )
  }
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
