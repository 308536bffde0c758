// Deterministic generator of N-post blog datasets in `sanity dataset export` format, so the
// benchmark (and any test) can measure the site at sizes the demo dataset never reaches.
//
//   npx tsx bench/generate-dataset.ts --posts 5000 --out bench/.work/posts-5000.tar.gz [--seed bench]
//
// Same posts + seed → byte-identical archive: a seeded PRNG drives every choice, dates count
// back from a fixed day, and the tar entries carry a fixed mtime.

import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { createGzip } from 'node:zlib'
import { pack } from 'tar-stream'
import {
  authorBios,
  bulletLeads,
  calloutTexts,
  citationSites,
  citationTitleTemplates,
  contentCategories,
  imageAlts,
  personNames,
  populations,
  sectionHeadings,
  sentenceTemplates,
  studyKinds,
  tags as tagPool,
  topics,
  type Topic,
} from './dataset-vocabulary'
import {
  callout,
  citationId as citationIdOf,
  heading,
  image as imageBlock,
  leadInList,
  paragraph,
  reference,
  simpleBody,
  videoEmbed,
  withKeys,
  type BodyBlock,
} from '../scripts/demo/portable-text'

export type GeneratedDocument = { _id: string; _type: string; [field: string]: unknown }

export interface GeneratedImage {
  /** `<sha1>-<w>x<h>.svg`, the name a `sanity dataset export` gives the file. */
  fileName: string
  sha1: string
  width: number
  height: number
  bytes: Buffer
}

export interface GeneratedDataset {
  documents: GeneratedDocument[]
  images: GeneratedImage[]
}

export interface GenerateOptions {
  posts: number
  seed?: string
}

/** Newest post date; every other date counts back from here so output never depends on "now". */
const NEWEST_POST = Date.UTC(2025, 9, 31, 9, 0, 0)
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Fixed archive mtime (tar headers) so two runs produce the same bytes. */
const ARCHIVE_MTIME = new Date(NEWEST_POST)

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Random {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
  sample<T>(items: readonly T[], count: number): T[]
  hex(length: number): string
}

/** sfc32 seeded from a string via a 128-bit FNV-style mix: small, fast and well distributed. */
export function createRandom(seed: string): Random {
  const digest = createHash('sha256').update(seed).digest()
  let a = digest.readUInt32LE(0)
  let b = digest.readUInt32LE(4)
  let c = digest.readUInt32LE(8)
  let d = digest.readUInt32LE(12)
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (a + b + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    sample(items, count) {
      const pool = [...items]
      const out: (typeof pool)[number][] = []
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
      return out
    },
    hex: (length) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
  }
}

// ---------------------------------------------------------------------------------------------
// Text

interface Voice {
  topic: Topic
  subject: string
  outcome: string
  population: string
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function fill(template: string, voice: Voice, random: Random): string {
  return template
    .replaceAll('{Subject}', capitalise(voice.subject))
    .replaceAll('{subject}', voice.subject)
    .replaceAll('{outcome}', voice.outcome)
    .replaceAll('{population}', voice.population)
    .replaceAll('{study}', random.pick(studyKinds))
    .replaceAll('{number}', String(random.int(2, 40)))
}

/** Sentences until the paragraph holds 60–120 words, no sentence twice in a row. */
function sentences(random: Random, voice: Voice): string[] {
  const target = random.int(60, 110)
  const out: string[] = []
  let words = 0
  let previous = ''
  while (words < target) {
    let template = random.pick(sentenceTemplates)
    if (template === previous) template = random.pick(sentenceTemplates)
    previous = template
    const sentence = fill(template, voice, random)
    const length = sentence.split(' ').length
    if (words >= 60 && words + length > 120) break
    out.push(sentence)
    words += length
  }
  return out
}

export const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const isoDateTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

// ---------------------------------------------------------------------------------------------
// Images: a handful of abstract SVGs shared by every post, like a small media library.

function svgImage(index: number, width: number, height: number): GeneratedImage {
  const random = createRandom(`image-${index}`)
  const hue = (index * 47) % 360
  const shapes = Array.from({ length: 7 }, () => {
    const x = random.int(0, width)
    const y = random.int(0, height)
    const r = random.int(Math.round(height / 12), Math.round(height / 3))
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + random.int(0, 80)) % 360} 60% ${random.int(45, 75)}%)" fill-opacity="0.55"/>`
  }).join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 55% 92%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 40) % 360} 50% 80%)"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>\n`
  const bytes = Buffer.from(svg, 'utf8')
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  return { fileName: `${sha1}-${width}x${height}.svg`, sha1, width, height, bytes }
}

/** Where an export's image field points: `image@file://./images/<sha1>-<w>x<h>.svg`. */
const exportedAsset = (image: GeneratedImage) => ({ _sanityAsset: `image@file://./images/${image.fileName}` })

// ---------------------------------------------------------------------------------------------
// The dataset

export function generateDataset({ posts: postCount, seed = 'bench' }: GenerateOptions): GeneratedDataset {
  if (!Number.isInteger(postCount) || postCount < 1) throw new Error(`posts must be a positive integer, got ${postCount}`)
  const random = createRandom(`${seed}:${postCount}`)
  const documents: GeneratedDocument[] = []

  const heroImages = imageAlts.map((_, index) => svgImage(index, 1200, 675))
  const portraits = [0, 1, 2].map((index) => svgImage(100 + index, 400, 400))

  // Disclaimers and site settings.
  documents.push(
    {
      _id: 'disclaimer-medical',
      _type: 'disclaimer',
      title: 'Medical disclaimer',
      body: withKeys(
        simpleBody(
          'This article is for general information and is **not medical advice**. Talk to a qualified health professional before changing your diet, supplements or medicines.',
        ),
      ),
    },
    {
      _id: 'disclaimer-ai-assisted',
      _type: 'disclaimer',
      title: 'AI-assisted content',
      body: withKeys(
        simpleBody(
          'A draft of this article was prepared with the help of an AI tool and then checked and edited by our editors against the works cited. It is *not* medical advice.',
        ),
      ),
    },
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Cited Health (benchmark dataset)',
      description: 'Evidence-based articles on nutrition and health, every claim cited.',
      defaultDisclaimer: reference('disclaimer-medical'),
    },
  )

  // Categories: the three content categories plus topic categories.
  for (const category of [...contentCategories, ...topics]) {
    documents.push({
      _id: `category-${category.slug}`,
      _type: 'category',
      title: category.title,
      slug: { _type: 'slug', current: category.slug },
      description: category.description,
    })
  }

  // Authors: a newsroom grows with its archive, roughly one author per 300 posts.
  const authorCount = Math.min(personNames.length, Math.max(3, Math.ceil(postCount / 300)))
  const authors = personNames.slice(0, authorCount).map((name, index) => {
    const slug = slugify(name)
    const portrait = portraits[index % portraits.length]!
    documents.push({
      _id: `author-${slug}`,
      _type: 'author',
      name,
      slug: { _type: 'slug', current: slug },
      bio: authorBios[index % authorBios.length],
      image: imageBlock(exportedAsset(portrait), `Illustrated portrait placeholder for ${name}`),
    })
    return `author-${slug}`
  })

  // Citations: a shared pool of about N/2 works cited, each tied to a topic so posts cite
  // sources about what they discuss. Posts refer to them by short name, as the demo builders do.
  const citationCount = Math.max(8, Math.ceil(postCount / 2))
  const citationsByTopic = new Map<string, string[]>(topics.map((topic) => [topic.slug, []]))
  for (let index = 0; index < citationCount; index++) {
    const topic = topics[index % topics.length]!
    const site = random.pick(citationSites)
    const voice: Voice = {
      topic,
      subject: random.pick(topic.subjects),
      outcome: random.pick(topic.outcomes),
      population: random.pick(populations),
    }
    const shortName = `${site.key}-${String(index + 1).padStart(5, '0')}`
    const accessed = NEWEST_POST - random.int(30, 900) * DAY
    const url = `${site.origin}${site.path(index + 1)}` + (random.chance(0.08) ? `#:~:text=${encodeURIComponent(voice.subject)}` : '')
    documents.push({
      _id: citationIdOf(shortName),
      _type: 'citation',
      title: fill(random.pick(citationTitleTemplates), voice, random),
      site: site.site,
      url,
      accessedAt: isoDate(accessed),
      ...(random.chance(0.5)
        ? { authors: random.sample(personNames, random.int(1, 4)).map((name) => name.split(' ').reverse().join(' ')) }
        : {}),
      ...(random.chance(0.6) ? { publishedAt: isoDate(accessed - random.int(60, 3000) * DAY) } : {}),
    })
    citationsByTopic.get(topic.slug)!.push(shortName)
  }

  // Posts, newest first; each one is ~14 hours older than the one before.
  const usedSlugs = new Set<string>()
  const postIds: string[] = []
  let publishedAt = NEWEST_POST
  for (let index = 0; index < postCount; index++) {
    const contentCategory = contentCategories[index % 7 < 3 ? 0 : index % 7 < 5 ? 2 : 1]!
    const topic = random.pick(topics)
    const secondTopic = random.chance(0.4) ? random.pick(topics.filter((other) => other !== topic)) : undefined
    const voice: Voice = {
      topic,
      subject: random.pick(topic.subjects),
      outcome: random.pick(topic.outcomes),
      population: random.pick(populations),
    }

    const title = postTitle(contentCategory.slug, voice, random)
    let slug = slugify(title)
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(title)}-${n}`
    usedSlugs.add(slug)
    const id = `post-${slug}`

    // Works cited: mostly from the post's topic, a few from elsewhere in the pool.
    const topicPool = citationsByTopic.get(topic.slug)!
    const worksCited = [
      ...random.sample(topicPool, random.int(3, 8)),
      ...(random.chance(0.3) ? random.sample(citationsByTopic.get(random.pick(topics).slug)!, random.int(1, 3)) : []),
    ].filter((value, position, all) => all.indexOf(value) === position)

    const hero = random.pick(heroImages)
    const heroAlt = imageAlts[heroImages.indexOf(hero)]!
    const body = postBody(random, voice, worksCited, heroImages, contentCategory.slug === 'video')
    const revisedAt = random.chance(0.25) ? publishedAt + random.int(1, 120) * DAY : undefined
    const updated = revisedAt !== undefined && revisedAt < NEWEST_POST ? revisedAt : undefined

    // Curated related posts point at older posts, as an editor links back into the archive.
    const relatedPosts = postIds.length > 0 && random.chance(0.3) ? random.sample(postIds.slice(-200), random.int(1, 2)) : []

    const post: GeneratedDocument = {
      _id: id,
      _type: 'post',
      _createdAt: isoDateTime(publishedAt),
      _updatedAt: isoDateTime(updated ?? publishedAt),
      title,
      slug: { _type: 'slug', current: slug },
      excerpt: fill(random.pick(excerptTemplates), voice, random),
      publishedAt: isoDateTime(publishedAt),
      ...(updated !== undefined ? { updatedAt: isoDateTime(updated) } : {}),
      author: reference(authors[index % authors.length]!),
      categories: [contentCategory.slug, topic.slug, ...(secondTopic ? [secondTopic.slug] : [])].map((slugOfCategory) =>
        reference(`category-${slugOfCategory}`),
      ),
      tags: random.sample(tagPool, random.int(2, 5)),
      mainImage: imageBlock(exportedAsset(hero), heroAlt, random.chance(0.5) ? `Illustration for “${title}”.` : undefined),
      highlights: highlights(random, voice),
      body,
      worksCited: worksCited.map((shortName) => reference(citationIdOf(shortName))),
      ...(random.chance(0.1) ? { disclaimer: reference('disclaimer-ai-assisted') } : {}),
      ...(relatedPosts.length > 0 ? { relatedPosts: relatedPosts.map((relatedId) => reference(relatedId)) } : {}),
      ...(random.chance(0.3)
        ? { seo: { _type: 'seo', title: title.slice(0, 60), description: fill(random.pick(excerptTemplates), voice, random) } }
        : {}),
    }
    // Keys for every array item, from a per-document counter (as the demo dataset does).
    documents.push(withKeys(post))
    postIds.push(id)
    publishedAt -= 14 * HOUR + random.int(0, 6 * 60) * 60_000
  }

  // One unpublished edit of the newest post: it must never show on public pages.
  const newest = documents.find((doc) => doc._type === 'post')!
  documents.push({ ...newest, _id: `drafts.${newest._id}`, title: `${String(newest.title)} (draft edit)` })

  return { documents, images: [...heroImages, ...portraits] }
}

const excerptTemplates = [
  'What recent studies say about {subject} and {outcome}, and who might benefit.',
  'A plain-language look at {subject}: the evidence, the doses used and the open questions.',
  'New research on {subject} in {population} adds to a mixed picture on {outcome}.',
  'We read the trials on {subject} so you can weigh them against the marketing claims.',
]

function postTitle(category: string, voice: Voice, random: Random): string {
  const subject = capitalise(voice.subject)
  const templates: Record<string, string[]> = {
    news: [
      `New study links ${voice.subject} to ${voice.outcome}`,
      `${subject} and ${voice.outcome}: what a new review found`,
      `${subject} trial in ${voice.population}: early results`,
    ],
    video: [`Video: how ${voice.subject} affects ${voice.outcome}`, `Video explainer: ${voice.subject} in five minutes`],
    review: [
      `${subject} for ${voice.outcome}: weighing the evidence`,
      `Does ${voice.subject} help ${voice.population}? A review`,
      `The case for and against ${voice.subject}`,
    ],
  }
  return random.pick(templates[category]!)
}

function highlights(random: Random, voice: Voice) {
  const count = random.int(2, 4)
  return Array.from({ length: count }, (_, index) => {
    const asList = index % 2 === 1
    const text = asList
      ? [`Research on ${voice.subject} points to:`, ...random.sample(bulletLeads, 3).map(([lead, rest]) => `- ${lead} – ${rest}`)].join(
          '\n',
        )
      : sentences(random, voice).slice(0, 2).join(' ')
    return { _type: 'highlight', heading: random.pick(highlightHeadings), text }
  })
}

const highlightHeadings = ['The short version', 'Why it matters', 'Key benefits', 'Who it is for', 'What to watch', 'The evidence']

/**
 * A body of 3–5 h2 sections. Citation markers are handed out in works-cited order, so marker
 * [n] appears in reading order and every entry is cited at least once.
 */
function postBody(random: Random, voice: Voice, worksCited: string[], images: GeneratedImage[], isVideo: boolean): BodyBlock[] {
  const body: BodyBlock[] = []
  let nextCitation = 0
  // Marked up for the demo builders' inline syntax; the closing sentence carries the citation.
  const citedParagraph = (cite: boolean) => {
    const text = sentences(random, voice).map(escapeMarkup)
    if (!cite || worksCited.length === 0) return paragraph(text.join(' '))
    const shortName = worksCited[nextCitation % worksCited.length]!
    nextCitation++
    const claim = text.pop()!
    return paragraph(`${text.length ? `${text.join(' ')} ` : ''}[${claim}](cite:${shortName})`)
  }

  body.push(citedParagraph(true))
  if (isVideo) body.push(videoEmbed(`https://www.youtube.com/watch?v=${random.hex(11)}`, `A short explainer on ${voice.subject}.`))
  const sections = random.sample(sectionHeadings, random.int(3, 5))
  sections.forEach((title, sectionIndex) => {
    body.push(heading(2, escapeMarkup(title)))
    const paragraphs = random.int(1, 3)
    for (let p = 0; p < paragraphs; p++) body.push(citedParagraph(nextCitation < worksCited.length || random.chance(0.3)))
    if (random.chance(0.45))
      body.push(
        ...leadInList(
          random.sample(bulletLeads, random.int(3, 5)).map(([lead, rest]) => [`${escapeMarkup(lead)}:`, escapeMarkup(rest)] as const),
        ),
      )
    if (sectionIndex === 1 && random.chance(0.25)) {
      const picture = random.pick(images)
      body.push(imageBlock(exportedAsset(picture), imageAlts[images.indexOf(picture)]!, `Figure: ${voice.subject} at a glance.`))
    }
    if (sectionIndex === 0 && random.chance(0.3)) {
      const [tone, text] = random.pick(calloutTexts)
      body.push(callout(tone, escapeMarkup(text)))
    }
  })
  // Any works-cited entry not yet marked gets a closing paragraph that cites it.
  while (nextCitation < worksCited.length) body.push(citedParagraph(true))
  return body
}

/** Generated prose is plain text; keep it from being read as the builders' inline markup. */
const escapeMarkup = (text: string) => text.replace(/[\\*`[\]]/g, (character) => `\\${character}`)

// ---------------------------------------------------------------------------------------------
// The archive: `<name>-export/{data.ndjson, assets.json, images/…}`, gzip'd tar.

export async function writeExportArchive(
  archivePath: string,
  dataset: GeneratedDataset,
  folderName = path.basename(archivePath).replace(/\.(tar\.gz|tgz)$/i, '') + '-export',
): Promise<void> {
  await mkdir(path.dirname(archivePath), { recursive: true })
  const tar = pack()
  const written = pipeline(tar, createGzip({ level: 6 }), createWriteStream(archivePath))

  const add = (name: string, content: Buffer | string) =>
    new Promise<void>((resolve, reject) => {
      tar.entry({ name: `${folderName}/${name}`, mtime: ARCHIVE_MTIME, mode: 0o644 }, content, (error) =>
        error ? reject(error) : resolve(),
      )
    })
  const addFolder = (name: string) =>
    new Promise<void>((resolve, reject) => {
      tar.entry({ name: `${folderName}/${name}`, type: 'directory', mtime: ARCHIVE_MTIME, mode: 0o755 }, (error) =>
        error ? reject(error) : resolve(),
      )
    })

  await addFolder('')
  await add('data.ndjson', dataset.documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  // assets.json: what an export keeps of each asset document besides the file itself.
  const assetMeta = Object.fromEntries(
    dataset.images.map((image) => [
      `image-${image.sha1}`,
      {
        originalFilename: `bench-${image.sha1.slice(0, 8)}.svg`,
        size: image.bytes.length,
        sha1hash: image.sha1,
        metadata: { dimensions: { width: image.width, height: image.height, aspectRatio: image.width / image.height } },
      },
    ]),
  )
  await add('assets.json', JSON.stringify(assetMeta))
  await addFolder('images')
  for (const image of dataset.images) await add(`images/${image.fileName}`, image.bytes)
  await addFolder('files')
  tar.finalize()
  await written
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main() {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: 'bench' },
    },
  })
  const posts = Number(values.posts)
  if (!Number.isInteger(posts) || posts < 1) throw new Error(`--posts must be a positive integer, got "${values.posts}"`)
  const out = values.out ?? `bench/.work/posts-${posts}.tar.gz`
  const started = performance.now()
  const dataset = generateDataset({ posts, seed: values.seed })
  await writeExportArchive(out, dataset)
  const counts = dataset.documents.reduce<Record<string, number>>((acc, doc) => ({ ...acc, [doc._type]: (acc[doc._type] ?? 0) + 1 }), {})
  console.log(
    `${out}: ${dataset.documents.length} documents ${JSON.stringify(counts)}, ${dataset.images.length} images, ${Math.round(performance.now() - started)} ms`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
