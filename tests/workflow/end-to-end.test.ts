import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PREVIEW_PATHNAME_PARAM, PREVIEW_SECRET_PARAM } from '@/lib/preview/enable'
import { DEMO_DATASET, signedWebhook } from './support'
import { NEXT_BUILD_ARGS } from '../../scripts/next-build'

/**
 * The whole loop on a production build: a page is served from the static cache, the dataset
 * file changes on disk, a signed webhook arrives, and the very next request serves the change.
 * Also draft mode through the real routes and cookies.
 */
const SECRET = 'test'
const PREVIEW_SECRET = 'workflow-preview-secret'
const DIST_DIR = '.next-workflow'
const next = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

let server: ChildProcess | undefined
let origin = ''
let datasetFile = ''
let documents: { _id: string; _type: string; title?: string; slug?: { current: string } }[] = []

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

const decode = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

function runNext(args: string[], env: NodeJS.ProcessEnv, onExit?: (code: number | null) => void) {
  const child = spawn(process.execPath, [next, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  child.on('exit', (code) => onExit?.(code))
  return { child, output: () => output }
}

beforeAll(async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'workflow-dataset-'))
  await cp(path.dirname(DEMO_DATASET), folder, { recursive: true })
  datasetFile = path.join(folder, 'data.ndjson')
  documents = (await readFile(datasetFile, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    SANITY_LOCAL_DATASET: datasetFile,
    SANITY_REVALIDATE_SECRET: SECRET,
    SANITY_PREVIEW_SECRET: PREVIEW_SECRET,
  }
  const build = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const run = runNext(NEXT_BUILD_ARGS, env, (code) => resolve({ code, output: run.output() }))
  })
  if (build.code !== 0) throw new Error(`next build failed:\n${build.output.slice(-4000)}`)

  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  const started = runNext(['start', '-p', String(port), '-H', '127.0.0.1'], env)
  server = started.child
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (
      await fetch(`${origin}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer:\n${started.output().slice(-2000)}`)
}, 600_000)

afterAll(() => {
  server?.kill('SIGTERM')
})

const getHtml = async (pathname: string, init?: RequestInit) => {
  const response = await fetch(`${origin}${pathname}`, { redirect: 'manual', ...init })
  return { status: response.status, html: decode(await response.text()), headers: response.headers }
}

describe('publish to live', () => {
  test('after a signed webhook for an edited post, the next request serves the new title', async () => {
    // The newest post, so it is also on the first page of the blog index.
    const post = documents
      .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
      .sort((a, b) =>
        String((b as { publishedAt?: string }).publishedAt).localeCompare(String((a as { publishedAt?: string }).publishedAt)),
      )[0]!
    const slug = post.slug!.current
    const before = await getHtml(`/blog/${slug}`)
    expect(before.status).toBe(200)
    expect(before.html.includes(post.title!), 'original title served').toBe(true)

    // An editor publishes a new title: the dataset file changes on disk.
    const newTitle = `Freshly edited title ${Date.now()}`
    const lines = (await readFile(datasetFile, 'utf8')).split('\n').map((line) => {
      if (!line.trim()) return line
      const doc = JSON.parse(line)
      return doc._id === post._id ? JSON.stringify({ ...doc, title: newTitle }) : line
    })
    await writeFile(datasetFile, lines.join('\n'))

    // Without a webhook, readers keep the cached page: the webhook is what makes it live.
    expect((await getHtml(`/blog/${slug}`)).html.includes(newTitle), 'still cached before the webhook').toBe(false)

    // An unsigned request changes nothing.
    const forged = await fetch(`${origin}/api/revalidate`, { method: 'POST', body: JSON.stringify({ _id: post._id, _type: 'post', slug }) })
    expect(forged.status).toBe(401)
    expect((await getHtml(`/blog/${slug}`)).html.includes(newTitle), 'still cached after a forged webhook').toBe(false)

    const sentAt = performance.now()
    const webhook = await signedWebhook(
      { _id: post._id, _type: 'post', slug, previousSlug: slug },
      { secret: SECRET, url: `${origin}/api/revalidate` },
    )
    const response = await fetch(webhook)
    expect(response.status).toBe(200)
    expect((await response.json()).revalidated).toEqual([`post:${slug}`, 'post-list'])

    let attempts = 0
    let html = ''
    while (attempts < 20) {
      attempts += 1
      html = (await getHtml(`/blog/${slug}`)).html
      if (html.includes(newTitle)) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const elapsed = performance.now() - sentAt
    console.log(`[end-to-end] webhook → new title served: ${elapsed.toFixed(0)} ms, on request #${attempts} after the webhook`)
    expect(html.includes(newTitle), 'new title served after the webhook').toBe(true)
    expect(attempts).toBe(1)
    // The blog index lists the new title too (post-list was revalidated).
    expect((await getHtml('/blog')).html.includes(newTitle), 'new title on /blog').toBe(true)
  }, 60_000)
})

describe('draft mode', () => {
  const draftOf = () => documents.find((doc) => doc._id.startsWith('drafts.') && doc._type === 'post')!

  test('a wrong secret is refused with no cookie; readers never see the draft', async () => {
    const draft = draftOf()
    const refused = await fetch(`${origin}/api/draft-mode/enable?${PREVIEW_SECRET_PARAM}=wrong-secret-wrong&${PREVIEW_PATHNAME_PARAM}=/`, {
      redirect: 'manual',
    })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('set-cookie')).toBeNull()
    const asReader = await getHtml(`/blog/${draft.slug!.current}`)
    expect(asReader.html.includes(draft.title!), 'draft title shown to a reader').toBe(false)
  })

  test('the right secret shows the draft at its address, and exit turns draft mode off', async () => {
    const draft = draftOf()
    const pathname = `/blog/${draft.slug!.current}`
    const enabled = await fetch(
      `${origin}/api/draft-mode/enable?${PREVIEW_SECRET_PARAM}=${PREVIEW_SECRET}&${PREVIEW_PATHNAME_PARAM}=${encodeURIComponent(pathname)}`,
      { redirect: 'manual' },
    )
    expect(enabled.status).toBe(307)
    expect(new URL(enabled.headers.get('location')!, origin).pathname).toBe(pathname)
    const cookie = enabled.headers.getSetCookie().find((value) => value.startsWith('__prerender_bypass='))
    expect(cookie).toBeDefined()
    const cookieHeader = cookie!.split(';')[0]!

    const asEditor = await getHtml(pathname, { headers: { cookie: cookieHeader } })
    expect(asEditor.status).toBe(200)
    expect(asEditor.html.includes(draft.title!), 'draft title shown in draft mode').toBe(true)

    const exit = await fetch(`${origin}/api/draft-mode/disable`, { redirect: 'manual', headers: { cookie: cookieHeader } })
    expect(exit.status).toBe(307)
    expect(new URL(exit.headers.get('location')!, origin).pathname).toBe('/')
    expect(
      exit.headers.getSetCookie().some((value) => /^__prerender_bypass=;/.test(value) || /Expires=Thu, 01 Jan 1970/i.test(value)),
    ).toBe(true)
  })
})
