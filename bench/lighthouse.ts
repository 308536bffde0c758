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
  /** Style and layout in the main-thread work breakdown (`mainthread-work-breakdown`, group styleLayout). */
  styleLayoutMs: number
  /** Performance score of each run, in the order run, when this is a median of several. */
  performanceRuns?: number[]
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
    [...CHROMIUM_FLAGS, '--disable-dev-shm-usage', `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'],
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

const median = (values: number[]) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Each URL `runs` times, interleaved (every URL once, then again), so a change in host load
 * falls on all of them alike; per URL the median of each figure. Accessibility, best practices
 * and SEO do not vary with load: their lowest run is kept. Failing audits and console errors are
 * those of the run whose performance score is the median.
 */
export async function runLighthouseMedians(urls: string[], runs: number): Promise<LighthouseScores[]> {
  const byUrl = new Map<string, LighthouseScores[]>(urls.map((url) => [url, []]))
  for (let run = 0; run < runs; run++) {
    for (const [url, scores] of await runLighthouse(urls)) byUrl.get(url)!.push(scores)
  }
  return urls.map((url) => {
    const all = byUrl.get(url)!
    const performance = median(all.map((s) => s.performance))
    const representative = [...all].sort((a, b) => Math.abs(a.performance - performance) - Math.abs(b.performance - performance))[0]!
    return {
      ...representative,
      performance,
      accessibility: Math.min(...all.map((s) => s.accessibility)),
      bestPractices: Math.min(...all.map((s) => s.bestPractices)),
      seo: Math.min(...all.map((s) => s.seo)),
      lcpMs: median(all.map((s) => s.lcpMs)),
      cls: median(all.map((s) => s.cls)),
      tbtMs: median(all.map((s) => s.tbtMs)),
      styleLayoutMs: median(all.map((s) => s.styleLayoutMs)),
      performanceRuns: all.map((s) => s.performance),
    }
  })
}

/** One Lighthouse run per URL, in order, in one Chromium. */
async function runLighthouse(urls: string[]): Promise<Array<[string, LighthouseScores]>> {
  const missing = chromiumMissingMessage()
  if (missing) throw new Error(missing)
  const chromium = await launchChromium()
  try {
    const results: Array<[string, LighthouseScores]> = []
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
        .filter(
          (audit) =>
            audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => audit.id)
      const breakdown =
        (audits['mainthread-work-breakdown']?.details as { items?: Array<{ group?: string; duration?: number }> } | undefined)?.items ?? []
      results.push([
        url,
        {
          url,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
          tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
          styleLayoutMs: breakdown.find((item) => item.group === 'styleLayout')?.duration ?? Number.NaN,
          failing,
          consoleErrors: (
            (
              audits['errors-in-console']?.details as
                { items?: Array<{ description?: string; sourceLocation?: { url?: string } }> } | undefined
            )?.items ?? []
          ).map((item) => `${item.description ?? ''}${item.sourceLocation?.url ? ` (${item.sourceLocation.url})` : ''}`.slice(0, 200)),
        },
      ])
    }
    return results
  } finally {
    await chromium.close()
  }
}
