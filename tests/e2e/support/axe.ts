import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** WCAG 2.2 AA, as the issue asks: every A and AA rule up to 2.2. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>
type Violation = AxeResults['violations'][number]

export async function axeViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return results.violations
}

/** One block per rule: id, impact, what it means, and every offending element with axe's own fix summary. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim()
        return `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`
      })
      return [`  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}`, `    ${violation.helpUrl}`, ...nodes].join('\n')
    })
    .join('\n')
}
