// Lighthouse (mobile, default simulated throttling) against Debian's Chromium, which we launch
// ourselves so no browser download is needed.

import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, chromiumMissingMessage, chromiumPath } from '../scripts/chromium.mjs'
import { freePort, killProcessGroup } from '../scripts/processes'


export interface LighthouseScores {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  cls: number
  tbtMs: number
  /** Main-thread time in style recalculation and layout (Lighthouse's main-thread breakdown). */
  styleLayoutMs: number
  /** Audits that cost points, so a miss says what to fix. */
  failing: string[]
  /** What `errors-in-console` saw, since "best practices" drops for it. */
  consoleErrors: string[]
}


async function launchChromium() {
  const port = await freePort()
  const profile = await mkdtemp(path.join(tmpdir(), 'bench-chromium-'))
  const child = spawn(
    chromiumPath,
    [
      ...CHROMIUM_FLAGS,
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    { detached: true, stdio: 'ignore' },
  )
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) {
      return {
        port,
        async close() {
          killProcessGroup(child)
          await new Promise((resolve) => setTimeout(resolve, 500))
          killProcessGroup(child, 'SIGKILL')
          await rm(profile, { recursive: true, force: true })
        },
      }
    }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  killProcessGroup(child, 'SIGKILL')
  throw new Error(`Chromium at ${chromiumPath} did not open its debugging port`)
}

export async function runLighthouse(urls: string[]): Promise<LighthouseScores[]> {
  const missing = chromiumMissingMessage()
  if (missing) throw new Error(missing)
  const chromium = await launchChromium()
  try {
    const results: LighthouseScores[] = []
    for (const url of urls) {
      const runner = await lighthouse(url, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { categories, audits } = runner.lhr
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => audit.id)
      results.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        styleLayoutMs:
          (audits['mainthread-work-breakdown']?.details as { items?: Array<{ group?: string; duration?: number }> } | undefined)?.items?.find(
            (item) => item.group === 'styleLayout',
          )?.duration ?? Number.NaN,
        failing,
        consoleErrors: ((audits['errors-in-console']?.details as { items?: Array<{ description?: string; sourceLocation?: { url?: string } }> } | undefined)?.items ?? []).map(
          (item) => `${item.description ?? ''}${item.sourceLocation?.url ? ` (${item.sourceLocation.url})` : ''}`.slice(0, 200),
        ),
      })
    }
    return results
  } finally {
    await chromium.close()
  }
}
