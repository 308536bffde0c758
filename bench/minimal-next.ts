// Minimal Next.js 16 App Router apps, built with the project's own node_modules and served by their
// own `next start`: the floor Next.js itself sets, measured beside our pages in the same run.
//  - the minimal page: one heading and one paragraph;
//  - the same-weight pages: the minimal page again, its body our page's own text (server-rendered,
//    as ours is) until it weighs what ours does. Next.js gzips a prerendered page on every request,
//    so its requests/s falls with the page's weight whatever the page does; beside ours, these
//    show how much of our gap to the minimal page is weight and how much is our own work.

import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { NEXT_BIN, PROJECT_ROOT, WORK_DIR, childEnv, runCommand, startServer, type StartedServer } from './support'
import { freePort } from '../scripts/processes'
import { NEXT_BUILD_ARGS } from '../scripts/next-build'

export const BASELINE_DIR = path.join(WORK_DIR, 'baseline')
export const SAME_WEIGHT_DIR = path.join(WORK_DIR, 'same-weight')

/** About what the minimal page's HTML weighs besides its body: a first guess, corrected by measuring. */
const SHELL_BYTES = 4 * 1024

/** Writes and builds an app: a bare root layout plus `files` (paths under the app folder → content). */
export async function buildMinimalApp(dir: string, files: Record<string, string>): Promise<void> {
  await rm(path.join(dir, 'app'), { recursive: true, force: true })
  const all: Record<string, string> = {
    'package.json': JSON.stringify({ name: `bench-${path.basename(dir)}`, private: true, type: 'module' }),
    // Built as ours is (scripts/next-build.ts); turbopack.root only matters to `next dev` here.
    'next.config.mjs': `import path from 'node:path'\nexport default { turbopack: { root: path.resolve(import.meta.dirname, '../../..') } }\n`,
    'app/layout.jsx': `export const metadata = { title: 'Baseline' }\nexport default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>)\n}\n`,
    ...files,
  }
  for (const [name, content] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
  if (!existsSync(path.join(dir, 'node_modules')))
    await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const build = await runCommand(process.execPath, [NEXT_BIN, ...NEXT_BUILD_ARGS], {
    cwd: dir,
    env: childEnv({ NEXT_DIST_DIR: undefined }),
    timeoutMs: 5 * 60_000,
  })
  if (build.code !== 0) throw new Error(`next build in ${dir} failed:\n${build.output.slice(-2000)}`)
}

/** `next start` of an app built by buildMinimalApp, ready once `readyPath` answers. */
export async function startMinimalApp(dir: string, readyPath = '/'): Promise<StartedServer & { origin: string }> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], `${origin}${readyPath}`, {
    cwd: dir,
    env: childEnv({ NEXT_DIST_DIR: undefined }),
  })
  return Object.assign(server, { origin })
}

/** The minimal page. */
export const MINIMAL_PAGE = {
  'app/page.jsx': `export default function Page() {\n  return <main><h1>Hello</h1><p>A minimal static App Router page.</p></main>\n}\n`,
}

/**
 * Builds the same-weight app: for each route name, a page as heavy (raw HTML) as `pages[name]`, our
 * page's HTML. Next's markup around a text is only known once built, so the text is sized, built,
 * measured and resized until every page is within 3 % of its target (at most three builds).
 */
export async function buildSameWeightApp(pages: Record<string, string>): Promise<Record<string, number>> {
  const textLength = Object.fromEntries(Object.entries(pages).map(([name, html]) => [name, Math.max(0, (html.length - SHELL_BYTES) / 2)]))
  let built: Record<string, number> = {}
  for (let attempt = 0; attempt < 3; attempt++) {
    const files: Record<string, string> = {}
    for (const [name, html] of Object.entries(pages)) {
      files[`app/${name}/paragraphs.json`] = JSON.stringify(paragraphsOf(visibleParagraphs(html), textLength[name]!))
      files[`app/${name}/page.jsx`] =
        `import paragraphs from './paragraphs.json'\nexport default function Page() {\n  return <main>{paragraphs.map((text, index) => <p key={index}>{text}</p>)}</main>\n}\n`
    }
    await buildMinimalApp(SAME_WEIGHT_DIR, files)
    built = Object.fromEntries(
      await Promise.all(
        Object.keys(pages).map(async (name) => [
          name,
          (await readFile(path.join(SAME_WEIGHT_DIR, '.next', 'server', 'app', `${name}.html`))).length,
        ]),
      ),
    )
    const off = Object.entries(pages).filter(([name, html]) => Math.abs(built[name]! / html.length - 1) > 0.03)
    if (off.length === 0) break
    for (const [name, html] of off)
      textLength[name] = (textLength[name]! * (html.length - SHELL_BYTES)) / Math.max(1, built[name]! - SHELL_BYTES)
  }
  return built
}

/**
 * `length` characters of `source`'s paragraphs, in turn. Each repeat has its words shuffled, so
 * gzip meets text as varied as the original rather than a copy it could refer back to.
 */
export function paragraphsOf(source: string[], length: number): string[] {
  const out: string[] = []
  let total = 0
  let seed = 1
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  for (let index = 0; source.length > 0 && total < Math.floor(length); index++) {
    const words = source[index % source.length]!.split(' ')
    if (index >= source.length) words.sort(() => random() - 0.5)
    const paragraph = words.join(' ').slice(0, Math.floor(length) - total)
    out.push(paragraph)
    total += paragraph.length
  }
  return out
}

/** The text a reader sees, in paragraphs: no markup, scripts or styles. */
export function visibleParagraphs(html: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|li|h[1-6]|div|section|header|footer|nav|figcaption|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]!)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}
